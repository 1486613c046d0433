// `plotbench db push`, `sync db`, `sync archive` and zip / database sources of `catalog stats`,
// end to end through the built binary: exit codes, JSON, one-line failures without secrets.
#include "testdatabase.h"
#include "testzipwriter.h"
#include "codeloader.h"
#include "offlinecatalogstore.h"
#include "offlinecopyingsource.h"

#include <QDirIterator>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run plotbench(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s)); // the offline copies
    env.remove(u"PGPASSWORD"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("plotbench did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

class TestDbCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The offline copy a sync command reports: it opens without the source, says where it came
    // from, holds the code, and carries no secret.
    static void checkOfflineCopy(const Run &run, const QString &name, const QString &secret)
    {
        const QString directory = run.json().value(u"offline_copy"_s).toString();
        QVERIFY2(!directory.isEmpty(), run.out.constData());
        QVERIFY(run.json().value(u"offline_copy_error"_s).isNull());
        const OfflineCatalogStore store(directory);
        QString error;
        std::optional<OfflineCopy> copy = store.load(&error);
        QVERIFY2(copy, qPrintable(error));
        const CatalogPtr catalog = store.catalog(std::move(*copy), true);
        QCOMPARE(int(catalog->specs().size()), 36);
        QVERIFY2(catalog->origin().displayName.startsWith(name), qPrintable(catalog->origin().displayName));
        QVERIFY(catalog->origin().syncedAt.isValid());
        QCOMPARE(run.json().value(u"code_files"_s).toInt(), int(catalog->implementations().size()));
        const Implementation *impl = catalog->implementation(u"bar-basic"_s, u"matplotlib"_s);
        QVERIFY(impl && impl->hasCode());
        OfflineCopyingSource::registerCodeFetchers(); // as the window's offline start does
        QFuture<QString> code = CodeLoader::load(catalog, impl->codePath);
        code.waitForFinished();
        QVERIFY(code.result().contains(u"import matplotlib"_s));
        if (!secret.isEmpty()) {
            QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sample is compiled into plotbench, not into this test: zip the project's plots/ folder.
        const QString path = m_home.filePath(u"sample.zip"_s);
        TestZipWriter writer(path);
        writer.setComment(u"663e98812274fff444cc98f588a299818d70d8c9"_s);
        QVERIFY(writer.addFolder(QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots"_s, u"o-r-663e988/plots/"_s));
    }

    void pushReadBackAndStatsThroughTheDatabase()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        Run run = plotbench({u"db"_s, u"push"_s, u"sample"_s, u"--db"_s, db.url(), u"--dry-run"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Dry run") && run.out.contains("  + scatter-basic"), run.out.constData());

        run = plotbench({u"db"_s, u"push"_s, u"sample"_s, u"--db"_s, db.url(), u"--json"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"ok"_s).toBool(), true);
        QCOMPARE(run.json().value(u"schema_created"_s).toBool(), true);
        QCOMPARE(run.json().value(u"tables"_s).toObject().value(u"specs"_s).toObject().value(u"added"_s).toArray().size(), 36);
        QVERIFY(!run.out.contains(QUrl(db.url()).password().toUtf8()));

        run = plotbench({u"sync"_s, u"db"_s, u"--db"_s, db.url(), u"--json"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"specs"_s).toInt(), 36);
        QVERIFY(run.json().value(u"source"_s).toString().startsWith(u"PostgreSQL · plotbench@127.0.0.1"_s));
        // Kept as the offline copy the window opens next time: catalog and code, no password.
        checkOfflineCopy(run, u"PostgreSQL plotbench@127.0.0.1"_s, QUrl(db.url()).password());

        run = plotbench({u"catalog"_s, u"stats"_s, db.url(), u"--json"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"specs"_s).toInt(), 36);

        // The zip of the same catalog, code included, pushed over it: nothing to change but paths.
        run = plotbench({u"db"_s, u"push"_s, m_home.filePath(u"sample.zip"_s), u"--db"_s, db.url(), u"--json"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject impls = run.json().value(u"tables"_s).toObject().value(u"impls"_s).toObject();
        QVERIFY(impls.value(u"added"_s).toArray().isEmpty());
        QVERIFY(impls.value(u"removed"_s).toArray().isEmpty());
        QVERIFY2(impls.value(u"changed"_s).toArray().isEmpty(), run.out.constData());
        // The first push's memory (in the cache) showed every implementation there already.
        QCOMPARE(run.json().value(u"implementations_not_sent"_s).toInt(), run.json().value(u"implementations"_s).toInt());
        run = plotbench({u"db"_s, u"push"_s, u"sample"_s, u"--db"_s, db.url(), u"--json"_s, u"--send-all"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"implementations_not_sent"_s).toInt(), 0);
        QVERIFY(run.json().value(u"tables"_s).toObject().value(u"impls"_s).toObject().value(u"changed"_s).toArray().isEmpty());

        // The environment instead of --db: the PG* variables.
        const QUrl url(db.url());
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGHOST"_s, url.host());
        env.insert(u"PGPORT"_s, QString::number(url.port()));
        env.insert(u"PGUSER"_s, url.userName());
        env.insert(u"PGPASSWORD"_s, url.password());
        env.insert(u"PGDATABASE"_s, url.path().mid(1));
        env.insert(u"PGSSLMODE"_s, u"disable"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), {u"sync"_s, u"db"_s, u"--json"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(u"specs"_s).toInt(), 36);
    }

    void failuresAreOneLineWithoutThePassword_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QString closed = QString::number(probe.serverPort());
        probe.close();
        const QString secretUrl = u"postgresql://plotbench:Hunter2-Secret@127.0.0.1:%1/postgres?sslmode=disable"_s.arg(closed);
        QTest::newRow("push, unreachable") << QStringList{u"db"_s, u"push"_s, u"sample"_s, u"--db"_s, secretUrl}
                                           << u"cannot connect to plotbench@127.0.0.1"_s;
        QTest::newRow("sync db, unreachable") << QStringList{u"sync"_s, u"db"_s, u"--db"_s, secretUrl}
                                              << u"cannot connect"_s;
        QTest::newRow("stats, unreachable") << QStringList{u"catalog"_s, u"stats"_s, secretUrl} << u"cannot connect"_s;
        QTest::newRow("lint, refused zip") << QStringList{u"catalog"_s, u"lint"_s, QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/README.zip"_s}
                                           << u"does not exist"_s;
        QTest::newRow("archive, unreachable API")
            << QStringList{u"sync"_s, u"archive"_s, u"--api-url"_s, u"http://127.0.0.1:"_s + closed, u"--repo"_s, u"o/r"_s}
            << u"failed"_s;
        QTest::newRow("archive, not a zip") << QStringList{u"sync"_s, u"archive"_s, u"--file"_s, QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/README.md"_s}
                                            << u"not a zip archive"_s;
        QTest::newRow("push, no source") << QStringList{u"db"_s, u"push"_s} << u"exactly one catalog source"_s;
    }

    void failuresAreOneLineWithoutThePassword()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = plotbench(arguments, m_home);
        QVERIFY2(!run.err.contains("Hunter2-Secret") && !run.out.contains("Hunter2-Secret"), run.err.constData());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("plotbench: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

    void archiveFromAFile()
    {
        const Run run = plotbench({u"sync"_s, u"archive"_s, u"--file"_s, m_home.filePath(u"sample.zip"_s), u"--json"_s}, m_home);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"specs"_s).toInt(), 36);
        QCOMPARE(run.json().value(u"commit"_s).toString(), u"663e98812274fff444cc98f588a299818d70d8c9"_s);
        checkOfflineCopy(run, u"Zip sample.zip @ 663e988"_s, {});
        const Run stats = plotbench({u"catalog"_s, u"stats"_s, m_home.filePath(u"sample.zip"_s), u"--json"_s}, m_home);
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(stats.json().value(u"implementations"_s).toInt(), 52);
    }
};

QTEST_GUILESS_MAIN(TestDbCommands)
#include "tst_dbcommands.moc"
