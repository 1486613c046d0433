#include "databasepushcontroller.h"

#include "databaselogins.h"
#include "databasepushtask.h"
#include "mainwindow.h"
#include "postgrespushmemory.h"
#include "synccontroller.h"

#include <QDir>
#include <QStatusBar>

using namespace Qt::StringLiterals;

DatabasePushController::DatabasePushController(MainWindow *window, SyncController *sync)
    : QObject(window)
    , m_window(window)
    , m_sync(sync)
{
}

QString DatabasePushController::openCatalogArgument() const
{
    const CatalogPtr &catalog = m_window->catalog();
    if (!catalog)
        return {};
    const CatalogOrigin &origin = catalog->origin();
    if (origin.kind == u"sample"_s)
        return u"sample"_s;
    if (origin.kind == u"folder"_s || origin.kind == u"zip"_s)
        return QDir::toNativeSeparators(origin.location);
    return {}; // synced copies: push the checkout they came from
}

void DatabasePushController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new DatabasePushDialog(m_window);
        DatabaseLogins(m_sync->keychain()).restore(m_dialog->databasePage());
        connect(m_dialog, &DatabasePushDialog::pushRequested, this, &DatabasePushController::push);
    }
    if (!m_dialog->isPushing())
        m_dialog->setCatalog(openCatalogArgument());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DatabasePushController::push(const DatabasePushDialog::Request &request)
{
    DatabaseLogins(m_sync->keychain()).resolve(
        request.database,
        [this, request](const PostgresLogin &login) {
            const auto stop = std::make_shared<std::atomic_bool>(false);
            const QFuture<PostgresPushReport> future =
                DatabasePushTask::start({QDir::fromNativeSeparators(request.catalog), login, request.dryRun,
                                          PostgresPushMemory::defaultDirectory(), stop});
            if (m_dialog)
                m_dialog->watch(future, [stop] { *stop = true; });
        },
        [this](const QString &error) {
            m_window->statusBar()->showMessage(tr("The password is used for this session only: %1").arg(error), 10'000);
        });
}
