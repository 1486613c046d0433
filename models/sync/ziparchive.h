#pragma once

#include "catalogwarning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QuaZip;

// Bounds on what an archive may make us read: zips come from the network and may be hostile.
struct ZipArchiveLimits
{
    int maxEntries = 50'000;                  // a whole anyplot checkout has ~10,000
    qint64 maxEntrySize = 16 * 1024 * 1024;    // no catalog file comes close
    qint64 maxTotalRead = 1024LL * 1024 * 1024; // bytes decompressed per archive opened
    qint64 maxRatio = 200;                     // uncompressed/compressed above this (and > 1 MB): a bomb
};

struct ZipEntry
{
    QString name;           // as stored: "owner-repo-sha/plots/x/specification.md"
    qint64 size = 0;        // declared uncompressed size
    qint64 compressedSize = 0;
    quint32 crc = 0;
    quint64 centralOffset = 0; // where its central directory record is: random access without a search
    quint64 entryNumber = 0;
};

// The table of contents of a zip, read once from its central directory and checked: entries
// with absolute paths or `..` make the whole archive refused, symbolic links are skipped with a
// warning, and the entry count is bounded before anything is listed. Nothing is unpacked to disk.
class ZipArchiveIndex
{
public:
    static std::shared_ptr<const ZipArchiveIndex> open(const QString &path, const ZipArchiveLimits &limits, QString *error);

    const QString &path() const { return m_path; }
    const ZipArchiveLimits &limits() const { return m_limits; }
    // "owner-repo-sha/" when every entry is inside one folder (a GitHub zipball), else "".
    const QString &topFolder() const { return m_topFolder; }
    // The commit: the zip comment when it is a 40-digit SHA (git archive writes it), else the
    // hex suffix of the top folder's name; empty when neither says.
    const QString &commitSha() const { return m_commitSha; }
    const QList<ZipEntry> &entries() const { return m_entries; }
    const ZipEntry *find(const QString &name) const;
    const CatalogWarnings &warnings() const { return m_warnings; }

    // Bytes decompressed so far, shared by every reader of this index (bounded by maxTotalRead).
    std::atomic<qint64> &bytesRead() const { return m_bytesRead; }

private:
    ZipArchiveIndex() = default;
    QString m_path;
    ZipArchiveLimits m_limits;
    QString m_topFolder;
    QString m_commitSha;
    QList<ZipEntry> m_entries; // files only, in archive order
    QHash<QString, int> m_byName;
    CatalogWarnings m_warnings;
    mutable std::atomic<qint64> m_bytesRead = 0;

    Q_DECLARE_TR_FUNCTIONS(ZipArchiveIndex) // its own messages, in the context lupdate gives them
};

// Reads entries of an indexed archive through its own open handle: one per thread.
class ZipArchiveReader
{
public:
    explicit ZipArchiveReader(std::shared_ptr<const ZipArchiveIndex> index);
    ~ZipArchiveReader();
    ZipArchiveReader(const ZipArchiveReader &) = delete;
    ZipArchiveReader &operator=(const ZipArchiveReader &) = delete;

    // The entry's bytes, never more than the limits allow whatever its header claims.
    std::optional<QByteArray> read(const ZipEntry &entry, QString *error);

private:
    std::shared_ptr<const ZipArchiveIndex> m_index;
    std::unique_ptr<QuaZip> m_zip;
    bool m_open = false;

    Q_DECLARE_TR_FUNCTIONS(ZipArchiveReader) // its own messages, in the context lupdate gives them
};
