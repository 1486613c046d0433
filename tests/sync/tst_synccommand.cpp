// `plotbench sync api` end to end: the built binary against the fake anyplot API, as a script runs it.
#include "fakeanyplotapi.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // The fake server lives in this thread: wait with the event loop running, not waitForFinished().
    Run plotbench(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), arguments);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000); }();
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void syncThenResync()
    {
        FakeAnyplotApi server;
        server.keepOnly({u"acf-pacf"_s, u"bar-basic"_s, u"line-basic"_s, u"scatter-basic"_s, u"box-basic"_s});
        QTemporaryDir offline;
        const QStringList arguments{u"sync"_s, u"api"_s, u"--url"_s, server.baseUrl().toString(), u"--offline-dir"_s,
                                    offline.path(), u"--json"_s};
        Run run = plotbench(arguments);
        QCOMPARE(run.exitCode, 0);
        QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(u"specs"_s).toInt(), 5);
        QCOMPARE(summary.value(u"implementations"_s).toInt(), 45);
        QCOMPARE(summary.value(u"requests"_s).toInt(), 4 + 5);
        QCOMPARE(summary.value(u"changed_specs"_s).toInt(), 5);
        QVERIFY(summary.value(u"bytes"_s).toInteger() > 100'000);
        QVERIFY(summary.value(u"offline_copy"_s).toString().startsWith(offline.path()));
        QVERIFY2(run.err.contains("of 5 changed spec"), run.err.constData()); // progress on stderr

        server.setSpecTitle(u"box-basic"_s, u"Boxes"_s);
        run = plotbench(arguments);
        QCOMPARE(run.exitCode, 0);
        summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(u"requests"_s).toInt(), 4 + 1);
        QCOMPARE(summary.value(u"changed_specs"_s).toInt(), 1);
        QCOMPARE(summary.value(u"kept_specs"_s).toInt(), 4);

        // Text summary; the default offline folder is the user's data folder.
        run = plotbench({u"sync"_s, u"api"_s, u"--url"_s, server.baseUrl().toString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Synced 5 spec") && run.out.contains("45 implementation"), run.out.constData());
        QVERIFY2(run.out.contains(m_home.path().toUtf8()), run.out.constData());
    }

    // A sync killed halfway (SIGKILL: no clean-up of any kind) resumes: the re-run fetches only
    // the details the killed one had not staged, and says so in its JSON and on stderr.
    void killedSyncResumes()
    {
        FakeAnyplotApi server;
        FakeAnyplotApi::Fault slow;
        slow.kind = FakeAnyplotApi::FaultKind::Slow;
        slow.delayMs = 30;
        slow.times = -1;
        server.addFault(u"/specs/*"_s, slow);
        QTemporaryDir offline;
        const QStringList arguments{u"sync"_s, u"api"_s, u"--url"_s, server.baseUrl().toString(), u"--offline-dir"_s,
                                    offline.path(), u"--json"_s};
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), arguments);
        QByteArray err;
        // Progress lines "Fetched N of M changed spec(s)…" (throttled: not every N is printed).
        const auto fetched = [&err, &process] {
            err += process.readAllStandardError();
            const QRegularExpressionMatch last = QRegularExpression(u"Fetched (\\d+) of [^\\n]*\\n$"_s).match(QString::fromUtf8(err));
            return last.hasMatch() ? last.captured(1).toInt() : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fetched() >= 40, 60000);
        process.kill();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QVERIFY(server.requestCount(u"/specs/"_s) >= 40);

        QStringList staged;
        for (const QString &dir : QDir(offline.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            staged += QDir(offline.path() + u'/' + dir + u"/staging"_s).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY2(staged.size() >= 40, qPrintable(QString::number(staged.size())));

        server.clearFaults();
        server.clearRequests();
        const Run run = plotbench(arguments);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        const int specs = summary.value(u"specs"_s).toInt();
        const QJsonObject resumed = summary.value(u"resumed"_s).toObject();
        QCOMPARE(resumed.value(u"already_fetched"_s).toInt(), int(staged.size()));
        QCOMPARE(resumed.value(u"of"_s).toInt(), specs);
        QCOMPARE(summary.value(u"requests"_s).toInt() - summary.value(u"retries"_s).toInt(),
                 4 + specs - int(staged.size()));
        const QByteArray note = "resumed: " + QByteArray::number(staged.size()) + " of " + QByteArray::number(specs)
            + " already fetched";
        QVERIFY2(run.err.contains(note), run.err.constData());
    }

    void failuresExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("not a URL") << QStringList{u"--url"_s, u"ftp://x"_s} << QByteArray("not an http(s) URL");
        QTest::newRow("stray argument") << QStringList{u"extra"_s} << QByteArray("unexpected argument");
        QTest::newRow("unknown option") << QStringList{u"--nope"_s} << QByteArray("nope");
    }
    void failuresExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        const Run run = plotbench(QStringList{u"sync"_s, u"api"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void serverFaultExitsTwo()
    {
        FakeAnyplotApi server;
        FakeAnyplotApi::Fault fault;
        fault.kind = FakeAnyplotApi::FaultKind::CdnForbidden;
        fault.times = -1;
        server.addFault(u"/specs"_s, fault);
        QTemporaryDir offline;
        const Run run = plotbench({u"sync"_s, u"api"_s, u"--url"_s, server.baseUrl().toString(), u"--offline-dir"_s,
                                   offline.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("HTTP 403") && run.err.contains("CDN"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
