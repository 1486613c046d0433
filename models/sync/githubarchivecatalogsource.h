#pragma once

#include "catalogfileprovider.h"
#include "catalogsource.h"
#include "githubarchivedownload.h"
#include "zipcatalogsource.h"

// Catalog → Sync… "GitHub archive": downloads the zipball of a ref (progress, cancel) into the
// request's target file, then indexes it in place like any zip. A failed download leaves the
// previous archive as it was and yields a catalog with no specs and one error saying why.
class GitHubArchiveCatalogSource : public CatalogSource, public CatalogFileProvider
{
public:
    explicit GitHubArchiveCatalogSource(GitHubArchiveDownload::Request request, ZipCatalogSource::Options zipOptions = {});

    QString displayName() const override;
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;
    SpecFolderParser::FileReader fileReader() const override;

    const GitHubArchiveDownload::Request &request() const { return m_request; }
    // Where downloads land: the cache, one file per repository and ref, replaced atomically.
    static QString defaultArchivePath(const QString &repository, const QString &ref);

private:
    GitHubArchiveDownload::Request m_request;
    ZipCatalogSource m_zip;
};
