#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

RecentFiles::RecentFiles(QString settingsKey, int capacity)
    : m_key(std::move(settingsKey))
    , m_capacity(capacity)
{
}

QStringList RecentFiles::paths() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(m_key).toStringList())
        if (QFileInfo::exists(path))
            existing.append(path);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(m_key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, m_capacity));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = QSettings().value(m_key).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths) const
{
    QSettings().setValue(m_key, paths);
}
