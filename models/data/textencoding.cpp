#include "textencoding.h"

#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
// Windows-1252 0x80–0x9F; undefined positions map to the C1 controls as Windows does.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the UTF-8 sequence at p, 0 when invalid, -1 when cut off by the end.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}
} // namespace

bool TextEncoding::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // 8 ASCII bytes at a time
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const int length = utf8SequenceLength(p, end);
        if (length == -1)
            return allowTruncatedEnd;
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

TextEncoding::Detection TextEncoding::detect(QByteArrayView head)
{
    Detection detection;
    const auto *bytes = reinterpret_cast<const unsigned char *>(head.data());
    const qsizetype size = head.size();
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        detection.bomLength = 3;
        return detection;
    }
    if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        detection.kind = Kind::Utf16LE;
        detection.bomLength = 2;
        return detection;
    }
    if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        detection.kind = Kind::Utf16BE;
        detection.bomLength = 2;
        return detection;
    }
    // UTF-16 without BOM: text in it is mostly ASCII, so every other byte is zero.
    const qsizetype pairs = std::min<qsizetype>(size / 2, 4096);
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += bytes[2 * i] == 0;
        zeroOdd += bytes[2 * i + 1] == 0;
    }
    if (pairs >= 2) {
        if (zeroOdd * 10 >= pairs * 6 && zeroEven * 10 <= pairs) {
            detection.kind = Kind::Utf16LE;
            return detection;
        }
        if (zeroEven * 10 >= pairs * 6 && zeroOdd * 10 <= pairs) {
            detection.kind = Kind::Utf16BE;
            return detection;
        }
    }
    const unsigned char *p = bytes;
    const unsigned char *end = bytes + size;
    qsizetype valid = 0, invalid = 0;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == -1)
            break; // cut by the sample's end
        if (length == 0) {
            ++invalid;
            ++p;
        } else {
            ++valid;
            p += length;
        }
    }
    detection.sawMultibyteUtf8 = valid > 0;
    detection.sawInvalidUtf8 = invalid > 0;
    // Damaged UTF-8 has valid sequences among a few invalid ones; Windows-1252 text has (almost)
    // no valid sequences at all.
    if (invalid > 0 && valid < invalid)
        detection.kind = Kind::Windows1252;
    return detection;
}

bool TextEncoding::fromName(const QString &name, Kind *kind)
{
    QString key = name.toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8"_s)
        *kind = Kind::Utf8;
    else if (key == u"utf16le"_s || key == u"utf16"_s)
        *kind = Kind::Utf16LE;
    else if (key == u"utf16be"_s)
        *kind = Kind::Utf16BE;
    else if (key == u"windows1252"_s || key == u"cp1252"_s)
        *kind = Kind::Windows1252;
    else if (key == u"latin1"_s || key == u"iso88591"_s)
        *kind = Kind::Latin1;
    else
        return false;
    return true;
}

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return u"UTF-8"_s;
    case Kind::Utf16LE:
        return u"UTF-16LE"_s;
    case Kind::Utf16BE:
        return u"UTF-16BE"_s;
    case Kind::Windows1252:
        return u"Windows-1252"_s;
    case Kind::Latin1:
        return u"ISO-8859-1"_s;
    }
    return {};
}

QString TextEncoding::decode(QByteArrayView bytes, Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return QString::fromUtf8(bytes);
    case Kind::Utf16LE: {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder.decode(bytes);
    }
    case Kind::Utf16BE: {
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return decoder.decode(bytes);
    }
    case Kind::Latin1:
        return QString::fromLatin1(bytes);
    case Kind::Windows1252: {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar *out = text.data();
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            *out++ = QChar(b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : char16_t(b));
        }
        return text;
    }
    }
    return {};
}

QByteArray TextEncoding::toUtf8(QByteArrayView bytes, Kind kind)
{
    if (kind == Kind::Utf8)
        return bytes.toByteArray();
    // In slices, so that the intermediate UTF-16 never holds the whole of a big file.
    constexpr qsizetype slice = 8 << 20;
    QByteArray utf8;
    utf8.reserve(bytes.size() + bytes.size() / 4);
    QStringDecoder utf16(kind == Kind::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    for (qsizetype at = 0; at < bytes.size(); at += slice) {
        const QByteArrayView part = bytes.sliced(at, std::min(slice, bytes.size() - at));
        if (kind == Kind::Utf16LE || kind == Kind::Utf16BE)
            utf8 += QString(utf16.decode(part)).toUtf8(); // the decoder keeps a pair split across slices
        else
            utf8 += decode(part, kind).toUtf8();
    }
    return utf8;
}
