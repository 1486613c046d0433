#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Conditional-request cache: the ETag, link header and body of every GET answered 200, kept in
// memory and on disk (one file per request, written atomically), so that a re-poll — even after
// a restart — sends If-None-Match and is answered 304 at no quota. Holds no token: entries are
// keyed by URL and whether the request was authenticated.
class GitHubEtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray link;
        QByteArray body;
        bool isValid() const { return !etag.isEmpty(); }
    };

    // An empty directory keeps the cache in memory only.
    explicit GitHubEtagCache(const QString &directory = {});

    QString directory() const { return m_directory; }
    Entry find(const QString &key);
    void insert(const QString &key, const Entry &entry);
    void remove(const QString &key);
    void clear();

    static constexpr qsizetype maxBodySize = 16 * 1024 * 1024;

private:
    QString fileFor(const QString &key) const;

    QString m_directory;
    QHash<QString, Entry> m_entries;
};
