#include "apidetailstaging.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
constexpr auto suffix = ".json";
} // namespace

ApiDetailStaging::ApiDetailStaging(const QString &offlineDirectory)
    : m_directory(offlineDirectory + u"/staging"_s)
{
}

QString ApiDetailStaging::key(const QString &specId, const QString &fingerprint)
{
    return specId + u'.' + fingerprint;
}

QString ApiDetailStaging::fileOf(const QString &specId, const QString &fingerprint) const
{
    // Spec ids are validated ([a-z0-9-]) and fingerprints are hex: both safe in a file name.
    return m_directory + u'/' + key(specId, fingerprint) + QLatin1StringView(suffix);
}

std::optional<QJsonDocument> ApiDetailStaging::find(const QString &specId, const QString &fingerprint) const
{
    QFile file(fileOf(specId, fingerprint));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    QJsonDocument page = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !page.isObject())
        return std::nullopt;
    return page;
}

bool ApiDetailStaging::store(const QString &specId, const QString &fingerprint, const QJsonDocument &page) const
{
    // Not QSaveFile: it syncs every file to disk, and a staged page is only a head start. A page
    // cut by a power loss fails to parse and is fetched again.
    if (!QDir().mkpath(m_directory))
        return false;
    const QString target = fileOf(specId, fingerprint);
    const QString partial = target + u".part"_s;
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = page.toJson(QJsonDocument::Compact);
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    QFile::remove(target);
    if (!written || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

void ApiDetailStaging::keepOnly(const QSet<QString> &wanted) const
{
    QDir dir(m_directory);
    if (!dir.exists())
        return;
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &name : files) {
        const bool page = name.endsWith(QLatin1StringView(suffix));
        if (!page || !wanted.contains(name.chopped(int(qstrlen(suffix)))))
            dir.remove(name);
    }
}

void ApiDetailStaging::clear() const
{
    QDir(m_directory).removeRecursively();
}
