#include "catalogindexcache.h"

#include "catalogserialization.h"
#include "workerpool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 magic = 0x5042495800000000 | CatalogSerialization::formatVersion; // "PBIX" + version
}

CatalogIndexCache::CatalogIndexCache(const QString &catalogRoot, const QString &cacheDirectory)
    : m_catalogRoot(QDir(catalogRoot).absolutePath())
{
    const QString directory = cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/catalog-index"_s
        : cacheDirectory;
    // Warnings are cached as the user read them, translated: one cache per catalog and UI language.
    const QByteArray key = QCryptographicHash::hash((m_catalogRoot + u'\n' + QLocale().name()).toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    m_filePath = directory + u'/' + QString::fromLatin1(key) + u".bin"_s;
}

// Layout: magic, root, entry count, the byte offset of every entry, then the entries. The offsets
// let the entries decode in parallel: re-opening a real-size catalog has a 60 ms budget.
CatalogIndexCache::Entries CatalogIndexCache::load() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    CatalogSerialization::Reader header(bytes);
    qint64 fileMagic = 0;
    QString root;
    qint64 count = 0;
    if (!header.readInt(fileMagic) || fileMagic != magic || !header.read(root) || root != m_catalogRoot
        || !header.readInt(count) || count < 0 || count > bytes.size())
        return {};
    std::vector<qint64> offsets(static_cast<std::size_t>(count) + 1);
    for (qint64 &offset : offsets) {
        if (!header.readInt(offset) || offset < 0 || offset > bytes.size())
            return {};
    }

    constexpr int chunkCount = 8;
    std::vector<std::pair<qint64, qint64>> chunks; // [first, last) entry ranges
    for (int c = 0; c < chunkCount; ++c)
        chunks.push_back({count * c / chunkCount, count * (c + 1) / chunkCount});
    const auto decode = [&](const std::pair<qint64, qint64> &range) {
        std::vector<std::pair<QString, Entry>> decoded;
        for (qint64 i = range.first; i < range.second; ++i) {
            const qint64 begin = offsets[std::size_t(i)];
            const qint64 end = offsets[std::size_t(i) + 1];
            if (end < begin)
                return std::optional<decltype(decoded)>();
            CatalogSerialization::Reader in(QByteArrayView(bytes).sliced(begin, end - begin));
            std::pair<QString, Entry> entry;
            if (!in.read(entry.first) || !in.read(entry.second.fingerprint) || !in.read(entry.second.folder)
                || !in.atEnd())
                return std::optional<decltype(decoded)>();
            decoded.push_back(std::move(entry));
        }
        return std::optional(std::move(decoded));
    };
    auto parts = QtConcurrent::blockingMapped(catalogWorkerPool(), chunks, decode);

    Entries entries;
    entries.reserve(count);
    for (auto &part : parts) {
        if (!part)
            return {};
        for (auto &[specId, entry] : *part)
            entries.insert(specId, std::move(entry));
    }
    return entries;
}

bool CatalogIndexCache::save(const Entries &entries) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return false;
    QByteArray body;
    std::vector<qint64> offsets;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        offsets.push_back(body.size());
        CatalogSerialization::Writer entry;
        entry.write(it.key());
        entry.write(it->fingerprint);
        entry.write(it->folder);
        body += entry.take();
    }
    offsets.push_back(body.size());
    CatalogSerialization::Writer header;
    header.writeInt(magic);
    header.write(m_catalogRoot);
    header.writeInt(entries.size());
    // Offsets are stored relative to the end of the header, which is known once they are counted.
    const QByteArray fixedPart = header.take();
    const qint64 headerSize = fixedPart.size() + qint64(offsets.size()) * qint64(sizeof(qint64));
    CatalogSerialization::Writer table;
    for (const qint64 offset : offsets)
        table.writeInt(headerSize + offset);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(fixedPart);
    file.write(table.take());
    file.write(body);
    return file.commit();
}
