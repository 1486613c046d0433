// Catalog → Sync… with the GitHub archive and PostgreSQL pages, in the window: a local zip, a
// zipball downloaded with the signed-in token, a database with its password apart; progress,
// result and errors in words, the status line's origin and freshness, code shown from the zip,
// the database and the offline copy — and no password in settings, offline copy or the UI.
#include "codeview.h"
#include "mainwindow.h"
#include "githubsession.h"
#include "offlinecatalogsource.h"
#include "offlinecatalogstore.h"
#include "postgresstore.h"
#include "catalogfileprovider.h"
#include "foldercatalogsource.h"
#include "specpage.h"
#include "synccontroller.h"
#include "syncdialog.h"
#include "testdatabase.h"
#include "testzipwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sha = u"663e98812274fff444cc98f588a299818d70d8c9"_s;
const QByteArray token = "ghp_sync-dialog-token-never-shown";

QString projectPlots()
{
    return QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots"_s;
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Every file below the folders, searched for a secret.
QStringList filesContaining(const QStringList &folders, const QByteArray &secret)
{
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found.append(file.fileName());
        }
    }
    return found;
}
} // namespace

class TestSyncSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_zip;
    QByteArray m_zipBytes;
    QHttpServer m_github;
    quint16 m_port = 0;
    QList<QByteArray> m_authorizations;

    SyncDialog *openDialog(MainWindow &window, const QString &kind)
    {
        window.syncController()->showDialog();
        SyncDialog *dialog = window.syncController()->dialog();
        dialog->setCurrentKind(kind);
        return dialog;
    }
    static void grab(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("PLOTBENCH_GRAB"))
            widget->grab().save(qEnvironmentVariable("PLOTBENCH_GRAB") + u'/' + name);
    }
    static QString codeOf(MainWindow &window, const QString &spec, const QString &library)
    {
        window.showSpec(spec);
        if (!window.specPage()->selectImplementation(library))
            return u"(no such implementation)"_s;
        (void)QTest::qWaitFor([&] { return window.specPage()->codeView()->code().contains(u"import"_s); }, 10000);
        return window.specPage()->codeView()->code();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings in a folder of the test's own, searched for secrets afterwards.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        qunsetenv("PGPASSWORD");
        m_zip = m_dir.filePath(u"anyplot-main.zip"_s);
        {
            TestZipWriter writer(m_zip);
            writer.setComment(sha);
            QVERIFY(writer.addFolder(projectPlots(), u"MarkusNeusinger-anyplot-663e988/plots/"_s));
        }
        QFile file(m_zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_zipBytes = file.readAll();
        // GitHub: the API redirects to codeload on another host name, like the real one.
        m_github.route(u"/api/repos/<arg>/<arg>/zipball/<arg>"_s,
                       [this](const QString &owner, const QString &repo, const QString &ref, const QHttpServerRequest &req) {
                           m_authorizations.append(header(req, "Authorization"));
                           if (owner == u"missing"_s)
                               return QHttpServerResponse(QJsonObject{{u"message"_s, u"Not Found"_s}},
                                                          QHttpServerResponder::StatusCode::NotFound);
                           QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
                           response.setHeader("Location", u"http://localhost:%1/codeload/%2/%3/zip/%4"_s
                                                              .arg(m_port).arg(owner, repo, ref).toUtf8());
                           return response;
                       });
        m_github.route(u"/codeload/<arg>/<arg>/zip/<arg>"_s,
                       [this](const QString &, const QString &, const QString &, const QHttpServerRequest &req) {
                           m_authorizations.append(header(req, "Authorization"));
                           return QHttpServerResponse("application/zip", m_zipBytes);
                       });
        m_port = m_github.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        QDir(OfflineCatalogStore::defaultRoot()).removeRecursively();
        m_authorizations.clear();
    }

    void pagesOfferEverySourceWithDefaults()
    {
        MainWindow window;
        SyncDialog *dialog = openDialog(window, u"archive"_s);
        auto *sources = dialog->findChild<QComboBox *>(u"syncSourceBox"_s);
        QCOMPARE(sources->count(), 3);
        QVERIFY(sources->isEnabled());
        QCOMPARE(dialog->currentKind(), u"archive"_s);
        const ArchiveSyncPage::Options archive = dialog->request().archive;
        QCOMPARE(archive.repository, u"MarkusNeusinger/anyplot"_s); // CONTRACTS.md §5
        QCOMPARE(archive.ref, u"main"_s);
        QVERIFY(archive.useToken);
        auto *repository = dialog->findChild<QLineEdit *>(u"archiveRepositoryField"_s);
        auto *syncButton = dialog->findChild<QPushButton *>(u"syncButton"_s);
        repository->setText(u"not a repository"_s);
        QVERIFY(!syncButton->isEnabled());
        QVERIFY(syncButton->toolTip().contains(u"OWNER/NAME"_s));
        repository->setText(u"someone/fork"_s);
        QVERIFY(syncButton->isEnabled());

        dialog->setCurrentKind(u"database"_s);
        QVERIFY(!syncButton->isEnabled()); // no URL yet
        auto *environment = dialog->findChild<QCheckBox *>(u"databaseUseEnvironmentBox"_s);
        environment->setChecked(true);
        QVERIFY(syncButton->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->isEnabled());
        auto *tls = dialog->findChild<QComboBox *>(u"databaseSslModeBox"_s);
        QStringList modes;
        for (int i = 0; i < tls->count(); ++i)
            modes.append(tls->itemData(i).toString());
        QCOMPARE(modes, (QStringList{QString(), u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s}));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"databasePasswordField"_s)->echoMode(), QLineEdit::Password);
    }

    void passwordTypedIntoTheUrlMovesToItsField()
    {
        MainWindow window;
        SyncDialog *dialog = openDialog(window, u"database"_s);
        auto *url = dialog->findChild<QLineEdit *>(u"databaseUrlField"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"databasePasswordField"_s);
        QTest::keyClicks(url, u"postgresql://anyplot:Hunter2-Typed@db.example.com/anyplot"_s);
        QCOMPARE(url->text(), u"postgresql://anyplot@db.example.com/anyplot"_s);
        QCOMPARE(password->text(), u"Hunter2-Typed"_s);
        url->setText(u"postgresql://anyplot:Hunter2%2FPasted@db.example.com:5433/anyplot?sslmode=require"_s);
        QCOMPARE(url->text(), u"postgresql://anyplot@db.example.com:5433/anyplot?sslmode=require"_s);
        QCOMPARE(password->text(), u"Hunter2/Pasted"_s);
        const SyncDialog::Request request = dialog->request();
        QVERIFY(!request.database.connection.contains(u"Hunter2"_s));
        QCOMPARE(request.database.password, u"Hunter2/Pasted"_s);
    }

    void localZipSyncsKeepsAnOfflineCopyAndShowsCode()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncDialog *dialog = openDialog(window, u"archive"_s);
        dialog->archivePage()->setLocalZip(m_zip);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"archiveRepositoryField"_s)->isEnabled());
        grab(dialog, u"syncdialog-archive-local.png"_s);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(int(window.catalog()->specs().size()), 36);
        QTRY_VERIFY2(dialog->resultText().contains(u"Synced 36 spec"_s), qPrintable(dialog->resultText()));
        QVERIFY2(window.statusText().startsWith(u"Zip anyplot-main.zip @ 663e988 · just now"_s), qPrintable(window.statusText()));
        // The copy is the latest: the next start opens it.
        QVERIFY(OfflineCatalogStore::latest().contains(u"/archive-"_s));
        QVERIFY(codeOf(window, u"bar-basic"_s, u"matplotlib"_s).contains(u"import matplotlib"_s));
    }

    void zipballDownloadUsesTheTokenOnlyAtTheApi()
    {
        qputenv("GITHUB_TOKEN", token); // the token store's first answer
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.githubSession()->setApiUrlOverride(QUrl(u"http://127.0.0.1:%1/api"_s.arg(m_port)));
        SyncDialog *dialog = openDialog(window, u"archive"_s);
        dialog->archivePage()->setLocalZip({});
        QVERIFY(dialog->findChild<QCheckBox *>(u"archiveUseTokenBox"_s)->isChecked());
        grab(dialog, u"syncdialog-archive.png"_s);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(window.statusText()));
        QCOMPARE(m_authorizations.size(), 2);
        QCOMPARE(m_authorizations[0], "Bearer " + token);
        QVERIFY(m_authorizations[1].isEmpty()); // codeload is another host
        QVERIFY2(window.statusText().startsWith(u"GitHub archive MarkusNeusinger/anyplot@663e988 · just now"_s),
                 qPrintable(window.statusText()));
        QTRY_VERIFY(dialog->resultText().contains(u"Synced"_s));
        QVERIFY(!dialog->resultText().contains(QString::fromLatin1(token)));

        // Reopened offline: no server, no zip needed; the code comes from the offline copy.
        const QString latest = OfflineCatalogStore::latest();
        QVERIFY(!latest.isEmpty());
        MainWindow offline;
        QSignalSpy loaded(&offline, &MainWindow::loadingFinished);
        offline.openCatalog(std::make_shared<OfflineCatalogSource>(latest));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY2(offline.statusText().endsWith(u"offline copy"_s), qPrintable(offline.statusText()));
        QVERIFY(offline.catalog()->origin().offlineCopy);
        QVERIFY(codeOf(offline, u"scatter-basic"_s, u"matplotlib"_s).contains(u"import matplotlib"_s));
        QVERIFY(filesContaining({m_dir.filePath(u"config"_s), OfflineCatalogStore::defaultRoot()}, token).isEmpty());
        qunsetenv("GITHUB_TOKEN");
    }

    void failedDownloadIsInWordsAndKeepsTheCatalog()
    {
        MainWindow window;
        window.githubSession()->setApiUrlOverride(QUrl(u"http://127.0.0.1:%1/api"_s.arg(m_port)));
        SyncDialog *dialog = openDialog(window, u"archive"_s);
        dialog->archivePage()->setOptions({u"missing/repo"_s, u"main"_s, false, {}});
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().first().toBool());
        QTRY_VERIFY(dialog->resultText().startsWith(u"The sync failed: "_s));
        QVERIFY2(dialog->resultText().contains(u"404"_s), qPrintable(dialog->resultText()));
        QVERIFY(m_authorizations.value(0).isEmpty()); // "use my token" was off
    }

    void databaseSyncKeepsThePasswordOutOfSettings()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const FolderCatalogSource folder(projectPlots(), FolderCatalogSource::Options{false, {}, false});
        const CatalogPtr pushed = CatalogLoader::loadBlocking(folder);
        {
            auto connection = db.connect();
            QVERIFY(connection);
            const PostgresPushReport report = PostgresStore(*connection).push(*pushed, CatalogFiles::readerFor(folder, *pushed), {});
            QVERIFY2(report.ok, qPrintable(report.error));
        }
        const QString secret = QUrl(db.url()).password();
        QVERIFY(!secret.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.syncController()->setKeychainService(u"PlotbenchTest-%1"_s.arg(QCoreApplication::applicationPid()));
        SyncDialog *dialog = openDialog(window, u"database"_s);
        // Pasted whole, with the password: it leaves the URL at once.
        dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->setText(db.url());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->text().contains(secret));
        auto *tls = dialog->findChild<QComboBox *>(u"databaseSslModeBox"_s);
        tls->setCurrentIndex(tls->findData(u"disable"_s));
        // Remembered: the keychain gets it (or, without one, says so); the settings never do.
        dialog->findChild<QCheckBox *>(u"databaseRememberBox"_s)->setChecked(true);
        grab(dialog, u"syncdialog-database.png"_s);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(window.statusText()));
        QCOMPARE(window.catalog()->specs().size(), pushed->specs().size());
        QVERIFY2(window.statusText().startsWith(u"PostgreSQL plotbench@127.0.0.1:"_s), qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(u" · just now"_s));
        QTRY_VERIFY2(dialog->resultText().contains(u"Synced"_s), qPrintable(dialog->resultText()));
        grab(dialog, u"syncdialog-database-done.png"_s);
        QVERIFY(!dialog->resultText().contains(secret));
        QVERIFY(!window.statusText().contains(secret));
        QVERIFY(codeOf(window, u"bar-basic"_s, u"matplotlib"_s).contains(u"import matplotlib"_s));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(m_dir.filePath(u"config"_s)));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("databaseUrl"), saved.constData());
        QCOMPARE(settings.value(u"sync/databaseRememberPassword"_s).toBool(), true);
        QCOMPARE(settings.value(u"sync/databaseSslMode"_s).toString(), u"disable"_s);
        QVERIFY2(!saved.contains(secret.toUtf8()), saved.constData());
        QCOMPARE(settings.value(u"sync/databaseUrl"_s).toString(), QUrl(db.url()).adjusted(QUrl::RemovePassword).toString());
        QCOMPARE(filesContaining({m_dir.filePath(u"config"_s), OfflineCatalogStore::defaultRoot()}, secret.toUtf8()),
                 QStringList());
    }

    void databaseFailureIsInWordsWithoutThePassword()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        MainWindow window;
        SyncDialog *dialog = openDialog(window, u"database"_s);
        QUrl url(db.url());
        url.setPassword(u"Wrong-Hunter2"_s);
        dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->setText(url.toString());
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().first().toBool());
        QTRY_VERIFY(dialog->resultText().startsWith(u"The sync failed: "_s));
        QVERIFY2(dialog->resultText().contains(u"password authentication failed"_s), qPrintable(dialog->resultText()));
        grab(dialog, u"syncdialog-database-failed.png"_s);
        QVERIFY(!dialog->resultText().contains(u"Wrong-Hunter2"_s));
        QVERIFY(!window.statusText().contains(u"Wrong-Hunter2"_s));
    }
};

QTEST_MAIN(TestSyncSources)
#include "tst_syncsources.moc"
