#include "synccontroller.h"

#include "apicatalogsource.h"
#include "databaselogins.h"
#include "githubarchivecatalogsource.h"
#include "githubclient.h"
#include "githubsession.h"
#include "githubtokenstore.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "offlinecopyingsource.h"
#include "postgrescatalogsource.h"
#include "postgreslogin.h"
#include "ziparchive.h"
#include "zipcatalogsource.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
// The API URL is not a secret; credentials are refused in it (ApiCatalogSource::normalizedBaseUrl).
const auto apiUrlKey = u"sync/apiUrl"_s;
const auto sourceKey = u"sync/source"_s;
const auto archiveRepositoryKey = u"sync/archiveRepository"_s;
const auto archiveRefKey = u"sync/archiveRef"_s;
const auto archiveUseTokenKey = u"sync/archiveUseToken"_s;
QString describeCopy(const OfflineCopyingSource &source)
{
    const OfflineCopyingSource::Report report = source.lastReport();
    QString text = SyncController::tr("Synced %1 and %2 from %3 in %4 s; kept for offline use with the code of %5.")
                       .arg(SyncController::tr("%n spec(s)", nullptr, report.specs),
                            SyncController::tr("%n implementation(s)", nullptr, report.implementations),
                            report.displayName,
                            QLocale().toString(double(report.elapsedMs) / 1000.0, 'f', 1),
                            SyncController::tr("%n implementation(s)", nullptr, report.codeFiles));
    if (!report.offlineCopyError.isEmpty())
        text += u' ' + SyncController::tr("The offline copy could not be written: %1").arg(report.offlineCopyError);
    return text;
}
} // namespace

SyncController::SyncController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_keychain(new KeychainSecretStore(u"Plotbench"_s, this))
{
}

void SyncController::setKeychainService(const QString &service)
{
    delete m_keychain;
    m_keychain = new KeychainSecretStore(service, this);
}

void SyncController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new SyncDialog(m_window);
        const QSettings settings;
        const QString url = settings.value(apiUrlKey).toString();
        if (!url.isEmpty())
            m_dialog->setApiUrl(url);
        ArchiveSyncPage::Options archive;
        archive.repository = settings.value(archiveRepositoryKey).toString();
        archive.ref = settings.value(archiveRefKey).toString();
        archive.useToken = settings.value(archiveUseTokenKey, true).toBool();
        m_dialog->archivePage()->setOptions(archive);
        DatabaseLogins(m_keychain).restore(m_dialog->databasePage());
        m_dialog->setCurrentKind(settings.value(sourceKey, u"api"_s).toString());
        connect(m_dialog, &SyncDialog::syncRequested, this, &SyncController::sync);
        connect(m_dialog, &SyncDialog::cancelRequested, m_window, &MainWindow::cancelLoading);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncController::failed(const QString &message)
{
    if (m_dialog)
        m_dialog->showFailure(message);
}

void SyncController::sync(const SyncDialog::Request &request)
{
    if (request.kind == u"api"_s)
        syncApi(request);
    else if (request.kind == u"archive"_s)
        syncArchive(request.archive);
    else if (request.kind == u"database"_s)
        syncDatabase(request.database);
    else
        return failed(tr("this source is not available in this build"));
    QSettings().setValue(sourceKey, request.kind);
}

void SyncController::syncApi(const SyncDialog::Request &request)
{
    QString error;
    const std::optional<QUrl> url = ApiCatalogSource::normalizedBaseUrl(request.url.toString(), &error);
    if (!url)
        return failed(error);
    QSettings().setValue(apiUrlKey, url->toString());
    ApiCatalogSource::Options options;
    options.baseUrl = *url;
    options.fullSync = request.fullSync;
    options.presentOfflineFirst = true;
    const auto source = std::make_shared<ApiCatalogSource>(options);
    m_window->openCatalog(source);
    if (m_dialog) {
        m_dialog->watch(m_window->loadFuture(), [source](const CatalogPtr &) {
            const ApiCatalogSource::Report report = source->lastReport();
            const QLocale locale;
            QString text = tr("Synced %1 and %2 from %3: %4 changed, %5 kept, %6 removed — %7, %8 in %9 s.")
                               .arg(tr("%n spec(s)", nullptr, report.specs),
                                    tr("%n implementation(s)", nullptr, report.implementations), source->displayName())
                               .arg(report.changedSpecs)
                               .arg(report.keptSpecs)
                               .arg(report.removedSpecs)
                               .arg(tr("%n request(s)", nullptr, report.requests), locale.formattedDataSize(report.bytes),
                                    locale.toString(double(report.elapsedMs) / 1000.0, 'f', 1));
            if (!report.offlineCopyError.isEmpty())
                text += u' ' + tr("The offline copy could not be written: %1").arg(report.offlineCopyError);
            return text;
        });
    }
}

void SyncController::syncArchive(const ArchiveSyncPage::Options &options)
{
    QSettings settings;
    settings.setValue(archiveRepositoryKey, options.repository);
    settings.setValue(archiveRefKey, options.ref);
    settings.setValue(archiveUseTokenKey, options.useToken);
    if (!options.localZip.isEmpty() || !options.useToken)
        return startArchive(options, {});
    // The token store answers asynchronously (environment or keychain); no keychain: anonymous.
    auto *store = new GitHubTokenStore(this);
    connect(store, &GitHubTokenStore::loaded, this, [this, store, options](const QString &token) {
        store->deleteLater();
        startArchive(options, token.toUtf8());
    });
    connect(store, &GitHubTokenStore::failed, this, [this, store, options] {
        store->deleteLater();
        startArchive(options, {});
    });
    store->load();
}

void SyncController::startArchive(const ArchiveSyncPage::Options &options, const QByteArray &token)
{
    OfflineCopyingSource::Options copy;
    copy.kind = u"archive"_s;
    copy.presentOfflineFirst = true;
    CatalogSourcePtr live;
    if (!options.localZip.isEmpty()) {
        const QString path = QFileInfo(QDir::fromNativeSeparators(options.localZip)).absoluteFilePath();
        if (!QFileInfo(path).isFile())
            return failed(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        copy.location = path;
        copy.displayName = [](const Catalog &catalog) { return tr("Zip %1").arg(catalog.origin().displayName); };
        live = std::make_shared<ZipCatalogSource>(path);
    } else {
        GitHubArchiveDownload::Request download;
        const QUrl apiUrl = m_window->githubSession()->client()->apiUrl();
        download.apiUrl = apiUrl.toString();
        download.repository = options.repository;
        download.ref = options.ref;
        download.token = token;
        QString error;
        if (!GitHubArchiveDownload::zipballUrl(download, &error).isValid())
            return failed(error);
        download.targetPath = GitHubArchiveCatalogSource::defaultArchivePath(options.repository, options.ref);
        copy.location = (apiUrl == GitHubClient::defaultApiUrl() ? QString() : apiUrl.toString() + u' ')
            + options.repository + u'@' + options.ref;
        copy.displayName = [repository = options.repository, path = download.targetPath](const Catalog &) {
            QString error;
            const auto index = ZipArchiveIndex::open(path, {}, &error);
            return OfflineCopyingSource::archiveName(repository, index ? index->commitSha() : QString());
        };
        live = std::make_shared<GitHubArchiveCatalogSource>(download);
    }
    const auto source = std::make_shared<OfflineCopyingSource>(live, copy);
    m_window->openCatalog(source);
    if (m_dialog)
        m_dialog->watch(m_window->loadFuture(), [source](const CatalogPtr &) { return describeCopy(*source); });
}

void SyncController::syncDatabase(const DatabaseSyncPage::Options &options)
{
    DatabaseLogins(m_keychain).resolve(
        options, [this](const PostgresLogin &login) { startDatabase(login); },
        [this](const QString &error) {
            m_window->statusBar()->showMessage(tr("The password is used for this session only: %1").arg(error), 10'000);
        });
}

void SyncController::startDatabase(const PostgresLogin &login)
{
    OfflineCopyingSource::Options copy;
    copy.kind = u"database"_s;
    copy.location = login.displayName();
    copy.presentOfflineFirst = true;
    copy.displayName = [name = OfflineCopyingSource::databaseName(copy.location)](const Catalog &) { return name; };
    const auto source = std::make_shared<OfflineCopyingSource>(std::make_shared<PostgresCatalogSource>(login), copy);
    m_window->openCatalog(source);
    if (m_dialog)
        m_dialog->watch(m_window->loadFuture(), [source](const CatalogPtr &) { return describeCopy(*source); });
}
