// `plotbench render` end to end: the built binary, without a display, writing real files.
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run plotbench(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As a script on a server runs it: no display, no platform chosen.
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), QStringList{u"render"_s} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("plotbench did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

int stderrLines(const QByteArray &err)
{
    int lines = 0;
    for (const QByteArray &line : err.split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith("QStandardPaths"))
            ++lines;
    return lines;
}
} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEachFormat_data();
    void writesEachFormat();
    void jsonReport();
    void listsImplementations();
    void failsWithOneLine_data();
    void failsWithOneLine();
};

void TestRenderCommand::writesEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QRgb>("background");
    QTest::newRow("png default canvas") << u"a.png"_s << QStringList() << QByteArray("\x89PNG") << QSize(4800, 2700)
                                        << qRgb(0xFA, 0xF8, 0xF1);
    QTest::newRow("png dark small") << u"b.png"_s << QStringList{u"--theme"_s, u"dark"_s, u"--size"_s, u"800x450"_s}
                                    << QByteArray("\x89PNG") << QSize(800, 450) << qRgb(0x1A, 0x1A, 0x17);
    QTest::newRow("svg") << u"c.svg"_s << QStringList{u"--size"_s, u"1600x900"_s} << QByteArray("<?xml") << QSize()
                         << QRgb(0);
    QTest::newRow("pdf") << u"d.pdf"_s << QStringList() << QByteArray("%PDF") << QSize() << QRgb(0);
}

void TestRenderCommand::writesEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    QFETCH(QSize, pixels);
    QFETCH(QRgb, background);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const Run run = plotbench(QStringList{u"line-basic"_s, u"-o"_s, path} + extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (pixels.isValid()) {
        const QImage image = QImage::fromData(bytes);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.pixel(2, 2), background);
        // The line is drawn in the first Okabe-Ito colour.
        bool green = false;
        for (int y = 0; y < image.height() && !green; y += 2)
            for (int x = image.width() / 2 - 4; x < image.width() / 2 + 4 && !green; ++x)
                green = image.pixel(x, y) == qRgb(0x00, 0x9E, 0x73);
        QVERIFY(green);
        if (file == u"a.png"_s)
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    }
    if (file.endsWith(u".svg"_s))
        QVERIFY(bytes.contains("line-basic"));
}

void TestRenderCommand::jsonReport()
{
    QTemporaryDir dir;
    const Run run = plotbench({u"line-basic"_s, u"--map"_s, u"y=y"_s, u"--size"_s, u"640x360"_s, u"-o"_s,
                               dir.filePath(u"x.png"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(u"spec"_s).toString(), u"line-basic"_s);
    QCOMPARE(report.value(u"data"_s).toString(), u"sample"_s);
    QCOMPARE(report.value(u"rows"_s).toInt(), 365); // line-basic's sample: one year of daily temperatures
    QCOMPARE(report.value(u"mapping"_s).toObject().value(u"x"_s).toString(), u"x"_s);
    QVERIFY(report.value(u"written"_s).toBool());
    QCOMPARE(report.value(u"size"_s).toObject().value(u"width"_s).toInt(), 640);
    QVERIFY(report.value(u"problems"_s).toArray().isEmpty());
}

void TestRenderCommand::listsImplementations()
{
    const Run run = plotbench({u"--list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray specs = QJsonDocument::fromJson(run.out).object().value(u"specs"_s).toArray();
    QVERIFY(!specs.isEmpty());
    bool found = false;
    for (const QJsonValue &spec : specs) {
        if (spec[u"spec"_s].toString() != u"line-basic"_s)
            continue;
        found = true;
        QCOMPARE(spec[u"roles"_s].toArray().at(0)[u"type"_s].toString(), u"datetime"_s);
    }
    QVERIFY(found);
}

void TestRenderCommand::failsWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown spec") << QStringList{u"no-such-spec"_s, u"-o"_s, u"x.png"_s} << u"no native implementation"_s;
    QTest::newRow("no output") << QStringList{u"line-basic"_s} << u"no output file"_s;
    QTest::newRow("bad suffix") << QStringList{u"line-basic"_s, u"-o"_s, u"x.gif"_s} << u".png, .svg or .pdf"_s;
    QTest::newRow("bad size") << QStringList{u"line-basic"_s, u"--size"_s, u"huge"_s, u"-o"_s, u"x.png"_s} << u"--size"_s;
    QTest::newRow("bad theme") << QStringList{u"line-basic"_s, u"--theme"_s, u"pink"_s, u"-o"_s, u"x.png"_s} << u"--theme"_s;
    QTest::newRow("bad dpi") << QStringList{u"line-basic"_s, u"--dpi"_s, u"0"_s, u"-o"_s, u"x.png"_s} << u"--dpi"_s;
    QTest::newRow("unknown role") << QStringList{u"line-basic"_s, u"--map"_s, u"z=y"_s, u"-o"_s, u"x.png"_s} << u"no role `z`"_s;
    QTest::newRow("unknown column") << QStringList{u"line-basic"_s, u"--map"_s, u"x=when"_s, u"-o"_s, u"x.png"_s}
                                    << u"no column `when`"_s;
    QTest::newRow("wrong type") << QStringList{u"line-basic"_s, u"--map"_s, u"x=y"_s, u"-o"_s, u"x.png"_s}
                                << u"`x` needs a date/time column; `y` holds numbers in 365 rows"_s;
    QTest::newRow("data file") << QStringList{u"line-basic"_s, u"--data"_s, u"/nonexistent/data.csv"_s, u"-o"_s, u"x.png"_s}
                               << u"/nonexistent/data.csv"_s;
    QTest::newRow("unwritable") << QStringList{u"line-basic"_s, u"-o"_s, u"/nonexistent/dir/x.png"_s} << u"cannot be written"_s;
}

void TestRenderCommand::failsWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    // Relative outputs land in the temporary folder.
    for (QString &a : arguments)
        if (a == u"x.png"_s || a == u"x.gif"_s)
            a = dir.filePath(a);
    const Run run = plotbench(arguments);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(err.contains(u"plotbench: "_s), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
    QCOMPARE(stderrLines(run.err), 1); // one line, the reason
}

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
