// The zipball download against a QHttpServer on 127.0.0.1 that plays the GitHub API and codeload.
#include "githubarchivecatalogsource.h"
#include "githubarchivedownload.h"
#include "testzipwriter.h"
#include "zipcatalogsource.h"

#include "ziparchive.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QFutureWatcher>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sha = u"663e98812274fff444cc98f588a299818d70d8c9"_s;
const QByteArray token = "ghp_test-token-never-shown";
}

// GitHub's API and codeload on one QtHttpServer that can honour `Range` (206 + Content-Range when
// `If-Range` matches its ETag) or ignore it (200, the whole archive), and cut a body off halfway.
class RangeZipServer : public QAbstractHttpServer
{
public:
    struct Served
    {
        QByteArray range, ifRange;
        int status = 0;
        qint64 bodyBytes = 0; // sent of the body
    };
    QByteArray zip;
    QByteArray etag = "\"abc123\"";
    bool supportsRange = true;
    qint64 cutAfter = -1; // the next archive body stops after this many bytes, then the connection closes
    QList<Served> served;

    quint16 start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        if (path.startsWith(u"/api/"_s)) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + QByteArray::number(m_port)
                          + "/codeload/o/r/zip/main\r\nContent-Length: 0\r\n\r\n");
            return true;
        }
        Served record{request.value("range"), request.value("if-range"), 200, 0};
        qint64 from = 0;
        if (supportsRange && record.range.startsWith("bytes=") && record.ifRange == etag) {
            from = record.range.mid(6).chopped(1).toLongLong(); // "bytes=N-"
            record.status = 206;
        }
        QByteArray body = zip.mid(from);
        QByteArray head = record.status == 206 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        head += "Content-Type: application/zip\r\nETag: " + etag + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
        if (supportsRange)
            head += "Accept-Ranges: bytes\r\n";
        if (record.status == 206)
            head += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(zip.size() - 1) + '/'
                + QByteArray::number(zip.size()) + "\r\n";
        head += "\r\n";
        const bool cut = cutAfter >= 0;
        if (cut)
            body.truncate(cutAfter);
        cutAfter = -1;
        record.bodyBytes = body.size();
        served.append(record);
        socket->write(head + body);
        if (cut) {
            socket->flush();
            socket->disconnectFromHost();
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }

private:
    quint16 m_port = 0;
};

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

    // A download cut off halfway keeps its partial file (never the target) and the next one asks
    // for the rest: 206 from a server that honours Range, 200 (from zero) from one that ignores it
    // or whose archive changed meanwhile. The result is the archive, byte for byte.
    void interruptedDownloadResumes_data()
    {
        QTest::addColumn<bool>("supportsRange");
        QTest::addColumn<bool>("changesMeanwhile");
        QTest::newRow("server honours Range") << true << false;
        QTest::newRow("server ignores Range") << false << false;
        QTest::newRow("archive changed meanwhile") << true << true;
    }
    void interruptedDownloadResumes()
    {
        QFETCH(bool, supportsRange);
        QFETCH(bool, changesMeanwhile);
        RangeZipServer server;
        server.zip = m_zip;
        server.supportsRange = supportsRange;
        const quint16 port = server.start();
        QVERIFY(port != 0);
        QTemporaryDir dir;
        GitHubArchiveDownload::Request r;
        r.apiUrl = u"http://127.0.0.1:%1/api"_s.arg(port);
        r.repository = u"o/r"_s;
        r.targetPath = dir.filePath(u"cache/o-r-main.zip"_s);
        r.transferTimeoutMs = 5000;
        QDir().mkpath(dir.filePath(u"cache"_s));
        {
            QFile previous(r.targetPath);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous archive");
        }
        const qint64 half = m_zip.size() / 2;
        server.cutAfter = half;
        QString error;
        QVERIFY(!GitHubArchiveDownload::downloadBlocking(r, &error));
        const QString part = GitHubArchiveDownload::partialPath(r.targetPath);
        QCOMPARE(QFileInfo(part).size(), half);
        QFile previous(r.targetPath);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous archive"));
        previous.close();

        QByteArray expected = m_zip;
        if (changesMeanwhile) { // another commit: other bytes, another ETag
            TestZipWriter writer(dir.filePath(u"other.zip"_s));
            writer.setComment(u"1111111111111111111111111111111111111111"_s);
            QVERIFY(writer.add(u"o-r-1111111/plots/x/specification.md"_s, "# x: X\n"));
            writer.close();
            QFile other(dir.filePath(u"other.zip"_s));
            QVERIFY(other.open(QIODevice::ReadOnly));
            expected = other.readAll() + QByteArray(4096, 'x');
            server.zip = expected;
            server.etag = "\"def456\"";
        }
        // The cut connection's client may send its request once more before it goes: let it land.
        QTest::qWait(500);
        server.served.clear();
        qint64 resumedFrom = -1, resumedTotal = -1;
        QVERIFY2(GitHubArchiveDownload::downloadBlocking(r, &error, {}, {},
                                                         [&](qint64 from, qint64 total) {
                                                             resumedFrom = from;
                                                             resumedTotal = total;
                                                         }),
                 qPrintable(error));
        QCOMPARE(server.served.size(), 1);
        QCOMPARE(server.served.first().range, "bytes=" + QByteArray::number(half) + '-');
        QCOMPARE(server.served.first().ifRange, QByteArray("\"abc123\""));
        const bool continued = supportsRange && !changesMeanwhile;
        QCOMPARE(server.served.first().status, continued ? 206 : 200);
        QCOMPARE(server.served.first().bodyBytes, continued ? m_zip.size() - half : expected.size());
        QCOMPARE(resumedFrom, continued ? half : qint64(-1));
        QCOMPARE(resumedTotal, continued ? qint64(m_zip.size()) : qint64(-1));
        QFile result(r.targetPath);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QVERIFY(result.readAll() == expected);
        QVERIFY(!QFile::exists(part));
        QVERIFY(!QFile::exists(part + u".json"_s));
        if (!changesMeanwhile) { // the commit SHA still keys the cache
            QString indexError;
            const auto index = ZipArchiveIndex::open(r.targetPath, {}, &indexError);
            QVERIFY2(index, qPrintable(indexError));
            QCOMPARE(index->commitSha(), sha);
        }
    }

    // Catalog → Sync… from a cut-off download says in its progress that it resumed.
    void catalogSourceSaysItResumed()
    {
        RangeZipServer server;
        server.zip = m_zip;
        const quint16 port = server.start();
        QTemporaryDir dir;
        GitHubArchiveDownload::Request r;
        r.apiUrl = u"http://127.0.0.1:%1/api"_s.arg(port);
        r.repository = u"o/r"_s;
        r.targetPath = dir.filePath(u"o-r-main.zip"_s);
        server.cutAfter = m_zip.size() / 3;
        QString error;
        QVERIFY(!GitHubArchiveDownload::downloadBlocking(r, &error));
        const auto source = std::make_shared<GitHubArchiveCatalogSource>(r, ZipCatalogSource::Options{false, {}, {}});
        QFutureWatcher<CatalogPtr> watcher;
        QStringList texts;
        connect(&watcher, &QFutureWatcherBase::progressTextChanged, this, [&texts](const QString &text) { texts << text; });
        watcher.setFuture(CatalogLoader::loadAsync(source));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        const CatalogPtr catalog = watcher.future().results().last();
        QVERIFY(catalog);
        QCOMPARE(catalog->specs().size(), std::size_t(42));
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [](const QString &text) { return text.contains(u"resumed:"_s) && text.contains(u"already fetched"_s); }),
                 qPrintable(texts.join(u" | "_s)));
    }

    // A partial without a validator (the server sent neither ETag nor Last-Modified) cannot be
    // continued safely: it is not kept.
    void partialWithoutValidatorIsDropped()
    {
        RangeZipServer server;
        server.zip = m_zip;
        server.etag = "W/\"weak\""; // a weak ETag cannot validate a range
        const quint16 port = server.start();
        QTemporaryDir dir;
        GitHubArchiveDownload::Request r;
        r.apiUrl = u"http://127.0.0.1:%1/api"_s.arg(port);
        r.repository = u"o/r"_s;
        r.targetPath = dir.filePath(u"o-r-main.zip"_s);
        server.cutAfter = 1000;
        QString error;
        QVERIFY(!GitHubArchiveDownload::downloadBlocking(r, &error));
        QVERIFY(!QFile::exists(GitHubArchiveDownload::partialPath(r.targetPath)));
        QTest::qWait(500);
        server.served.clear();
        QVERIFY2(GitHubArchiveDownload::downloadBlocking(r, &error), qPrintable(error));
        QVERIFY(server.served.first().range.isEmpty());
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
