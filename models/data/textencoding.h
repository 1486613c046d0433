#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The character encoding of a text file: detected from its bytes or named by the user, and the
// conversion of the whole file to UTF-8, the form the CSV parser reads.
class TextEncoding
{
public:
    enum class Kind { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

    struct Detection
    {
        Kind kind = Kind::Utf8;
        qsizetype bomLength = 0;
        bool sawMultibyteUtf8 = false; // valid UTF-8 sequences seen: invalid ones are damage, not another encoding
        bool sawInvalidUtf8 = false;
    };

    // Sniffs the start of a file: BOM, UTF-16 by its zero bytes, valid UTF-8, else Windows-1252.
    static Detection detect(QByteArrayView head);
    // A user's name for an encoding ("UTF-8", "utf16le", "cp1252", "latin1" …); false when unknown.
    static bool fromName(const QString &name, Kind *kind);
    static QString name(Kind kind);

    // The bytes (without BOM) as UTF-8. Invalid UTF-16 becomes U+FFFD.
    static QByteArray toUtf8(QByteArrayView bytes, Kind kind);
    // Text for display (the raw preview).
    static QString decode(QByteArrayView bytes, Kind kind);

    // Whether `bytes` hold only well-formed UTF-8 (a sequence cut at the very end counts as valid
    // when `allowTruncatedEnd`).
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
};
