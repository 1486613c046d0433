#include "offlinecatalogstore.h"

#include "catalogserialization.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OfflineCatalogStore", text, disambiguation, n);
}

constexpr qint64 formatVersion = 1;
// "PBOC" + store version + the catalog serialization's version: either changing makes old copies unreadable.
constexpr qint64 magic = 0x50424f4300000000 | (formatVersion << 16) | CatalogSerialization::formatVersion;
const auto catalogFileName = u"catalog.bin"_s;

QJsonObject infoToJson(const OfflineCopyInfo &info)
{
    return {{u"kind"_s, info.kind},
            {u"location"_s, info.location},
            {u"displayName"_s, info.displayName},
            {u"syncedAt"_s, info.syncedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"extra"_s, info.extra}};
}

OfflineCopyInfo infoFromJson(const QJsonObject &object)
{
    OfflineCopyInfo info;
    info.kind = object.value(u"kind"_s).toString();
    info.location = object.value(u"location"_s).toString();
    info.displayName = object.value(u"displayName"_s).toString();
    info.syncedAt = QDateTime::fromString(object.value(u"syncedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    info.extra = object.value(u"extra"_s).toObject();
    return info;
}

// The header: magic (8 bytes), info JSON length (8) and bytes.
std::optional<std::pair<OfflineCopyInfo, qint64>> readHeader(QFile &file)
{
    char fixed[16];
    if (file.read(fixed, sizeof fixed) != qint64(sizeof fixed))
        return std::nullopt;
    qint64 fileMagic = 0, infoSize = 0;
    std::memcpy(&fileMagic, fixed, 8);
    std::memcpy(&infoSize, fixed + 8, 8);
    if (fileMagic != magic || infoSize < 0 || infoSize > 64 * 1024 * 1024 || infoSize > file.size())
        return std::nullopt;
    const QByteArray json = file.read(infoSize);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return std::pair{infoFromJson(document.object()), qint64(sizeof fixed) + infoSize};
}
} // namespace

OfflineCatalogStore::OfflineCatalogStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString OfflineCatalogStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/offline"_s;
}

QString OfflineCatalogStore::directoryFor(const QString &kind, const QString &location, const QString &root)
{
    const QByteArray key = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return (root.isEmpty() ? defaultRoot() : root) + u'/' + kind + u'-' + QString::fromLatin1(key);
}

QString OfflineCatalogStore::latest(const QString &root)
{
    QString best;
    QDateTime bestTime;
    const QDir dir(root.isEmpty() ? defaultRoot() : root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const OfflineCatalogStore store(dir.filePath(name));
        const std::optional<OfflineCopyInfo> info = store.readInfo();
        if (info && (!bestTime.isValid() || info->syncedAt > bestTime)) {
            best = store.directory();
            bestTime = info->syncedAt;
        }
    }
    return best;
}

QString OfflineCatalogStore::catalogFile() const
{
    return m_directory + u'/' + catalogFileName;
}

bool OfflineCatalogStore::exists() const
{
    return QFileInfo::exists(catalogFile());
}

std::optional<OfflineCopyInfo> OfflineCatalogStore::readInfo() const
{
    QFile file(catalogFile());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto header = readHeader(file);
    if (!header)
        return std::nullopt;
    return header->first;
}

std::optional<OfflineCopy> OfflineCatalogStore::load(QString *error) const
{
    const auto failed = [error](const QString &message) -> std::optional<OfflineCopy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(catalogFile());
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("there is no offline copy in %1").arg(QDir::toNativeSeparators(m_directory)));
    auto header = readHeader(file);
    if (!header)
        return failed(tr("the offline copy in %1 is damaged or of another version").arg(QDir::toNativeSeparators(m_directory)));
    const QByteArray bytes = file.readAll();
    CatalogSerialization::Reader table(bytes);
    qint64 count = 0;
    if (!table.readInt(count) || count < 0 || count > bytes.size())
        return failed(tr("the offline copy in %1 is damaged").arg(QDir::toNativeSeparators(m_directory)));
    std::vector<qint64> offsets(std::size_t(count) + 1);
    for (qint64 &offset : offsets) {
        if (!table.readInt(offset) || offset < 0 || offset > bytes.size())
            return failed(tr("the offline copy in %1 is damaged").arg(QDir::toNativeSeparators(m_directory)));
    }

    OfflineCopy copy;
    copy.info = std::move(header->first);
    copy.folders.resize(std::size_t(count));
    // Decoded in chunks on the catalog workers, like the index cache: the budget is 150 ms.
    constexpr int chunkCount = 8;
    std::vector<std::pair<qint64, qint64>> chunks;
    for (int c = 0; c < chunkCount; ++c)
        chunks.push_back({count * c / chunkCount, count * (c + 1) / chunkCount});
    std::atomic<bool> ok = true;
    QtConcurrent::blockingMap(catalogWorkerPool(), chunks, [&](const std::pair<qint64, qint64> &range) {
        for (qint64 i = range.first; i < range.second && ok; ++i) {
            const qint64 begin = offsets[std::size_t(i)];
            const qint64 end = offsets[std::size_t(i) + 1];
            if (end < begin) {
                ok = false;
                return;
            }
            CatalogSerialization::Reader in(QByteArrayView(bytes).sliced(begin, end - begin));
            if (!in.read(copy.folders[std::size_t(i)]) || !in.atEnd())
                ok = false;
        }
    });
    if (!ok)
        return failed(tr("the offline copy in %1 is damaged").arg(QDir::toNativeSeparators(m_directory)));
    return copy;
}

bool OfflineCatalogStore::save(const OfflineCopy &copy, QString *error) const
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return failed(tr("cannot create %1").arg(QDir::toNativeSeparators(m_directory)));

    QByteArray body;
    std::vector<qint64> offsets;
    for (const ParsedSpecFolder &folder : copy.folders) {
        offsets.push_back(body.size());
        CatalogSerialization::Writer entry;
        entry.write(folder);
        body += entry.take();
    }
    offsets.push_back(body.size());
    // Offsets count from the start of the part after the header, where the count sits.
    const qint64 tableSize = qint64(sizeof(qint64)) * (1 + qint64(offsets.size()));
    CatalogSerialization::Writer table;
    table.writeInt(qint64(copy.folders.size()));
    for (const qint64 offset : offsets)
        table.writeInt(tableSize + offset);

    const QByteArray info = QJsonDocument(infoToJson(copy.info)).toJson(QJsonDocument::Compact);
    QByteArray header(16, Qt::Uninitialized);
    const qint64 infoSize = info.size();
    std::memcpy(header.data(), &magic, 8);
    std::memcpy(header.data() + 8, &infoSize, 8);

    QSaveFile file(catalogFile());
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(catalogFile()), file.errorString()));
    file.write(header);
    file.write(info);
    file.write(table.take());
    file.write(body);
    if (!file.commit())
        return failed(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(catalogFile()), file.errorString()));
    return true;
}

CatalogPtr OfflineCatalogStore::catalog(const OfflineCopy &copy, bool openedOffline) const
{
    CatalogOrigin origin{copy.info.kind, m_directory, copy.info.displayName};
    origin.remote = copy.info.location;
    origin.syncedAt = copy.info.syncedAt;
    origin.offlineCopy = openedOffline;
    CatalogBuilder builder(std::move(origin));
    for (const ParsedSpecFolder &folder : copy.folders) {
        builder.addWarnings(folder.warnings);
        builder.addFileCounts(folder.fileCounts);
        if (folder.spec)
            builder.addSpec(*folder.spec);
        for (const Implementation &impl : folder.implementations)
            builder.addImplementation(impl);
    }
    return std::move(builder).build();
}

CatalogPtr OfflineCatalogStore::catalog(OfflineCopy &&copy, bool openedOffline) const
{
    CatalogOrigin origin{copy.info.kind, m_directory, copy.info.displayName};
    origin.remote = copy.info.location;
    origin.syncedAt = copy.info.syncedAt;
    origin.offlineCopy = openedOffline;
    CatalogBuilder builder(std::move(origin));
    for (ParsedSpecFolder &folder : copy.folders) {
        builder.addWarnings(folder.warnings);
        builder.addFileCounts(folder.fileCounts);
        if (folder.spec)
            builder.addSpec(std::move(*folder.spec));
        for (Implementation &impl : folder.implementations)
            builder.addImplementation(std::move(impl));
    }
    return std::move(builder).build();
}

std::vector<ParsedSpecFolder> OfflineCatalogStore::foldersOf(const Catalog &catalog)
{
    std::vector<ParsedSpecFolder> folders;
    folders.reserve(catalog.specs().size() + 1);
    for (const Spec &spec : catalog.specs()) {
        ParsedSpecFolder folder;
        folder.spec = spec;
        for (const Implementation *impl : catalog.implementationsOf(spec.id))
            folder.implementations.push_back(*impl);
        folders.push_back(std::move(folder));
    }
    ParsedSpecFolder rest; // warnings and file counts belong to the catalog as a whole
    rest.warnings = catalog.warnings();
    rest.fileCounts = catalog.fileCounts();
    folders.push_back(std::move(rest));
    return folders;
}

QString OfflineCatalogStore::codeFile(const QString &codePath) const
{
    return m_directory + u'/' + codePath;
}

bool OfflineCatalogStore::saveCode(const QString &codePath, const QString &code, QString *error) const
{
    // codePath is built by the source from validated ids; refuse anything that climbs out anyway.
    const QString cleaned = QDir::cleanPath(codePath);
    if (cleaned.startsWith(u"../"_s) || cleaned == u".."_s || QDir::isAbsolutePath(cleaned)) {
        if (error)
            *error = tr("refusing to write outside the offline copy: %1").arg(codePath);
        return false;
    }
    const QString path = codeFile(cleaned);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(code.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void OfflineCatalogStore::removeCode(const QString &codePath) const
{
    QFile::remove(codeFile(QDir::cleanPath(codePath)));
}
