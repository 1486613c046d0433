// Archive and database syncs kept as offline copies (OfflineCopyingSource): catalog and code,
// written new then swapped, the previous copy intact on failure or cancel; code of zip, database
// and offline catalogs through CodeLoader; logins that keep the password apart.
#include "catalogfileprovider.h"
#include "codeloader.h"
#include "foldercatalogsource.h"
#include "keychainsecretstore.h"
#include "offlinecatalogsource.h"
#include "offlinecatalogstore.h"
#include "offlinecopyingsource.h"
#include "postgrescatalogsource.h"
#include "postgreslogin.h"
#include "postgresstore.h"
#include "syncerror.h"
#include "syncfreshness.h"
#include "testdatabase.h"
#include "testzipwriter.h"
#include "zipcatalogsource.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sha = u"663e98812274fff444cc98f588a299818d70d8c9"_s;

QString fixturePlots()
{
    // The project's own catalog: the shared fixture has metadata but no code files.
    return QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots"_s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString loadCode(const CatalogPtr &catalog, const QString &codePath)
{
    QFuture<QString> future = CodeLoader::load(catalog, codePath);
    future.waitForFinished();
    return future.result();
}
} // namespace

class TestOfflineCopyingSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_zip;

    OfflineCopyingSource::Options archiveOptions() const
    {
        OfflineCopyingSource::Options options;
        options.kind = u"archive"_s;
        options.location = u"MarkusNeusinger/anyplot@main"_s;
        options.offlineRoot = m_dir.filePath(u"offline"_s);
        options.displayName = [](const Catalog &) { return OfflineCopyingSource::archiveName(u"MarkusNeusinger/anyplot"_s, sha); };
        return options;
    }
    CatalogSourcePtr zipSource(const QString &path) const
    {
        ZipCatalogSource::Options zip;
        zip.useIndexCache = false;
        return std::make_shared<ZipCatalogSource>(path, zip);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_zip = m_dir.filePath(u"anyplot-main.zip"_s);
        TestZipWriter writer(m_zip);
        writer.setComment(sha);
        QVERIFY(writer.addFolder(fixturePlots(), u"MarkusNeusinger-anyplot-663e988/plots/"_s));
    }

    void init()
    {
        QDir(m_dir.filePath(u"offline"_s)).removeRecursively();
    }

    void archiveIsKeptWithItsCodeAndOpensOffline()
    {
        const OfflineCopyingSource source(zipSource(m_zip), archiveOptions());
        const CatalogPtr synced = CatalogLoader::loadBlocking(source);
        QVERIFY(synced);
        QCOMPARE(int(synced->specs().size()), 36);
        const OfflineCopyingSource::Report report = source.lastReport();
        QVERIFY2(report.offlineCopyError.isEmpty(), qPrintable(report.offlineCopyError));
        QVERIFY(report.codeFiles > 0);
        QCOMPARE(report.codeFiles, report.implementations);
        QCOMPARE(synced->origin().displayName, u"GitHub archive MarkusNeusinger/anyplot@663e988"_s);
        QVERIFY(!synced->origin().offlineCopy);

        // The next start: the latest copy under the root, with no zip at all.
        const auto offline = OfflineCatalogSource::latestOr(nullptr, m_dir.filePath(u"offline"_s));
        const CatalogPtr reopened = CatalogLoader::loadBlocking(*offline);
        QVERIFY(reopened);
        QCOMPARE(reopened->specs().size(), synced->specs().size());
        QCOMPARE(reopened->implementations().size(), synced->implementations().size());
        QVERIFY(reopened->origin().offlineCopy);
        const QDateTime now = reopened->origin().syncedAt.addSecs(180);
        QCOMPARE(SyncFreshness::describe(reopened->origin(), now),
                 u"GitHub archive MarkusNeusinger/anyplot@663e988 · 3 min ago · offline copy"_s);

        // Code of the copy comes from the copy, byte for byte what the archive holds.
        const Implementation *impl = reopened->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(impl && impl->hasCode());
        QVERIFY(!QFileInfo::exists(reopened->absolutePath(impl->codePath))); // in the pack, not a file each
        const QString code = loadCode(reopened, impl->codePath);
        QCOMPARE(code.toUtf8(), fileBytes(fixturePlots() + u"/scatter-basic/implementations/python/matplotlib.py"_s));
        // catalog.bin and one code pack, nothing else.
        const QStringList entries = QDir(report.offlineDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first(), u"catalog.bin"_s);
        QVERIFY(entries.last().startsWith(u"code-"_s) && entries.last().endsWith(u".bin"_s));
    }

    void resyncSwapsTheCodeFolder()
    {
        const OfflineCopyingSource first(zipSource(m_zip), archiveOptions());
        QVERIFY(CatalogLoader::loadBlocking(first));
        // A newer archive: one implementation's code changed, one spec gone.
        const QString newer = m_dir.filePath(u"newer.zip"_s);
        {
            TestZipWriter writer(newer);
            writer.setComment(u"aaaaaaa812274fff444cc98f588a299818d70d8c9"_s);
            const QString prefix = u"MarkusNeusinger-anyplot-aaaaaaa/plots/"_s;
            QDirIterator it(fixturePlots(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(fixturePlots().size() + 1);
                if (relative.startsWith(u"bar-basic/"_s))
                    continue;
                QByteArray bytes = fileBytes(path);
                if (relative == u"scatter-basic/implementations/python/matplotlib.py"_s)
                    bytes += "\n# changed upstream\n";
                QVERIFY(writer.add(prefix + relative, bytes));
            }
        }
        const OfflineCopyingSource second(zipSource(newer), archiveOptions());
        const CatalogPtr synced = CatalogLoader::loadBlocking(second);
        QVERIFY(synced);
        QCOMPARE(int(synced->specs().size()), 35);
        QVERIFY(!synced->spec(u"bar-basic"_s));
        const Implementation *impl = synced->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(loadCode(synced, impl->codePath).endsWith(u"# changed upstream\n"_s));
        // The old pack went once the new catalog.bin pointed at the new one.
        QCOMPARE(QDir(second.offlineDirectory()).entryList({u"code-*.bin"_s}, QDir::Files).size(), 1);
        const CatalogPtr reopened = CatalogLoader::loadBlocking(OfflineCatalogSource(second.offlineDirectory()));
        const Implementation *kept = reopened->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(loadCode(reopened, kept->codePath).endsWith(u"# changed upstream\n"_s));
    }

    void failedSyncKeepsThePreviousCopy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << QByteArray("<html>403 Forbidden</html>") << u"is kept"_s;
        QTest::newRow("empty file") << QByteArray() << u"is kept"_s;
    }
    void failedSyncKeepsThePreviousCopy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const OfflineCopyingSource first(zipSource(m_zip), archiveOptions());
        QVERIFY(CatalogLoader::loadBlocking(first));
        const QString catalogFile = first.offlineDirectory() + u"/catalog.bin"_s;
        const QByteArray before = fileBytes(catalogFile);
        const QString broken = m_dir.filePath(u"broken.zip"_s);
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const OfflineCopyingSource second(zipSource(broken), archiveOptions());
        try {
            CatalogLoader::loadBlocking(second);
            QFAIL("a refused archive must fail the sync");
        } catch (const SyncError &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
        QCOMPARE(fileBytes(catalogFile), before);
        const CatalogPtr reopened = CatalogLoader::loadBlocking(OfflineCatalogSource(first.offlineDirectory()));
        const Implementation *impl = reopened->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(loadCode(reopened, impl->codePath).contains(u"import matplotlib"_s));
    }

    void canceledSyncWritesNothing()
    {
        const OfflineCopyingSource source(zipSource(m_zip), archiveOptions());
        QPromise<CatalogPtr> promise;
        promise.start();
        promise.future().cancel();
        QCOMPARE(source.load(promise), CatalogPtr());
        QVERIFY(!QFileInfo::exists(source.offlineDirectory() + u"/catalog.bin"_s));
        QVERIFY(QDir(source.offlineDirectory()).entryList({u"code-*.bin"_s}, QDir::Files).isEmpty());
    }

    void codeOfAZipCatalogIsReadInPlace()
    {
        const CatalogPtr catalog = CatalogLoader::loadBlocking(*zipSource(m_zip));
        QCOMPARE(catalog->origin().kind, u"zip"_s);
        const Implementation *impl = catalog->implementation(u"bar-basic"_s, u"matplotlib"_s);
        QVERIFY(impl && impl->hasCode());
        QVERIFY(!QFileInfo::exists(catalog->absolutePath(impl->codePath))); // not unpacked anywhere
        QCOMPARE(loadCode(catalog, impl->codePath).toUtf8(),
                 fileBytes(fixturePlots() + u"/bar-basic/implementations/python/matplotlib.py"_s));
        // A path the archive does not hold fails in words.
        QFuture<QString> missing = CodeLoader::load(catalog, u"bar-basic/implementations/python/nothing.py"_s);
        try {
            missing.waitForFinished();
            QFAIL("expected a LoadError");
        } catch (const CodeLoader::LoadError &error) {
            QVERIFY2(error.message().contains(u"not in the archive"_s), qPrintable(error.message()));
        }
    }

    void passwordsComeOutOfConnections_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("stripped");
        QTest::addColumn<QString>("password");
        QTest::newRow("url user info") << u"postgresql://anyplot:s3cr%2Ft@db.example.com:5433/anyplot?sslmode=require"_s
                                       << u"postgresql://anyplot@db.example.com:5433/anyplot?sslmode=require"_s
                                       << u"s3cr/t"_s;
        QTest::newRow("url query") << u"postgres://db.example.com/anyplot?user=a&password=hunter2"_s
                                   << u"postgres://db.example.com/anyplot?user=a"_s << u"hunter2"_s;
        QTest::newRow("no password") << u"postgresql://a@h/d"_s << u"postgresql://a@h/d"_s << QString();
        QTest::newRow("key=value") << u"host=h password=hunter2 dbname=d"_s << u"host=h dbname=d"_s << u"hunter2"_s;
        QTest::newRow("key=value quoted") << u"host=h password='a b\\'c' dbname=d"_s << u"host=h dbname=d"_s
                                          << u"a b'c"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void passwordsComeOutOfConnections()
    {
        QFETCH(QString, connection);
        QFETCH(QString, stripped);
        QFETCH(QString, password);
        QCOMPARE(PostgresLogin::withoutPassword(connection), stripped);
        QCOMPARE(PostgresLogin::passwordIn(connection), password);
        if (!password.isEmpty())
            QVERIFY(!PostgresLogin(connection).displayName().contains(password));
    }

    void keychainAnswersWithoutPlainTextFallback()
    {
        // Test machines have no unlocked keychain: every call must answer, and never by a file.
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        KeychainSecretStore store(u"PlotbenchTest-%1"_s.arg(QCoreApplication::applicationPid()));
        const QString key = KeychainSecretStore::databaseKey(u"plotbench@127.0.0.1:5432/anyplot"_s);
        QCOMPARE(key, u"postgresql:plotbench@127.0.0.1:5432/anyplot"_s);
        bool wrote = false;
        QString writeError;
        store.write(key, u"Hunter2-Keychain"_s, [&](const QString &error) {
            wrote = true;
            writeError = error;
        });
        QVERIFY(QTest::qWaitFor([&] { return wrote; }, 30000));
        bool answered = false, found = false;
        QString secret;
        store.read(key, [&](bool f, const QString &s, const QString &) {
            answered = true;
            found = f;
            secret = s;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 30000));
        if (writeError.isEmpty()) { // a keychain there: it gives the password back
            QVERIFY(found);
            QCOMPARE(secret, u"Hunter2-Keychain"_s);
        } else {
            QVERIFY2(writeError.contains(u"keychain"_s), qPrintable(writeError));
            QVERIFY(!found);
        }
        bool removed = false;
        store.remove(key, [&](const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 30000));
        QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!fileBytes(path).contains("Hunter2-Keychain"), qPrintable(path));
        }
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CONFIG_HOME");
    }

    void databaseIsKeptWithItsCode()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const FolderCatalogSource folder(fixturePlots(), FolderCatalogSource::Options{false, {}, false});
        const CatalogPtr pushed = CatalogLoader::loadBlocking(folder);
        {
            auto connection = db.connect();
            QVERIFY(connection);
            const PostgresPushReport report = PostgresStore(*connection).push(*pushed, CatalogFiles::readerFor(folder, *pushed), {});
            QVERIFY2(report.ok, qPrintable(report.error));
        }
        // The password apart from the URL, as the Sync dialog gives it to libpq.
        const QString password = QUrl(db.url()).password();
        const PostgresLogin login{PostgresLogin::withoutPassword(db.url()), u"prefer"_s, password};
        QVERIFY(!login.connection.contains(password));

        // The live catalog: code read from impls.code on the worker.
        const CatalogPtr live = CatalogLoader::loadBlocking(PostgresCatalogSource(login));
        QCOMPARE(live->specs().size(), pushed->specs().size());
        const Implementation *impl = live->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(impl && impl->hasCode());
        QCOMPARE(loadCode(live, impl->codePath).toUtf8(),
                 fileBytes(fixturePlots() + u"/scatter-basic/implementations/python/matplotlib.py"_s));

        OfflineCopyingSource::Options options;
        options.kind = u"database"_s;
        options.location = login.displayName();
        options.offlineRoot = m_dir.filePath(u"offline"_s);
        options.displayName = [name = OfflineCopyingSource::databaseName(login.displayName())](const Catalog &) { return name; };
        const OfflineCopyingSource source(std::make_shared<PostgresCatalogSource>(login), options);
        const CatalogPtr synced = CatalogLoader::loadBlocking(source);
        QVERIFY(synced);
        QCOMPARE(source.lastReport().codeFiles, int(pushed->implementations().size()));
        QVERIFY2(synced->origin().displayName.startsWith(u"PostgreSQL plotbench@127.0.0.1:"_s), qPrintable(synced->origin().displayName));
        const CatalogPtr reopened = CatalogLoader::loadBlocking(OfflineCatalogSource(source.offlineDirectory()));
        const Implementation *kept = reopened->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QCOMPARE(loadCode(reopened, kept->codePath), loadCode(live, impl->codePath));
        QDirIterator files(source.offlineDirectory(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!fileBytes(path).contains(password.toUtf8()), qPrintable(path));
        }
    }

    void databaseFailuresAreWordsWithoutThePassword_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QString() << u"Wrong-Hunter2"_s << u"password authentication failed"_s;
        // The throwaway server has no TLS: "require" must refuse rather than fall back.
        QTest::newRow("TLS required, not offered") << u"require"_s << QString() << u"SSL"_s;
    }
    void databaseFailuresAreWordsWithoutThePassword()
    {
        QFETCH(QString, sslMode);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const QString real = QUrl(db.url()).password();
        const PostgresLogin login{PostgresLogin::withoutPassword(db.url()).replace(u"sslmode=disable"_s, u"application_name=t"_s),
                                  sslMode, password.isEmpty() ? real : password};
        OfflineCopyingSource::Options options;
        options.kind = u"database"_s;
        options.location = login.displayName();
        options.offlineRoot = m_dir.filePath(u"offline"_s);
        const OfflineCopyingSource source(std::make_shared<PostgresCatalogSource>(login), options);
        try {
            CatalogLoader::loadBlocking(source);
            QFAIL("the sync must fail");
        } catch (const SyncError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
            QVERIFY(!error.message().contains(login.password));
            QVERIFY(!error.message().contains(real));
        }
        QVERIFY(!QFileInfo::exists(source.offlineDirectory()));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCopyingSource)
#include "tst_offlinecopyingsource.moc"
