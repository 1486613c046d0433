#include "githubarchivecatalogsource.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

GitHubArchiveCatalogSource::GitHubArchiveCatalogSource(GitHubArchiveDownload::Request request,
                                                       ZipCatalogSource::Options zipOptions)
    : m_request(std::move(request))
    , m_zip(m_request.targetPath, std::move(zipOptions))
{
}

QString GitHubArchiveCatalogSource::displayName() const
{
    return m_request.repository + u'@' + m_request.ref;
}

CatalogPtr GitHubArchiveCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    if (promise.isCanceled())
        return nullptr;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(
        0, QCoreApplication::translate("GitHubArchiveCatalogSource", "Downloading %1…").arg(displayName()));
    QString error;
    const bool downloaded = GitHubArchiveDownload::downloadBlocking(
        m_request, &error, [&promise] { return promise.isCanceled(); },
        [&promise](qint64 received, qint64 total) {
            // Sizes in KiB keep the range inside an int for any archive we accept.
            if (total > 0)
                promise.setProgressRange(0, int(total >> 10));
            promise.setProgressValue(int(received >> 10));
        });
    if (promise.isCanceled())
        return nullptr;
    if (!downloaded) {
        CatalogBuilder builder({u"zip"_s, m_request.targetPath, displayName()});
        builder.addWarning({{}, 0, CatalogWarning::Kind::Unreadable, CatalogWarning::Severity::Error, error});
        return std::move(builder).build();
    }
    return m_zip.load(promise);
}

SpecFolderParser::FileReader GitHubArchiveCatalogSource::fileReader() const
{
    return m_zip.fileReader();
}

QString GitHubArchiveCatalogSource::defaultArchivePath(const QString &repository, const QString &ref)
{
    QString name = repository + u'-' + ref;
    name.replace(u'/', u'-');
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/archives/"_s + name + u".zip"_s;
}
