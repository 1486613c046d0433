#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

// A zip container read in place (xlsx, ods): entries are looked up by name and streamed, never
// extracted to disk, and an entry that would inflate beyond the limits (a zip bomb) is refused.
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)
public:
    struct Limits
    {
        quint64 maxEntrySize = quint64(4) << 30;   // uncompressed bytes of one entry
        quint64 maxRatio = 1000;                   // uncompressed / compressed, above `ratioFloor`
        quint64 ratioFloor = quint64(64) << 20;    // small entries may compress as well as they like
    };

    explicit ZipPackage(QIODevice &device, Limits limits);
    ZipPackage(QIODevice &device) : ZipPackage(device, Limits()) {}
    ~ZipPackage();

    // False with `error` set when the device is not a readable zip archive.
    bool open(QString *error);

    bool contains(const QString &path) const;
    quint64 uncompressedSize(const QString &path) const;
    // The entry, open for reading; null with `error` set when missing, unreadable or over the limits.
    std::unique_ptr<QuaZipFile> openEntry(const QString &path, QString *error);

    // `target` of a relationship, relative to the folder `baseDir` ("xl") or absolute ("/xl/…"),
    // as an entry name; empty when it leaves the package ("../../etc/passwd").
    static QString resolve(const QString &baseDir, const QString &target);

private:
    struct Entry
    {
        QString name;
        quint64 compressed = 0;
        quint64 uncompressed = 0;
    };
    const Entry *find(const QString &path) const;

    QIODevice &m_device;
    Limits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // by lower-case name with '/' separators
};
