#include "ziparchive.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

using namespace Qt::StringLiterals;

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// An entry that would land outside the folder it is unpacked into, were it ever unpacked.
bool escapesArchive(const QString &name)
{
    if (name.startsWith(u'/') || name.startsWith(u'\\'))
        return true;
    if (name.size() >= 2 && name[1] == u':' && name[0].isLetter()) // C:…
        return true;
    static const QRegularExpression separators(u"[/\\\\]"_s);
    const QStringList parts = name.split(separators);
    return parts.contains(u".."_s);
}
} // namespace

std::shared_ptr<const ZipArchiveIndex> ZipArchiveIndex::open(const QString &path, const ZipArchiveLimits &limits,
                                                             QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a zip archive or cannot be read (error %2)").arg(path).arg(zip.getZipError());
        return nullptr;
    }
    const int declared = zip.getEntriesCount();
    if (declared > limits.maxEntries) {
        *error = tr("%1 has %2 entries, more than the %3 a catalog checkout could hold; the archive is refused")
                     .arg(path).arg(declared).arg(limits.maxEntries);
        return nullptr;
    }
    std::shared_ptr<ZipArchiveIndex> index(new ZipArchiveIndex);
    index->m_path = path;
    index->m_limits = limits;

    QStringList firstComponents;
    bool allInFolder = true;
    QString commonTop;
    int seen = 0;
    QuaZipFileInfo64 info;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++seen > limits.maxEntries) { // the end record can understate the count
            *error = tr("%1 has more than %2 entries; the archive is refused").arg(path).arg(limits.maxEntries);
            return nullptr;
        }
        if (!zip.getCurrentFileInfo(&info)) {
            *error = tr("%1 is damaged: entry %2 cannot be read").arg(path).arg(seen);
            return nullptr;
        }
        const QString &name = info.name;
        if (escapesArchive(name)) {
            *error = tr("%1 holds the entry '%2', a path outside the archive (absolute or with '..'); "
                        "the archive is refused")
                         .arg(path, name.left(200));
            return nullptr;
        }
        const qsizetype slash = name.indexOf(u'/');
        const QString top = slash > 0 ? name.left(slash + 1) : QString();
        if (top.isEmpty() || (!commonTop.isEmpty() && top != commonTop))
            allInFolder = false;
        if (commonTop.isEmpty())
            commonTop = top;
        if (name.endsWith(u'/'))
            continue; // a folder
        if (info.isSymbolicLink()) {
            index->m_warnings.append({name, 0, CatalogWarning::Kind::UnexpectedFile, CatalogWarning::Severity::Warning,
                                      tr("symbolic link in the archive not followed")});
            continue;
        }
        unz64_file_pos position{};
        unzGetFilePos64(zip.getUnzFile(), &position);
        index->m_byName.insert(name, int(index->m_entries.size()));
        index->m_entries.append({name, qint64(info.uncompressedSize), qint64(info.compressedSize), info.crc,
                                 position.pos_in_zip_directory, position.num_of_file});
    }
    if (zip.getZipError() != UNZ_OK) {
        *error = tr("%1 is damaged (error %2 in its table of contents)").arg(path).arg(zip.getZipError());
        return nullptr;
    }
    if (allInFolder && !commonTop.isEmpty())
        index->m_topFolder = commonTop;

    static const QRegularExpression fullSha(u"^[0-9a-f]{40}$"_s);
    static const QRegularExpression folderSha(u"-([0-9a-f]{7,40})/$"_s);
    const QString comment = zip.getComment().trimmed();
    if (fullSha.match(comment).hasMatch())
        index->m_commitSha = comment;
    else if (const QRegularExpressionMatch match = folderSha.match(index->m_topFolder); match.hasMatch())
        index->m_commitSha = match.captured(1);
    return index;
}

const ZipEntry *ZipArchiveIndex::find(const QString &name) const
{
    const auto hit = m_byName.constFind(name);
    return hit == m_byName.cend() ? nullptr : &m_entries[*hit];
}

ZipArchiveReader::ZipArchiveReader(std::shared_ptr<const ZipArchiveIndex> index)
    : m_index(std::move(index))
{
}

ZipArchiveReader::~ZipArchiveReader() = default;

std::optional<QByteArray> ZipArchiveReader::read(const ZipEntry &entry, QString *error)
{
    const ZipArchiveLimits &limits = m_index->limits();
    if (entry.size > limits.maxEntrySize) {
        *error = tr("is %1 MB uncompressed, more than any catalog file should be; not read").arg(megabytes(entry.size));
        return std::nullopt;
    }
    if (entry.size > 1024 * 1024 && entry.size > limits.maxRatio * std::max<qint64>(entry.compressedSize, 1)) {
        *error = tr("expands %1 times (%2 MB); a decompression bomb, not read")
                     .arg(entry.size / std::max<qint64>(entry.compressedSize, 1))
                     .arg(megabytes(entry.size));
        return std::nullopt;
    }
    if (!m_zip) {
        m_zip = std::make_unique<QuaZip>(m_index->path());
        m_open = m_zip->open(QuaZip::mdUnzip) && m_zip->goToFirstFile();
    }
    if (!m_open) {
        *error = tr("the archive cannot be opened again (error %1)").arg(m_zip->getZipError());
        return std::nullopt;
    }
    unz64_file_pos position{entry.centralOffset, entry.entryNumber};
    if (unzGoToFilePos64(m_zip->getUnzFile(), &position) != UNZ_OK) {
        *error = tr("cannot be found in the archive");
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read from the archive (error %1)").arg(file.getZipError());
        return std::nullopt;
    }
    // Read no more than the limit whatever the header says: headers can lie. The declared size
    // is read in one call straight into the result; one byte more shows a lying header.
    const qint64 expected = std::min(entry.size, limits.maxEntrySize);
    QByteArray data(qsizetype(expected + 1), Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < expected + 1) {
        const qint64 got = file.read(data.data() + filled, expected + 1 - filled);
        if (got < 0) {
            *error = tr("is damaged in the archive (error %1)").arg(file.getZipError());
            return std::nullopt;
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > expected) {
        *error = tr("unpacks to more than its header says (%1 MB); a decompression bomb, not read")
                     .arg(megabytes(entry.size));
        return std::nullopt;
    }
    data.truncate(qsizetype(filled));
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = tr("is damaged in the archive (checksum mismatch)");
        return std::nullopt;
    }
    if (m_index->bytesRead().fetch_add(data.size()) + data.size() > limits.maxTotalRead) {
        *error = tr("the archive unpacks to more than %1 MB; reading stopped").arg(megabytes(limits.maxTotalRead));
        return std::nullopt;
    }
    return data;
}
