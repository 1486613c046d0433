#include "synccontroller.h"

#include "apicatalogsource.h"
#include "mainwindow.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// The API URL is not a secret; credentials are refused in it (ApiCatalogSource::normalizedBaseUrl).
const auto apiUrlKey = u"sync/apiUrl"_s;
}

SyncController::SyncController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void SyncController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new SyncDialog(m_window);
        const QString url = QSettings().value(apiUrlKey).toString();
        if (!url.isEmpty())
            m_dialog->setApiUrl(url);
        connect(m_dialog, &SyncDialog::syncRequested, this, &SyncController::sync);
        connect(m_dialog, &SyncDialog::cancelRequested, m_window, &MainWindow::cancelLoading);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncController::sync(const SyncDialog::Request &request)
{
    if (request.kind != u"api"_s) {
        // The GitHub archive and PostgreSQL sources hook in here with their own kinds.
        if (m_dialog)
            m_dialog->showFailure(tr("this source is not available in this build"));
        return;
    }
    QString error;
    const std::optional<QUrl> url = ApiCatalogSource::normalizedBaseUrl(request.url.toString(), &error);
    if (!url) {
        if (m_dialog)
            m_dialog->showFailure(error);
        return;
    }
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
