#pragma once

#include <QJsonDocument>
#include <QSet>
#include <QString>

#include <optional>

// Details (`/specs/{id}` pages) that a sync fetched but did not get to save: kept in a staging
// folder beside the offline copy (never inside it), so that the next sync after a failure, a
// cancel or a crash asks only for the rest. Each page is keyed by spec id and the fingerprint of
// the spec's index entry, so a spec whose entry changed meanwhile is fetched again. Each file is
// written beside and renamed into place (a crash leaves no half page under a real name); a page
// that does not parse is ignored. The folder is removed once a sync has swapped its copy in.
class ApiDetailStaging
{
public:
    explicit ApiDetailStaging(const QString &offlineDirectory);

    const QString &directory() const { return m_directory; }

    std::optional<QJsonDocument> find(const QString &specId, const QString &fingerprint) const;
    bool store(const QString &specId, const QString &fingerprint, const QJsonDocument &page) const;
    // Drops every page whose key is not in `wanted` ("id.fingerprint"): stale or no longer needed.
    void keepOnly(const QSet<QString> &wanted) const;
    void clear() const;

    static QString key(const QString &specId, const QString &fingerprint);

private:
    QString fileOf(const QString &specId, const QString &fingerprint) const;

    QString m_directory;
};
