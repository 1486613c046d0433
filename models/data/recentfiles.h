#pragma once

#include <QString>
#include <QStringList>

// The data files opened last, newest first, kept in QSettings under one key. File paths only:
// nothing secret.
class RecentFiles
{
public:
    explicit RecentFiles(QString settingsKey, int capacity = 10);

    QStringList paths() const;      // those that still exist
    void add(const QString &path);  // moves it to the front
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths) const;
    QString m_key;
    int m_capacity;
};
