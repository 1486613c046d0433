// `plotbench catalog stats|lint` end to end: the built binary run as a maintainer's CI would run
// it, its JSON checked against the fixture files, its exit codes against the contract.
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run plotbench(const QStringList &arguments, bool withDisplay = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!withDisplay) {
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    }
    env.insert(u"XDG_CACHE_HOME"_s, QDir::tempPath() + u"/plotbench-tst-cli-cache"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        qFatal("plotbench did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture()
{
    return QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample"_s;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statsJsonMatchesTheFixture_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("cached") << QStringList();
        QTest::newRow("no cache") << QStringList{u"--no-cache"_s};
        QTest::newRow("cached again") << QStringList(); // second run reads the index cache
    }

    void statsJsonMatchesTheFixture()
    {
        QFETCH(QStringList, extra);
        const Run run = plotbench(QStringList{u"catalog"_s, u"stats"_s, fixture(), u"--json"_s} + extra);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject stats = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"specs", "implementations", "empty_specs", "by_library", "by_language", "quality",
                                "warnings"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);

        int metadataFiles = 0;
        QMap<QString, int> byLibrary;
        QDirIterator it(fixture() + u"/plots"_s, {u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/metadata/"_s)) {
                ++metadataFiles;
                ++byLibrary[QFileInfo(path).completeBaseName()];
            }
        }
        QCOMPARE(stats[u"specs"_s].toInt(), 42);
        QCOMPARE(stats[u"implementations"_s].toInt(), metadataFiles);
        QCOMPARE(stats[u"by_language"_s].toObject()[u"python"_s].toInt(), metadataFiles);
        const QJsonObject libraries = stats[u"by_library"_s].toObject();
        QCOMPARE(libraries.size(), byLibrary.size());
        for (auto i = byLibrary.cbegin(); i != byLibrary.cend(); ++i)
            QCOMPARE(libraries[i.key()].toInt(), i.value());
        const QJsonObject quality = stats[u"quality"_s].toObject();
        QVERIFY(quality[u"min"_s].toDouble() <= quality[u"median"_s].toDouble());
        QVERIFY(quality[u"median"_s].toDouble() <= quality[u"max"_s].toDouble());
        QCOMPARE(stats[u"warnings"_s].toArray().size(), metadataFiles); // no code in the fixture
        QVERIFY(stats[u"warnings"_s].toArray().first().toObject().contains(u"path"_s));
    }

    void lintFailsOnErrors()
    {
        const Run run = plotbench({u"catalog"_s, u"lint"_s, fixture()});
        QCOMPARE(run.exitCode, 1); // the fixture has no code files: errors
        QVERIFY(run.out.contains("error: the code file of this implementation is missing"));
        const Run json = plotbench({u"catalog"_s, u"lint"_s, fixture(), u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(json.out).object()[u"errors"_s].toInt() > 0);
    }

    void sampleCatalogIsClean()
    {
        const Run stats = plotbench({u"catalog"_s, u"stats"_s, u"sample"_s, u"--json"_s});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(stats.out).object();
        // 36 specs: 16 with our matplotlib code, all 36 with the native Qt Charts implementation.
        QCOMPARE(object[u"specs"_s].toInt(), 36);
        QCOMPARE(object[u"implementations"_s].toInt(), 52);
        QCOMPARE(object[u"by_library"_s].toObject()[u"matplotlib"_s].toInt(), 16);
        QCOMPARE(object[u"by_library"_s].toObject()[u"qtcharts"_s].toInt(), 36);
        QCOMPARE(object[u"by_language"_s].toObject()[u"cpp"_s].toInt(), 36);
        QCOMPARE(object[u"empty_specs"_s].toInt(), 0);
        QCOMPARE(object[u"warnings"_s].toArray().size(), 0);
        const Run lint = plotbench({u"catalog"_s, u"lint"_s, u"sample"_s});
        QCOMPARE(lint.exitCode, 0);
    }

    void failuresAreOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("missing source") << QStringList{u"catalog"_s, u"stats"_s, u"/nonexistent/x"_s};
        QTest::newRow("no source") << QStringList{u"catalog"_s, u"stats"_s};
        QTest::newRow("unknown option") << QStringList{u"catalog"_s, u"lint"_s, u"sample"_s, u"--bogus"_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("a file, not a folder") << QStringList{u"catalog"_s, u"stats"_s, fixture() + u"/SOURCE.md"_s};
    }

    void failuresAreOneLine()
    {
        QFETCH(QStringList, arguments);
        const Run run = plotbench(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("plotbench: "));
    }

    // Regression: --help used to construct the GUI application and abort without a display.
    void helpAndVersionNeedNoDisplay()
    {
        const Run help = plotbench({u"--help"_s}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("catalog stats"));
        const Run version = plotbench({u"--version"_s}, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("Plotbench "));
    }

    void everyCommandHasHelp()
    {
        const QList<QStringList> commands{{u"catalog"_s, u"stats"_s}, {u"catalog"_s, u"lint"_s}, {u"import"_s},
                                          {u"render"_s},           {u"db"_s, u"push"_s},        {u"sync"_s, u"db"_s},
                                          {u"sync"_s, u"api"_s},   {u"sync"_s, u"archive"_s},   {u"github"_s, u"issues"_s}};
        for (const QStringList &command : commands) {
            const Run run = plotbench(command + QStringList{u"--help"_s});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains("--json") || command.first() == u"render"_s, run.out.constData());
            // One usage line, the command's own (not Qt's, with the executable's path).
            QVERIFY2(run.out.startsWith(QByteArray("Usage: plotbench " + command.join(u' ').toUtf8())), run.out.constData());
            QCOMPARE(run.out.count("Usage:"), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
