#include "postgrespushmemory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <xxhash.h>

using namespace Qt::StringLiterals;

namespace {
constexpr quint32 magic = 0x50425031; // "PBP1"
constexpr quint16 formatVersion = 1; // of the file and of the digest
constexpr quint32 maxEntries = 10'000'000; // a damaged count cannot make us allocate without end

QDataStream &operator<<(QDataStream &out, const PostgresPushMemory::Identity &identity)
{
    return out << identity.systemIdentifier << identity.databaseOid << identity.tableFile;
}

QDataStream &operator>>(QDataStream &in, PostgresPushMemory::Identity &identity)
{
    return in >> identity.systemIdentifier >> identity.databaseOid >> identity.tableFile;
}
} // namespace

QString PostgresPushMemory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/push-memory"_s;
}

QByteArray PostgresPushMemory::digest(QByteArrayView values)
{
    // XXH3's 128 bits: no accidental collision in any catalog, at memory speed (a cryptographic
    // hash of the ~34 MB of a real catalog costs ~45 ms of a core, XXH3 ~2 ms).
    const XXH128_hash_t hash = XXH3_128bits(values.data(), std::size_t(values.size()));
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

PostgresPushMemory::PostgresPushMemory(const Identity &identity)
    : m_identity(identity)
{
}

QString PostgresPushMemory::fileName(const Identity &identity)
{
    // One file per database; the table's file is checked inside, so a rewrite replaces it.
    const QByteArray name = (identity.systemIdentifier + u'/' + identity.databaseOid).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex()) + u".pushmemory"_s;
}

PostgresPushMemory PostgresPushMemory::load(const QString &directory, const Identity &identity)
{
    PostgresPushMemory memory(identity);
    if (directory.isEmpty() || !identity.isValid())
        return memory;
    QFile file(QDir(directory).filePath(fileName(identity)));
    if (!file.open(QIODevice::ReadOnly))
        return memory;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 fileMagic = 0;
    quint16 version = 0;
    Identity stored;
    quint32 count = 0;
    in >> fileMagic >> version >> stored >> count;
    if (in.status() != QDataStream::Ok || fileMagic != magic || version != formatVersion || !(stored == identity)
        || count > maxEntries)
        return memory;
    memory.m_entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString key;
        Entry entry;
        in >> key >> entry.version.xmin >> entry.version.ctid >> entry.digest;
        if (in.status() != QDataStream::Ok)
            return PostgresPushMemory(identity); // damaged: trust none of it
        memory.m_entries.insert(key, entry);
    }
    return memory;
}

bool PostgresPushMemory::save(const QString &directory, QString *error) const
{
    if (directory.isEmpty() || !m_identity.isValid())
        return true;
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("PostgresPushMemory", "cannot create the folder %1").arg(directory);
        return false;
    }
    QSaveFile file(QDir(directory).filePath(fileName(m_identity)));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << formatVersion << m_identity << quint32(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out << it.key() << it->version.xmin << it->version.ctid << it->digest;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool PostgresPushMemory::holds(const QString &key, const RowVersion &version, QByteArrayView digest) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->version == version && QByteArrayView(it->digest) == digest;
}
