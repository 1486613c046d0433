#include "apiclient.h"
#include "fakeanyplotapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = FakeAnyplotApi::Fault;
using FaultKind = FakeAnyplotApi::FaultKind;

Q_DECLARE_METATYPE(FakeAnyplotApi::FaultKind)
Q_DECLARE_METATYPE(ApiError::Kind)

// The HTTP layer of the API sync against a fake anyplot API on 127.0.0.1: recorded shapes, every
// fault, retries with back-off, the in-flight limit, cancellation.
class TestApiClient : public QObject
{
    Q_OBJECT

    ApiClientOptions fastOptions(const FakeAnyplotApi &server) const
    {
        ApiClientOptions options;
        options.baseUrl = server.baseUrl();
        options.initialBackoffMs = 20;
        options.maxBackoffMs = 200;
        options.maxAttempts = 3;
        options.transferTimeoutMs = 2000;
        return options;
    }

    ApiReply fetch(ApiClient &client, const QString &path)
    {
        ApiReply result;
        bool called = false;
        client.get(path, [&](const ApiReply &reply) {
            result = reply;
            called = true;
        });
        client.waitForIdle({});
        if (!called)
            qWarning("handler not called for %s", qPrintable(path));
        return result;
    }

private Q_SLOTS:
    void recordedShapes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isArray");
        QTest::addColumn<QString>("key");
        QTest::newRow("specs") << u"/specs"_s << true << u"id"_s;
        QTest::newRow("plots/filter") << u"/plots/filter"_s << false << u"images"_s;
        QTest::newRow("libraries") << u"/libraries"_s << false << u"libraries"_s;
        QTest::newRow("stats (identity, < 500 bytes)") << u"/stats"_s << false << u"lines_of_code"_s;
        QTest::newRow("spec details") << u"/specs/scatter-basic"_s << false << u"implementations"_s;
    }
    void recordedShapes()
    {
        QFETCH(QString, path);
        QFETCH(bool, isArray);
        QFETCH(QString, key);
        FakeAnyplotApi server;
        ApiClient client(fastOptions(server));
        const ApiReply reply = fetch(client, path);
        QVERIFY2(reply.ok(), qPrintable(reply.error.message));
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.attempts, 1);
        QCOMPARE(reply.json.isArray(), isArray);
        const QJsonObject object = isArray ? reply.json.array().first().toObject() : reply.json.object();
        QVERIFY(object.contains(key));
        // QNAM asks for gzip and inflates it: the fake compresses from 500 bytes on, like the real API.
        QVERIFY(server.requests().constLast().acceptEncoding.contains("gzip"));
        QCOMPARE(client.counters().requests, 1);
    }

    void faults_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<int>("times");     // -1: every request
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<ApiError::Kind>("error");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("messagePart");
        // Retried, then fine.
        QTest::newRow("500 once") << FaultKind::Status << 1 << 500 << true << ApiError::Kind::None << 2 << QString();
        QTest::newRow("503 twice") << FaultKind::Status << 2 << 503 << true << ApiError::Kind::None << 3 << QString();
        QTest::newRow("reset once") << FaultKind::Reset << 1 << 0 << true << ApiError::Kind::None << 2 << QString();
        QTest::newRow("truncated once") << FaultKind::Truncated << 1 << 0 << true << ApiError::Kind::None << 2 << QString();
        QTest::newRow("429 once") << FaultKind::TooManyRequests << 1 << 0 << true << ApiError::Kind::None << 2 << QString();
        // Retried until the attempts run out.
        QTest::newRow("500 always") << FaultKind::Status << -1 << 500 << false << ApiError::Kind::Http << 3
                                    << u"HTTP 500"_s;
        QTest::newRow("503 always, detail body") << FaultKind::Status << -1 << 503 << false << ApiError::Kind::Http << 3
                                                 << u"Service temporarily unavailable"_s;
        QTest::newRow("reset always") << FaultKind::Reset << -1 << 0 << false << ApiError::Kind::Network << 3
                                      << u"attempt"_s;
        QTest::newRow("truncated always") << FaultKind::Truncated << -1 << 0 << false << ApiError::Kind::Truncated << 3
                                          << u"cut off"_s;
        // Not worth a retry.
        QTest::newRow("invalid JSON") << FaultKind::InvalidJson << -1 << 0 << false << ApiError::Kind::InvalidJson << 1
                                      << u"not valid JSON"_s;
        QTest::newRow("403 HTML page of a CDN") << FaultKind::CdnForbidden << -1 << 0 << false
                                                << ApiError::Kind::CdnBlocked << 1 << u"CDN"_s;
        QTest::newRow("redirect loop") << FaultKind::RedirectLoop << -1 << 0 << false
                                       << ApiError::Kind::TooManyRedirects << 6 << u"redirect"_s;
    }
    void faults()
    {
        QFETCH(FaultKind, kind);
        QFETCH(int, times);
        QFETCH(int, status);
        QFETCH(bool, recovers);
        QFETCH(ApiError::Kind, error);
        QFETCH(int, requests);
        QFETCH(QString, messagePart);
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = kind;
        fault.times = times;
        fault.status = status;
        fault.retryAfter = 0;
        fault.bytes = 200;
        server.addFault(u"/specs"_s, fault);
        ApiClient client(fastOptions(server));
        const ApiReply reply = fetch(client, u"/specs"_s);
        // QNAM itself re-sends a request once when a kept-alive connection closes under it (reset,
        // truncated body, redirect hops), so each
        // attempt (and each hop of a redirect loop) may reach the server twice: bounded, not exact.
        const bool closesConnection = kind == FaultKind::Reset || kind == FaultKind::Truncated || kind == FaultKind::RedirectLoop;
        const int upper = closesConnection ? 2 * requests : requests;
        const int seen = server.requestCount(u"/specs"_s);
        QVERIFY2(seen >= requests && seen <= upper, qPrintable(QString::number(seen)));
        if (!closesConnection)
            QCOMPARE(client.counters().requests, requests);
        if (recovers) {
            QVERIFY2(reply.ok(), qPrintable(reply.error.message));
            QCOMPARE(reply.json.array().size(), 312);
            QVERIFY(client.counters().retries <= requests - 1);
        } else {
            QCOMPARE(reply.error.kind, error);
            QVERIFY2(reply.error.message.contains(messagePart), qPrintable(reply.error.message));
            QVERIFY2(reply.error.message.contains(u"/specs"_s), qPrintable(reply.error.message));
        }
    }

    void retryAfterIsHonoured()
    {
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = FaultKind::TooManyRequests;
        fault.retryAfter = 1;
        server.addFault(u"/stats"_s, fault);
        ApiClient client(fastOptions(server)); // back-off alone would wait ~20 ms
        const ApiReply reply = fetch(client, u"/stats"_s);
        QVERIFY2(reply.ok(), qPrintable(reply.error.message));
        QCOMPARE(server.requests().size(), 2);
        const qint64 waited = server.requests().at(1).atMs - server.requests().at(0).atMs;
        QVERIFY2(waited >= 950, qPrintable(QString::number(waited)));
    }

    void retryAfterTooLongFails()
    {
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = FaultKind::TooManyRequests;
        fault.retryAfter = 3600;
        server.addFault(u"/stats"_s, fault);
        ApiClient client(fastOptions(server));
        const ApiReply reply = fetch(client, u"/stats"_s);
        QCOMPARE(reply.httpStatus, 429);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(reply.error.message.contains(u"wait 3600"_s), qPrintable(reply.error.message));
    }

    void backoffGrowsExponentially()
    {
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = FaultKind::Status;
        fault.status = 503;
        fault.times = -1;
        server.addFault(u"/stats"_s, fault);
        ApiClientOptions options = fastOptions(server);
        options.initialBackoffMs = 100;
        options.maxBackoffMs = 10'000;
        options.maxAttempts = 4;
        ApiClient client(options);
        fetch(client, u"/stats"_s);
        const QList<FakeAnyplotApi::Request> &log = server.requests();
        QCOMPARE(log.size(), 4);
        // 100, 200, 400 ms (±25 % jitter).
        for (int i = 1; i < 4; ++i) {
            const qint64 gap = log.at(i).atMs - log.at(i - 1).atMs;
            const qint64 nominal = 100LL << (i - 1);
            QVERIFY2(gap >= nominal * 3 / 4 - 5, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
            QVERIFY2(gap <= nominal * 5 / 4 + 150, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
        }
    }

    void timeoutEndsASilentServer()
    {
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = FaultKind::Hang;
        fault.times = -1;
        server.addFault(u"/specs"_s, fault);
        ApiClientOptions options = fastOptions(server);
        options.transferTimeoutMs = 300;
        options.maxAttempts = 2;
        ApiClient client(options);
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = fetch(client, u"/specs"_s);
        QCOMPARE(reply.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(server.requestCount(u"/specs"_s), 2);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(reply.error.message.contains(u"0.3 s"_s), qPrintable(reply.error.message));
    }

    void slowButWithinTimeout()
    {
        FakeAnyplotApi server;
        Fault fault;
        fault.kind = FaultKind::Slow;
        fault.delayMs = 400;
        server.addFault(u"/specs"_s, fault);
        ApiClient client(fastOptions(server));
        const ApiReply reply = fetch(client, u"/specs"_s);
        QVERIFY2(reply.ok(), qPrintable(reply.error.message));
        QCOMPARE(server.requestCount(u"/specs"_s), 1);
    }

    void apiErrorBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("status/message/path") << u"/specs/does-not-exist"_s << 404 << u"Spec 'does-not-exist' not found"_s;
        QTest::newRow("detail") << u"/no/such/route"_s << 404 << u"Not Found"_s;
    }
    void apiErrorBodies()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        FakeAnyplotApi server;
        ApiClient client(fastOptions(server));
        const ApiReply reply = fetch(client, path);
        QCOMPARE(reply.error.kind, ApiError::Kind::Http);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(server.requests().size(), 1); // a 404 is an answer, not a reason to retry
        QVERIFY2(reply.error.message.contains(message), qPrintable(reply.error.message));
    }

    void validationErrorList()
    {
        const QByteArray body = R"({"detail":[{"loc":["query","limit"],"msg":"ensure this value is greater than 0","type":"value_error"}]})";
        QCOMPARE(ApiClient::errorBodyText(body), u"query.limit: ensure this value is greater than 0"_s);
        QCOMPARE(ApiClient::errorBodyText("<html>"), QString());
        QCOMPARE(ApiClient::errorBodyText(R"({"detail": 12})"), QString());
    }

    void atMostSixInFlight()
    {
        FakeAnyplotApi server;
        Fault slow;
        slow.kind = FaultKind::Slow;
        slow.delayMs = 150;
        slow.times = -1;
        server.addFault(u"/specs/*"_s, slow);
        ApiClient client(fastOptions(server));
        int done = 0;
        for (int i = 0; i < 20; ++i)
            client.get(u"/specs/scatter-basic"_s, [&done](const ApiReply &reply) { done += reply.ok() ? 1 : 0; });
        client.waitForIdle({});
        QCOMPARE(done, 20);
        QCOMPARE(client.counters().peakInFlight, 6);
        QVERIFY2(server.peakOpenRequests() <= 6, qPrintable(QString::number(server.peakOpenRequests())));
        QVERIFY(server.peakOpenRequests() >= 2);
    }

    void tooLargeIsRefused()
    {
        FakeAnyplotApi server;
        ApiClientOptions options = fastOptions(server);
        options.maxBodyBytes = 10'000;
        ApiClient client(options);
        const ApiReply reply = fetch(client, u"/plots/filter"_s);
        QCOMPARE(reply.error.kind, ApiError::Kind::TooLarge);
    }

    void cancelAllReachesEveryHandler()
    {
        FakeAnyplotApi server;
        Fault hang;
        hang.kind = FaultKind::Hang;
        hang.times = -1;
        server.addFault(u"/specs/*"_s, hang);
        ApiClient client(fastOptions(server));
        int canceled = 0;
        for (int i = 0; i < 10; ++i) {
            client.get(u"/specs/x%1"_s.arg(i), [&canceled](const ApiReply &reply) {
                canceled += reply.error.kind == ApiError::Kind::Canceled ? 1 : 0;
            });
        }
        QTRY_COMPARE(server.requestCount(u"/specs/"_s), 6);
        client.cancelAll();
        QTRY_COMPARE(canceled, 10);
        QTRY_VERIFY(client.isIdle());
        QCOMPARE(server.requestCount(u"/specs/"_s), 6); // the queued four were never sent
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
