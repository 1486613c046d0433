// `plotbench github issues` end to end: the built binary against the fake GitHub on 127.0.0.1.
#include "fakegithub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_cliSECRETtoken42";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestGitHubCli : public QObject
{
    Q_OBJECT

    FakeGitHub m_server;
    QTemporaryDir m_cache;

    // The event loop keeps running while the binary works: the fake server answers from it.
    Run plotbench(const QStringList &arguments, const QByteArray &withToken = token)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_cache.path());
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        if (withToken.isEmpty())
            env.remove(u"GITHUB_TOKEN"_s);
        else
            env.insert(u"GITHUB_TOKEN"_s, QString::fromLatin1(withToken));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLOTBENCH_EXECUTABLE),
                      QStringList{u"github"_s, u"issues"_s, u"--api-url"_s, m_server.url().toString()} + arguments);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            qFatal("plotbench did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.addToken(token, u"maintainer"_s);
        m_server.start();
        m_server.addLifecycleIssues(repoName, 250);
        m_server.addIssue(repoName, u"Labels: ünïcode / 🚀"_s, {u"needs review / 🚀"_s});
    }

    void jsonListsEveryPage()
    {
        const Run run = plotbench({u"--state"_s, u"all"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value("count"_L1).toInt(), 251);
        QCOMPARE(object.value("requests"_L1).toInt(), 3);
        QCOMPARE(object.value("repository"_L1).toString(), repoName);
        QVERIFY(object.value("authenticated"_L1).toBool());
        QCOMPARE(object.value("rate_limit"_L1).toObject().value("limit"_L1).toInt(), 5000);
        const QJsonObject first = object.value("issues"_L1).toArray().first().toObject();
        QCOMPARE(first.value("number"_L1).toInt(), 251);
        QCOMPARE(first.value("labels"_L1).toArray().first().toString(), u"needs review / 🚀"_s);
        const QJsonObject second = object.value("issues"_L1).toArray().at(1).toObject();
        QCOMPARE(second.value("spec_id"_L1).toString(), u"plot-249"_s);
        QCOMPARE(second.value("lifecycle"_L1).toObject().value("stage"_L1).toString(), u"spec-request"_s);
        QCOMPARE(second.value("lifecycle"_L1).toObject().value("libraries"_L1).toObject().size(), 3);
        QVERIFY(!run.out.contains(token) && !run.err.contains(token));
    }

    void repeatedRunIsAnsweredFromTheEtagCache()
    {
        plotbench({u"--json"_s, u"--state"_s, u"closed"_s});
        const int before = m_server.quota(token).remaining;
        const Run run = plotbench({u"--json"_s, u"--state"_s, u"closed"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value("not_modified"_L1).toInt(), object.value("requests"_L1).toInt());
        QCOMPARE(m_server.quota(token).remaining, before);
    }

    void filtersByLabelsAndState_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("count");
        QTest::newRow("open default") << QStringList{} << 215;
        QTest::newRow("closed") << QStringList{u"--state"_s, u"closed"_s} << 36;
        QTest::newRow("label") << QStringList{u"--state"_s, u"all"_s, u"--label"_s, u"approved"_s} << 83;
        QTest::newRow("two labels") << QStringList{u"--state"_s, u"all"_s, u"--label"_s, u"approved"_s, u"--label"_s,
                                                   u"impl:seaborn:done"_s} << 28;
        QTest::newRow("unusual label") << QStringList{u"--label"_s, u"needs review / 🚀"_s} << 1;
    }
    void filtersByLabelsAndState()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, count);
        const Run run = plotbench(arguments + QStringList{u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("count"_L1).toInt(), count);
    }

    void textOutputShowsLifecycle()
    {
        const Run run = plotbench({u"--label"_s, u"spec-ready"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"spec-ready · "_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"GitHub requests left"_s));
    }

    void failuresExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("withToken");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing repository") << QStringList{u"--repo"_s, u"nobody/nothing"_s} << token << u"nobody/nothing"_s;
        QTest::newRow("bad token") << QStringList{} << QByteArray("ghp_revoked") << u"sign in again"_s;
        QTest::newRow("malformed repo") << QStringList{u"--repo"_s, u"x"_s} << token << u"OWNER/NAME"_s;
        QTest::newRow("bad state") << QStringList{u"--state"_s, u"maybe"_s} << token << u"--state"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << token << u"frobnicate"_s;
    }
    void failuresExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, withToken);
        QFETCH(QString, reason);
        const Run run = plotbench(arguments, withToken);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.contains(reason), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 0);
        QVERIFY(!run.err.contains(withToken));
    }

    void anonymousSaysSoAndStillReads()
    {
        const Run run = plotbench({u"--json"_s}, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("60 requests per hour"));
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!object.value("authenticated"_L1).toBool());
        QCOMPARE(object.value("rate_limit"_L1).toObject().value("limit"_L1).toInt(), 60);
    }

    void helpExitsZero()
    {
        const Run run = plotbench({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--api-url"));
    }
};

QTEST_GUILESS_MAIN(TestGitHubCli)
#include "tst_githubcli.moc"
