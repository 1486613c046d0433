#pragma once

#include "apiclient.h"
#include "catalogsource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>
#include <QUrl>

#include <optional>

// The anyplot REST API as a catalog source (CONTRACTS.md §3). The index comes from `/specs` and one
// unfiltered `/plots/filter` (plus `/libraries` and `/stats`): four requests. The API has no ETags,
// so a re-sync compares each spec's index entry (title, description, tags, library set, scores,
// preview URLs) with the one it saw last time and fetches `/specs/{id}` only for those that
// changed; the others are taken from the offline copy. Code is fetched when it is first shown
// (`/specs/{id}/{library}/code`, through CodeLoader) and kept in the offline copy too.
// A failed or canceled sync throws SyncError / returns nullptr and leaves the offline copy as it was;
// the details it did fetch stay staged beside it (ApiDetailStaging), so the next sync resumes.
class ApiCatalogSource : public CatalogSource
{
public:
    static constexpr auto defaultBaseUrl = "https://api.anyplot.ai";

    struct Options
    {
        QUrl baseUrl = QUrl(QString::fromLatin1(defaultBaseUrl));
        QString offlineRoot;              // empty: OfflineCatalogStore::defaultRoot()
        bool presentOfflineFirst = false; // publish the offline copy as a first result (the window)
        bool fullSync = false;            // fetch every spec's details, changed or not
        ApiClientOptions client;          // its baseUrl is taken from above
    };

    // What a sync did, for `plotbench sync api --json`, the Sync dialog and tests.
    struct Report
    {
        QString baseUrl;
        QString offlineDirectory;
        int specs = 0;
        int implementations = 0;
        int requests = 0;       // HTTP requests sent, retries included
        int retries = 0;
        int peakInFlight = 0;
        qint64 bytes = 0;       // body bytes received
        int changedSpecs = 0;   // details fetched
        int removedSpecs = 0;
        int keptSpecs = 0;      // taken from the offline copy
        int resumedSpecs = 0;   // of changedSpecs: already fetched by an interrupted sync (staged)
        bool hadOfflineCopy = false;
        QStringList changedIds;
        QDateTime syncedAt;
        QJsonObject stats;      // `/stats` as the API sent it
        QString offlineCopyError; // the catalog was synced but could not be saved
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    explicit ApiCatalogSource(Options options);

    QString displayName() const override;
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;

    const Options &options() const { return m_options; }
    QString offlineDirectory() const;
    // The report of the last load() that got past the index (also of one that failed later).
    Report lastReport() const;

    // "https://api.anyplot.ai/" → "https://api.anyplot.ai"; nullopt (with *error) for anything
    // that is not an http(s) URL with a host.
    static std::optional<QUrl> normalizedBaseUrl(const QString &text, QString *error);
    static QString displayNameFor(const QUrl &baseUrl);

    // Lets CodeLoader fetch the code of implementations of API catalogs (idempotent).
    static void registerCodeFetcher();

private:
    CatalogPtr sync(QPromise<CatalogPtr> &promise, Report &report) const;

    Options m_options;
    mutable QMutex m_reportMutex;
    mutable Report m_report;
};
