#include "githubetagcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr quint32 fileMagic = 0x50424554; // "PBET"
constexpr quint32 fileVersion = 1;
} // namespace

GitHubEtagCache::GitHubEtagCache(const QString &directory)
    : m_directory(directory)
{
    if (!m_directory.isEmpty())
        QDir().mkpath(m_directory);
}

QString GitHubEtagCache::fileFor(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(hash.left(40)) + u".etag"_s;
}

GitHubEtagCache::Entry GitHubEtagCache::find(const QString &key)
{
    if (const auto it = m_entries.constFind(key); it != m_entries.constEnd())
        return *it;
    if (m_directory.isEmpty())
        return {};
    QFile file(fileFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream stream(&file);
    quint32 magic = 0, version = 0;
    QString storedKey;
    Entry entry;
    stream >> magic >> version;
    if (magic != fileMagic || version != fileVersion)
        return {};
    stream >> storedKey >> entry.etag >> entry.link >> entry.body;
    // A hash collision or a torn file is a miss, never a wrong answer.
    if (stream.status() != QDataStream::Ok || storedKey != key || !entry.isValid())
        return {};
    m_entries.insert(key, entry);
    return entry;
}

void GitHubEtagCache::insert(const QString &key, const Entry &entry)
{
    if (!entry.isValid() || entry.body.size() > maxBodySize)
        return;
    m_entries.insert(key, entry);
    if (m_directory.isEmpty())
        return;
    QSaveFile file(fileFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return; // the cache is an optimisation: a write failure costs quota, nothing else
    QDataStream stream(&file);
    stream << fileMagic << fileVersion << key << entry.etag << entry.link << entry.body;
    file.commit();
}

void GitHubEtagCache::remove(const QString &key)
{
    m_entries.remove(key);
    if (!m_directory.isEmpty())
        QFile::remove(fileFor(key));
}

void GitHubEtagCache::clear()
{
    m_entries.clear();
    if (m_directory.isEmpty())
        return;
    QDir dir(m_directory);
    const QStringList files = dir.entryList({u"*.etag"_s}, QDir::Files);
    for (const QString &name : files)
        dir.remove(name);
}
