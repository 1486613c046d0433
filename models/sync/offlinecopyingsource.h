#pragma once

#include "catalogsource.h"

#include <QJsonObject>
#include <QMutex>

#include <functional>

// A live source (a GitHub archive, a local zip, a PostgreSQL database) whose catalog is kept as an
// offline copy (OfflineCatalogStore), so that the next start opens it at once, with no network:
// the catalog and every implementation's code. The copy is written new and swapped in. A load that fails, is refused or is canceled leaves the previous copy
// exactly as it was and throws SyncError saying why (and that the copy is kept).
// The code sits in one pack file beside catalog.bin (CodeLoader fetchers for the copy's kinds
// read it on a worker); catalog.bin names the pack, so both are swapped in by one rename.
class OfflineCopyingSource : public CatalogSource
{
public:
    struct Options
    {
        QString kind;        // the copy's kind: "archive", "database"
        QString location;    // what keys the copy: "owner/repo@ref", a zip's path, user@host:port/db
        QString offlineRoot; // empty: OfflineCatalogStore::defaultRoot()
        bool presentOfflineFirst = false; // publish the previous copy as a first result (the window)
        // The copy's name from the catalog just read: "GitHub archive owner/repo@abc1234".
        std::function<QString(const Catalog &live)> displayName;
    };

    struct Report
    {
        QString offlineDirectory;
        QString displayName;
        int specs = 0;
        int implementations = 0;
        int codeFiles = 0;        // code kept in the copy
        QString offlineCopyError; // the catalog was read but could not be kept
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    OfflineCopyingSource(CatalogSourcePtr live, Options options);

    QString displayName() const override; // the live source's
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;

    QString offlineDirectory() const;
    Report lastReport() const;

    // The display names of the copies (also used by the status line through the origin).
    static QString archiveName(const QString &repository, const QString &commitSha);
    static QString databaseName(const QString &database);
    // Lets CodeLoader read the code of "archive" and "database" copies (idempotent).
    static void registerCodeFetchers();

private:
    CatalogPtr keep(QPromise<CatalogPtr> &promise, Report &report) const;

    CatalogSourcePtr m_live;
    Options m_options;
    mutable QMutex m_reportMutex;
    mutable Report m_report;
};
