// Running catalog implementations locally, for real: Debian's python3-matplotlib on the embedded
// catalog's scripts, and hostile scripts that hang, flood, write outside or look for secrets.
#include "catalogsources.h"
#include "implementationrunner.h"
#include "runsandbox.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &code)
{
    // Laid out as in a catalog: plots/<spec>/implementations/python/<library>.py
    const QString folder = dir.path() + u"/plots/hostile/implementations/python"_s;
    QDir().mkpath(folder);
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the script");
    file.write(code);
    return file.fileName();
}

RunRequest request(const QString &script, int timeoutMs = 60000)
{
    RunRequest r;
    r.scriptPath = script;
    r.libraryId = u"matplotlib"_s;
    r.timeoutMs = timeoutMs;
    return r;
}
} // namespace

class TestImplementationRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modules();
    void environmentHasNoSecrets();
    void embeddedMatplotlibScripts_data();
    void embeddedMatplotlibScripts();
    void fromTheEmbeddedCatalog();
    void seabornScriptNamedAfterItsLibrary();
    void scriptSeesNoSecrets();
    void hangingScriptIsStopped();
    void floodingScriptIsStopped();
    void confined_data();
    void confined();
    void systemLayerCatchesChildren();
    void sandboxChoice();
    void failingScriptSaysWhy();
    void pythonOrLibraryMissing();
    void cancel();
};

void TestImplementationRunner::modules()
{
    QCOMPARE(ImplementationRunner::pythonModule(u"letsplot"_s), u"lets_plot"_s);
    QCOMPARE(ImplementationRunner::pythonModule(u"highcharts"_s), u"highcharts_core"_s);
    QCOMPARE(ImplementationRunner::pythonModule(u"seaborn"_s), u"seaborn"_s);
}

void TestImplementationRunner::environmentHasNoSecrets()
{
    qputenv("GITHUB_TOKEN", "ghp_secret");
    qputenv("PGPASSWORD", "hunter2");
    qputenv("AWS_SECRET_ACCESS_KEY", "aws");
    const QStringList env = ImplementationRunner::environment(u"/tmp/sandbox"_s, u"dark"_s);
    const QString all = env.join(u'\n');
    QVERIFY(!all.contains(u"ghp_secret"_s));
    QVERIFY(!all.contains(u"hunter2"_s));
    QVERIFY(!all.contains(u"AWS_"_s));
    QVERIFY(env.contains(u"ANYPLOT_THEME=dark"_s));
    QVERIFY(env.contains(u"HOME=/tmp/sandbox/home"_s));
    QVERIFY(env.contains(u"MPLBACKEND=Agg"_s));
    QVERIFY(all.contains(u"PATH="_s));
}

void TestImplementationRunner::embeddedMatplotlibScripts_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("theme");
    // Every matplotlib script of the embedded catalog, themes alternating, line-basic in both.
    const QDir plots(QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots"_s);
    int i = 0;
    for (const QString &spec : plots.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!QFileInfo::exists(plots.filePath(spec + u"/implementations/python/matplotlib.py"_s)))
            continue;
        const QString theme = i++ % 2 ? u"dark"_s : u"light"_s;
        QTest::newRow(qPrintable(spec + u' ' + theme)) << spec << theme;
        if (spec == u"line-basic"_s)
            QTest::newRow("line-basic, other theme") << spec << (theme == u"dark"_s ? u"light"_s : u"dark"_s);
    }
    QVERIFY(i >= 16);
}

void TestImplementationRunner::embeddedMatplotlibScripts()
{
    QFETCH(QString, spec);
    QFETCH(QString, theme);
    RunRequest r = request(QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots/"_s + spec
                           + u"/implementations/python/matplotlib.py"_s);
    r.theme = theme;
    const RunResult result = ImplementationRunner::runBlocking(r);
    QVERIFY2(result.succeeded(), qPrintable(result.message + u'\n' + QString::fromUtf8(result.standardError)));
    QVERIFY(!result.pythonVersion.isEmpty());
    QVERIFY(!result.libraryVersion.isEmpty());
    QCOMPARE(result.outputs.size(), 1);
    QCOMPARE(result.outputs[0].name, u"plot-%1.png"_s.arg(theme));
    const QImage image = result.outputs[0].image;
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1600);
    // anyplot's canvas colours, drawn by the script after ANYPLOT_THEME.
    QCOMPARE(image.pixelColor(3, 3), theme == u"dark"_s ? QColor(0x1A, 0x1A, 0x17) : QColor(0xFA, 0xF8, 0xF1));
    QVERIFY(result.outsideWrites.isEmpty());
    // The catalog's folder is untouched: it ran in a copy.
    QVERIFY(!QFileInfo::exists(QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots/"_s + spec
                               + u"/implementations/python/plot-"_s + theme + u".png"_s));
}

void TestImplementationRunner::fromTheEmbeddedCatalog()
{
    QString error;
    const CatalogPtr catalog = CatalogLoader::loadBlocking(*CatalogSources::fromArgument(u"sample"_s, {false, false}, &error));
    QVERIFY(catalog);
    const Implementation *impl = catalog->implementation(u"histogram-basic"_s, u"matplotlib"_s);
    QVERIFY(impl);
    const RunRequest r = ImplementationRunner::requestFor(*catalog, *impl, PreviewTheme::Dark);
    QVERIFY(r.scriptPath.startsWith(u':')); // read from the resources, copied out to run
    QCOMPARE(r.theme, u"dark"_s);
    const RunResult result = ImplementationRunner::runBlocking(r);
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QCOMPARE(result.outputs.value(0).name, u"plot-dark.png"_s);
}

void TestImplementationRunner::seabornScriptNamedAfterItsLibrary()
{
    // anyplot names scripts after their library: `seaborn.py` must import the real seaborn, not itself.
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"seaborn.py"_s,
                                       "import os\nimport seaborn as sns\nimport matplotlib.pyplot as plt\n"
                                       "theme = os.getenv('ANYPLOT_THEME', 'light')\n"
                                       "bg = '#FAF8F1' if theme == 'light' else '#1A1A17'\n"
                                       "fig, ax = plt.subplots(figsize=(8, 4.5), facecolor=bg)\n"
                                       "sns.histplot(x=[1, 2, 2, 3, 3, 3, 4], ax=ax, color='#009E73')\n"
                                       "fig.savefig(f'plot-{theme}.png', dpi=100, facecolor=bg)\n");
    RunRequest r = request(script);
    r.libraryId = u"seaborn"_s;
    r.theme = u"dark"_s;
    const RunResult result = ImplementationRunner::runBlocking(r);
    QVERIFY2(result.succeeded(), qPrintable(result.message + u'\n' + QString::fromUtf8(result.standardError)));
    QCOMPARE(result.outputs.value(0).name, u"plot-dark.png"_s);
    QCOMPARE(result.outputs.value(0).image.size(), QSize(800, 450));
    QCOMPARE(result.outputs.value(0).image.pixelColor(2, 2), QColor(0x1A, 0x1A, 0x17));
}

void TestImplementationRunner::scriptSeesNoSecrets()
{
    qputenv("GITHUB_TOKEN", "ghp_secret");
    qputenv("PGPASSWORD", "hunter2");
    qputenv("PGHOST", "db.example");
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"matplotlib.py"_s,
                                       "import os\nfor k in sorted(os.environ): print(k + '=' + os.environ[k])\n");
    const RunResult result = ImplementationRunner::runBlocking(request(script));
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    const QString out = QString::fromUtf8(result.standardOutput);
    QVERIFY(!out.contains(u"ghp_secret"_s));
    QVERIFY(!out.contains(u"hunter2"_s));
    QVERIFY(!out.contains(u"PGHOST"_s));
    QVERIFY(out.contains(u"ANYPLOT_THEME=light"_s));
    QVERIFY(result.message.contains(u"no plot"_s));
}

void TestImplementationRunner::hangingScriptIsStopped()
{
    QTemporaryDir dir;
    // Its child sleeps too: the whole process group goes.
    const QString script = writeScript(dir, u"matplotlib.py"_s,
                                       "import subprocess, time\nsubprocess.Popen(['sleep', '300'])\ntime.sleep(300)\n");
    QElapsedTimer timer;
    timer.start();
    const RunResult result = ImplementationRunner::runBlocking(request(script, 1500));
    QCOMPARE(result.status, RunResult::Status::TimedOut);
    QVERIFY(result.message.contains(u"did not finish in time"_s));
    QVERIFY(timer.elapsed() < 30000);
}

void TestImplementationRunner::floodingScriptIsStopped()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"matplotlib.py"_s, "import sys\nwhile True: sys.stdout.write('x' * 4096)\n");
    const RunResult result = ImplementationRunner::runBlocking(request(script, 60000));
    QCOMPARE(result.status, RunResult::Status::OutputTooLarge);
    QVERIFY(result.outputTruncated);
    QVERIFY(result.standardOutput.size() <= 64 * 1024);
}

namespace {
// Skips the bubblewrap rows on machines where it cannot run, saying why.
#define SKIP_WITHOUT_BUBBLEWRAP(layer)                                                                                 \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if ((layer) == u"bubblewrap"_s && !RunSandbox::bubblewrapWorks(&why))                                          \
            QSKIP(qPrintable(u"bubblewrap cannot run here: "_s + why));                                                \
    } while (false)
} // namespace

void TestImplementationRunner::confined_data()
{
    QTest::addColumn<QString>("layer"); // bubblewrap (with the audit hook) or the audit hook alone
    QTest::addColumn<QString>("kind");  // what the script tries
    for (const QString &layer : {u"bubblewrap"_s, u"audit"_s})
        for (const QString &kind : {u"relative"_s, u"absolute"_s, u"rename"_s, u"mkdir"_s, u"network"_s, u"legit"_s})
            QTest::newRow(qPrintable(layer + u", "_s + kind)) << layer << kind;
}

// A script writing outside its folder, or reaching for the network, is stopped at its first
// attempt and reported with the path; nothing lands there. A legit one still draws.
void TestImplementationRunner::confined()
{
    QFETCH(QString, layer);
    QFETCH(QString, kind);
    SKIP_WITHOUT_BUBBLEWRAP(layer);
    QTemporaryDir dir;
    QTemporaryDir elsewhere; // another temporary folder, as a target
    const QString target = QFileInfo(elsewhere.path()).canonicalFilePath() + u"/target.txt"_s;
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray code;
    QString expected;
    if (kind == u"relative"_s) {
        code = "open('../escape.txt', 'w').write('x')\n";
        expected = u"../escape.txt"_s;
    } else if (kind == u"absolute"_s) {
        code = "open('" + target.toUtf8() + "', 'a').write('x')\n";
        expected = target;
    } else if (kind == u"rename"_s) {
        code = "import os\nopen('data.txt', 'w').write('x')\nos.rename('data.txt', '" + target.toUtf8() + "')\n";
        expected = target;
    } else if (kind == u"mkdir"_s) {
        code = "import os\nos.makedirs('" + target.toUtf8() + "/deeper')\n";
        expected = target;
    } else if (kind == u"network"_s) {
        code = "import socket\nsocket.create_connection(('127.0.0.1', " + QByteArray::number(server.serverPort())
            + "), timeout=5).sendall(b'hello')\n";
    } else {
        code = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(4, 3))\nax.plot([1, 3, 2])\n"
               "fig.savefig('plot.png', dpi=50)\nopen('notes.txt', 'w').write('inside is fine')\n"
               "import tempfile\ntempfile.NamedTemporaryFile().write(b'so is TMPDIR')\n";
    }
    // Whatever it tried, the script would go on to draw: a stopped script draws nothing.
    if (kind != u"legit"_s)
        code += "open('plot.html', 'w').write('<html></html>')\n";
    const QString script = writeScript(dir, u"matplotlib.py"_s, code);
    RunRequest r = request(script);
    r.forceAuditHook = layer == u"audit"_s;
    const RunResult result = ImplementationRunner::runBlocking(r);
    const QString why = result.message + u'\n' + QString::fromUtf8(result.standardError);
    QVERIFY2(result.sandbox.contains(layer == u"audit"_s ? u"audit hook only"_s : u"bubblewrap"_s), qPrintable(result.sandbox));
    if (kind == u"legit"_s) {
        QVERIFY2(result.succeeded(), qPrintable(why));
        QCOMPARE(result.outputs.value(0).name, u"plot.png"_s);
        QCOMPARE(result.outputs.value(0).image.size(), QSize(200, 150));
        QVERIFY(result.outsideWrites.isEmpty());
        QVERIFY(result.networkAttempts.isEmpty());
        return;
    }
    QVERIFY(result.outputs.isEmpty()); // stopped before plot.html
    if (kind == u"network"_s) {
        QCOMPARE(result.status, RunResult::Status::ReachedForNetwork);
        QCOMPARE(result.networkAttempts, QStringList{u"127.0.0.1:%1"_s.arg(server.serverPort())});
        QVERIFY2(result.message.contains(u"tried to reach the network"_s), qPrintable(result.message));
        QVERIFY(!server.waitForNewConnection(200));
        return;
    }
    QCOMPARE(result.status, RunResult::Status::WroteOutsideFolder);
    QCOMPARE(RunResult::statusKey(result.status), u"wrote_outside_folder"_s);
    // makedirs starts at the first missing parent: under bubblewrap's private /tmp that is the
    // other temporary folder itself.
    QCOMPARE(result.outsideWrites.size(), 1);
    if (kind == u"mkdir"_s)
        QVERIFY2(expected.startsWith(result.outsideWrites[0]), qPrintable(result.outsideWrites[0]));
    else
        QCOMPARE(result.outsideWrites[0], expected);
    QVERIFY2(result.message.contains(u"tried to write outside its folder, to "_s + result.outsideWrites[0]),
             qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    // Nothing escaped next to the original either.
    QVERIFY(!QFileInfo::exists(dir.path() + u"/plots/hostile/implementations/escape.txt"_s));
    // Its traceback is shown, the sandbox's marker line is not.
    QVERIFY2(result.standardError.contains("PermissionError"), qPrintable(why));
    QVERIFY(!result.standardError.contains("plotbench-sandbox:"));
}

// Child processes and native code escape an audit hook; bubblewrap's read-only system stops
// them and Python's "Read-only file system" error names the path.
void TestImplementationRunner::systemLayerCatchesChildren()
{
    SKIP_WITHOUT_BUBBLEWRAP(u"bubblewrap"_s);
    // Outside /tmp: the sandbox's /tmp is private, so a /tmp path would just not exist there.
    const QString target = u"/var/tmp/plotbench-escape-%1.txt"_s.arg(QCoreApplication::applicationPid());
    QFile::remove(target);
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"matplotlib.py"_s,
                                       "import subprocess, sys\nsubprocess.run([sys.executable, '-c', \"open('"
                                           + target.toUtf8() + "', 'w').write('x')\"], check=True)\n");
    const RunResult result = ImplementationRunner::runBlocking(request(script));
    const bool escaped = QFile::remove(target);
    QVERIFY(!escaped);
    QCOMPARE(result.status, RunResult::Status::WroteOutsideFolder);
    QCOMPARE(result.outsideWrites, QStringList{target});
}

void TestImplementationRunner::sandboxChoice()
{
    QString why;
    const bool works = RunSandbox::bubblewrapWorks(&why);
    QCOMPARE(why.isEmpty(), works);
    QCOMPARE(RunSandbox::choose(false), works ? RunSandbox::Mode::Bubblewrap : RunSandbox::Mode::AuditHook);
    QCOMPARE(RunSandbox::choose(true), RunSandbox::Mode::AuditHook);
    qputenv("PLOTBENCH_SANDBOX", "audit");
    QCOMPARE(RunSandbox::choose(false), RunSandbox::Mode::AuditHook);
    qunsetenv("PLOTBENCH_SANDBOX");

    // Marker lines: any path, quotes and newlines included, text printed before it kept.
    RunSandbox::Attempt attempt;
    QByteArray before;
    QVERIFY(RunSandbox::parseMarker("partial plotbench-sandbox: denied-write \"/a \\\"b\\\"\\nc\"\n", &attempt, &before));
    QCOMPARE(attempt.kind, RunSandbox::Attempt::Kind::Write);
    QCOMPARE(attempt.target, u"/a \"b\"\nc"_s);
    QCOMPARE(before, QByteArray("partial "));
    QVERIFY(RunSandbox::parseMarker("plotbench-sandbox: denied-connect \"10.0.0.1:80\"\n", &attempt, nullptr));
    QCOMPARE(attempt.kind, RunSandbox::Attempt::Kind::Connect);
    QVERIFY(!RunSandbox::parseMarker("plotbench-sandbox: something-else \"x\"\n", &attempt, nullptr));
    QVERIFY(!RunSandbox::parseMarker("plotbench-sandbox: denied-write not-json\n", &attempt, nullptr));
    QVERIFY(!RunSandbox::parseMarker("an ordinary line\n", &attempt, nullptr));
}

void TestImplementationRunner::failingScriptSaysWhy()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"matplotlib.py"_s, "raise ValueError('no data for you')\n");
    const RunResult result = ImplementationRunner::runBlocking(request(script));
    QCOMPARE(result.status, RunResult::Status::Failed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.message.contains(u"ValueError: no data for you"_s), qPrintable(result.message));
}

void TestImplementationRunner::pythonOrLibraryMissing()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"nosuchlib.py"_s, "print('hi')\n");
    RunRequest noPython = request(script);
    noPython.python = u"python3-that-is-not-installed"_s;
    const RunResult a = ImplementationRunner::runBlocking(noPython);
    QCOMPARE(a.status, RunResult::Status::PythonMissing);
    QVERIFY(a.message.contains(u"Python 3 is not installed"_s));

    RunRequest noLibrary = request(script);
    noLibrary.libraryId = u"nosuchlib"_s;
    const RunResult b = ImplementationRunner::runBlocking(noLibrary);
    QCOMPARE(b.status, RunResult::Status::LibraryMissing);
    QVERIFY2(b.message.contains(u"No Python here has nosuchlib"_s), qPrintable(b.message));

    const RunResult c = ImplementationRunner::runBlocking(request(dir.path() + u"/missing.py"_s));
    QCOMPARE(c.status, RunResult::Status::CouldNotStart);
}

void TestImplementationRunner::cancel()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir, u"matplotlib.py"_s, "import time\ntime.sleep(300)\n");
    const ImplementationRunner::RunHandle handle = ImplementationRunner::runAsync(request(script));
    QTest::qWait(2500); // past the library probe
    handle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(handle.future.isFinished(), 20000);
    QCOMPARE(handle.future.result().status, RunResult::Status::Canceled);
}

QTEST_GUILESS_MAIN(TestImplementationRunner)
#include "tst_implementationrunner.moc"
