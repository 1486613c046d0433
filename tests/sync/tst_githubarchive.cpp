// The zipball download against a QHttpServer on 127.0.0.1 that plays the GitHub API and codeload.
#include "githubarchivecatalogsource.h"
#include "githubarchivedownload.h"
#include "testzipwriter.h"
#include "zipcatalogsource.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sha = u"663e98812274fff444cc98f588a299818d70d8c9"_s;
const QByteArray token = "ghp_test-token-never-shown";
}

class TestGitHubArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_zip;
    QList<QByteArray> m_authorizations; // what each request carried, in order
    int m_downloads = 0;

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
    {
        const auto headers = request.headers();
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    GitHubArchiveDownload::Request request(const QString &repository, const QString &target) const
    {
        GitHubArchiveDownload::Request r;
        r.apiUrl = base() + u"/api"_s;
        r.repository = repository;
        r.ref = u"main"_s;
        r.targetPath = m_dir.filePath(target);
        r.token = token;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The zipball, as GitHub builds it: one top folder named after the commit, SHA as comment.
        const QString zipPath = m_dir.filePath(u"source.zip"_s);
        {
            TestZipWriter writer(zipPath);
            writer.setComment(sha);
            QVERIFY(writer.add(u"MarkusNeusinger-anyplot-663e988/README.md"_s, "# anyplot\n"));
            QVERIFY(writer.addFolder(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s,
                                     u"MarkusNeusinger-anyplot-663e988/plots/"_s));
        }
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_zip = file.readAll();

        // API: /api/repos/{owner}/{repo}/zipball/{ref} → 302 to codeload, like GitHub.
        m_server.route(u"/api/repos/<arg>/<arg>/zipball/<arg>"_s,
                       [this](const QString &owner, const QString &repo, const QString &ref, const QHttpServerRequest &req) {
                           m_authorizations.append(header(req, "Authorization"));
                           if (owner == u"missing"_s) {
                               return QHttpServerResponse(QJsonObject{{u"message"_s, u"Not Found"_s}},
                                                          QHttpServerResponder::StatusCode::NotFound);
                           }
                           if (owner == u"loop"_s) {
                               QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
                               response.setHeader("Location", req.url().toString().toUtf8());
                               return response;
                           }
                           QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
                           // Another host name for the same server: the token must not follow.
                           response.setHeader("Location", u"http://localhost:%1/codeload/%2/%3/zip/%4"_s
                                                              .arg(m_port).arg(owner, repo, ref).toUtf8());
                           return response;
                       });
        m_server.route(u"/codeload/<arg>/<arg>/zip/<arg>"_s,
                       [this](const QString &, const QString &, const QString &, const QHttpServerRequest &req) {
                           m_authorizations.append(header(req, "Authorization"));
                           ++m_downloads;
                           return QHttpServerResponse("application/zip", m_zip);
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void downloadsAndIndexesTheZipball()
    {
        m_authorizations.clear();
        const GitHubArchiveDownload::Request r = request(u"MarkusNeusinger/anyplot"_s, u"archives/anyplot-main.zip"_s);
        QString error;
        QVERIFY2(GitHubArchiveDownload::downloadBlocking(r, &error), qPrintable(error));
        QFile saved(r.targetPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_zip);
        // The token went to the API host only, not to the redirect target.
        QCOMPARE(m_authorizations.size(), 2);
        QCOMPARE(m_authorizations[0], "Bearer " + token);
        QVERIFY(m_authorizations[1].isEmpty());

        const CatalogPtr catalog = CatalogLoader::loadBlocking(ZipCatalogSource(r.targetPath, {false, {}, {}}));
        QCOMPARE(catalog->specs().size(), std::size_t(42));
        QVERIFY(catalog->origin().displayName.endsWith(u"@ 663e988"_s));
    }

    void failuresSayWhatAndKeepThePreviousArchive_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("404 with GitHub's message") << u"missing/repo"_s << qint64(512) * 1024 * 1024 << u"404"_s;
        QTest::newRow("redirect loop") << u"loop/repo"_s << qint64(512) * 1024 * 1024 << u"too many redirects"_s;
        QTest::newRow("larger than allowed") << u"big/repo"_s << qint64(10 * 1024) << u"larger than"_s;
        QTest::newRow("malformed repository") << u"../../etc"_s << qint64(1024) << u"not a repository"_s;
    }

    void failuresSayWhatAndKeepThePreviousArchive()
    {
        QFETCH(QString, repository);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, message);
        GitHubArchiveDownload::Request r = request(repository, u"kept.zip"_s);
        r.maxBytes = maxBytes;
        {
            QFile previous(r.targetPath);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous archive");
        }
        QString error;
        QVERIFY(!GitHubArchiveDownload::downloadBlocking(r, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(QString::fromUtf8(token)), qPrintable(error));
        if (repository == u"missing/repo"_s)
            QVERIFY2(error.contains(u"Not Found"_s), qPrintable(error));
        QFile previous(r.targetPath);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous archive"));
    }

    void unreachableServer()
    {
        GitHubArchiveDownload::Request r = request(u"a/b"_s, u"never.zip"_s);
        r.apiUrl = u"http://127.0.0.1:1"_s;
        QString error;
        QVERIFY(!GitHubArchiveDownload::downloadBlocking(r, &error));
        QVERIFY2(error.contains(u"failed"_s), qPrintable(error));
        QVERIFY(!QFile::exists(r.targetPath));
    }

    void asACatalogSource()
    {
        // What Catalog → Sync… runs: download, then index in place; a failure is one error.
        const GitHubArchiveCatalogSource source(request(u"MarkusNeusinger/anyplot"_s, u"source-test.zip"_s), {false, {}, {}});
        const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
        QVERIFY(catalog);
        QCOMPARE(catalog->specs().size(), std::size_t(42));
        QCOMPARE(catalog->origin().kind, u"zip"_s);
        const GitHubArchiveCatalogSource missing(request(u"missing/repo"_s, u"missing.zip"_s), {false, {}, {}});
        const CatalogPtr failed = CatalogLoader::loadBlocking(missing);
        QVERIFY(failed && failed->specs().empty());
        QCOMPARE(failed->warnings().size(), 1);
        QVERIFY2(failed->warnings().first().message.contains(u"404"_s), qPrintable(failed->warnings().first().message));

        // Canceled before it starts: nothing is downloaded.
        QPromise<CatalogPtr> promise;
        promise.start();
        promise.future().cancel();
        const GitHubArchiveCatalogSource canceled(request(u"MarkusNeusinger/anyplot"_s, u"canceled.zip"_s), {false, {}, {}});
        QVERIFY(!canceled.load(promise));
        QVERIFY(!QFile::exists(m_dir.filePath(u"canceled.zip"_s)));
    }

    void progressIsReported()
    {
        QNetworkAccessManager network;
        GitHubArchiveDownload download(&network);
        QSignalSpy progress(&download, &GitHubArchiveDownload::progress);
        QSignalSpy finished(&download, &GitHubArchiveDownload::finished);
        download.start(request(u"MarkusNeusinger/anyplot"_s, u"progress.zip"_s));
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_zip.size()));
    }
};

QTEST_GUILESS_MAIN(TestGitHubArchive)
#include "tst_githubarchive.moc"
