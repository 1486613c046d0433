#include "catalogindexcache.h"

#include "catalogserialization.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr quint32 magic = 0x50424958; // "PBIX"

void configure(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    // Little-endian strings load with a plain copy on the machines we run on.
    stream.setByteOrder(QDataStream::LittleEndian);
}
} // namespace

CatalogIndexCache::CatalogIndexCache(const QString &catalogRoot, const QString &cacheDirectory)
    : m_catalogRoot(QDir(catalogRoot).absolutePath())
{
    const QString directory = cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/catalog-index"_s
        : cacheDirectory;
    const QByteArray key = QCryptographicHash::hash(m_catalogRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_filePath = directory + u'/' + QString::fromLatin1(key) + u".bin"_s;
}

CatalogIndexCache::Entries CatalogIndexCache::load() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    configure(in);
    quint32 fileMagic = 0;
    quint32 version = 0;
    QString root;
    qint64 count = 0;
    in >> fileMagic >> version >> root >> count;
    if (in.status() != QDataStream::Ok || fileMagic != magic || version != CatalogSerialization::formatVersion
        || root != m_catalogRoot || count < 0)
        return {};
    Entries entries;
    entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString specId;
        Entry entry;
        in >> specId >> entry.fingerprint >> entry.folder;
        entries.insert(specId, std::move(entry));
    }
    if (in.status() != QDataStream::Ok)
        return {};
    return entries;
}

bool CatalogIndexCache::save(const Entries &entries) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return false;
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        configure(out);
        out << magic << CatalogSerialization::formatVersion << m_catalogRoot << qint64(entries.size());
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            out << it.key() << it->fingerprint << it->folder;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}
