// The client against recorded real GitHub traffic: @octokit/fixtures-server replays GitHub's own
// responses (pagination through `link` headers, label changes, issue creation) on 127.0.0.1.
// packaging/test.sh installs it with npm into build/npm. Without it the test skips locally and
// fails under CI=true.
#include "githubclient.h"
#include "githubtestsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The token the fixtures were recorded with (a placeholder, not a secret).
const QString fixtureToken = u"0000000000000000000000000000000000000001"_s;
} // namespace

class TestOctokitFixtures : public QObject
{
    Q_OBJECT

    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QTemporaryDir m_cache;

    // Loads a scenario; returns the base URL to use as the API.
    QUrl loadScenario(const QString &scenario)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/fixtures"_s.arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject{{u"scenario"_s, scenario}}).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return QUrl(answer.value("url"_L1).toString());
    }

    std::unique_ptr<GitHubClient> client(const QUrl &url, const QString &repository, int perPage = 100)
    {
        GitHubClient::Options options;
        options.apiUrl = url;
        options.cacheDirectory = m_cache.path();
        options.perPage = perPage;
        options.timeoutMs = 10000;
        // A recording is replayed in order and crashes the replay server when its last two
        // answers overlap: follow the recorded `next` links one by one, as the recording did.
        options.parallelPages = false;
        auto result = std::make_unique<GitHubClient>(options);
        result->setRepository(GitHubRepository::parse(repository));
        result->setToken(fixtureToken);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString npmDir = QStringLiteral(PLOTBENCH_NPM_DIR);
        const QString package = npmDir + u"/node_modules/@octokit/fixtures-server/package.json"_s;
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const bool ci = qEnvironmentVariable("CI") == u"true"_s;
        if (node.isEmpty() || !QFileInfo::exists(package)) {
            const QByteArray why = "@octokit/fixtures-server is not installed in " + npmDir.toUtf8()
                + " (packaging/test.sh installs it with npm)";
            if (ci)
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.setWorkingDirectory(npmDir);
        m_server.start(node, {npmDir + u"/octokitfixtures.mjs"_s, QString::number(m_port)});
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        const bool up = QTest::qWaitFor([this] {
            QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/ping"_s.arg(m_port))));
            const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 2000);
            const bool ok = finished && reply->error() == QNetworkReply::NoError;
            reply->deleteLater();
            return ok || m_server.state() == QProcess::NotRunning;
        }, 30000);
        QVERIFY2(up && m_server.state() == QProcess::Running, "the fixtures server did not start");
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000))
                m_server.kill();
        }
    }

    void paginatesRecordedIssues()
    {
        const QUrl url = loadScenario(u"paginate-issues"_s);
        QVERIFY(url.isValid() && url.host() == u"127.0.0.1"_s);
        // Recorded with per_page=3: 13 issues on five pages, the first naming the last.
        auto github = client(url, u"octokit-fixture-org/paginate-issues"_s, 3);
        const auto result = awaitResult(github->listIssues({QString(), {}, true}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.requests, 5);
        QCOMPARE(result.value.issues.size(), 13);
        for (int i = 0; i < 13; ++i)
            QCOMPARE(result.value.issues.at(i).number, 13 - i);
        QVERIFY(!result.value.issues.first().title.isEmpty());
        QVERIFY(result.value.issues.first().createdAt.isValid());
        QVERIFY(!result.value.issues.first().author.isEmpty());
        // The scenario is consumed: a repeat is refused, and reported as an error, not a crash.
        const auto again = awaitResult(github->listIssues({QString(), {}, true}));
        QVERIFY(!again.ok());
    }

    void createsAnIssueAndAddsLabels()
    {
        const QUrl url = loadScenario(u"add-labels-to-issue"_s);
        QVERIFY(url.isValid());
        auto github = client(url, u"octokit-fixture-org/add-labels-to-issue"_s);
        const auto created = awaitResult(github->createIssue(u"Issue without a label"_s, {}, {}));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.number, 1);
        QVERIFY(created.value.labels.isEmpty());
        const auto labels = awaitResult(github->addLabels(1, {u"Foo"_s, u"bAr"_s, u"baZ"_s}));
        QVERIFY2(labels.ok(), qPrintable(labels.error.message));
        QStringList names;
        for (const GitHubLabel &label : labels.value)
            names.append(label.name);
        QCOMPARE(names, (QStringList{u"Foo"_s, u"bAr"_s, u"baZ"_s}));
        QVERIFY(!labels.value.first().color.isEmpty());
    }

    void unrecordedRequestIsAnError()
    {
        const QUrl url = loadScenario(u"get-repository"_s);
        QVERIFY(url.isValid());
        auto github = client(url, u"octokit-fixture-org/nothing-recorded"_s);
        const auto result = awaitResult(github->listIssues());
        QCOMPARE(result.error.kind, GitHubError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOctokitFixtures)
#include "tst_octokitfixtures.moc"
