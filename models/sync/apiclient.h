#pragma once

#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

class QNetworkReply;
class QTimer;

// How patient and how careful an ApiClient is. The defaults suit the real anyplot API; tests
// shrink the delays.
struct ApiClientOptions
{
    QUrl baseUrl;
    int transferTimeoutMs = 30'000; // no byte for this long: the attempt has timed out
    int maxAttempts = 5;            // first try + retries, for 5xx, 429, resets and timeouts
    int initialBackoffMs = 500;     // doubled per retry (with jitter), capped at maxBackoffMs
    int maxBackoffMs = 20'000;
    int maxRetryAfterMs = 120'000;  // a longer `retry-after` fails the request instead of waiting
    int maxInFlight = 6;
    int maxRedirects = 5;
    qint64 maxBodyBytes = 64LL * 1024 * 1024; // the real /plots/filter is 1.5 MB
};

// What went wrong with one request, after the retries.
struct ApiError
{
    enum class Kind {
        None,
        Network,          // refused, reset, DNS, TLS …
        Timeout,
        Http,             // a status ≥ 400 with the API's own error body (or none)
        CdnBlocked,       // 403 with an HTML page: a CDN in front of the API refused us
        InvalidJson,
        Truncated,        // the body ended before its announced length
        TooLarge,
        TooManyRedirects,
        Canceled,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // one translated line that names the URL path

    static QString kindKey(Kind kind); // stable, for JSON and tests
};

struct ApiReply
{
    QString path;      // as requested: "/specs/x"
    int httpStatus = 0;
    QJsonDocument json;
    qint64 bytes = 0;  // body size as received (decoded)
    int attempts = 0;
    ApiError error;
    bool ok() const { return error.kind == ApiError::Kind::None; }
};

// A small JSON-over-HTTP client for the anyplot REST API: one QNetworkAccessManager, GET only,
// gzip (QNAM negotiates and inflates it), at most maxInFlight requests at a time, retries with
// exponential back-off for 5xx, 429 (honouring `retry-after`), resets and timeouts, errors read
// from the API's `{"status","message","path"}` and `{"detail":…}` bodies.
// Lives in one thread with an event loop; handlers run in that thread.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ApiReply &)>;

    explicit ApiClient(ApiClientOptions options, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiClientOptions &options() const { return m_options; }
    QUrl urlFor(const QString &pathAndQuery) const;

    // Queues GET base + pathAndQuery; handler is called exactly once (also on cancelAll()).
    void get(const QString &pathAndQuery, Handler handler);
    // Aborts everything queued, waiting or running; their handlers see ApiError::Kind::Canceled.
    void cancelAll();
    bool isIdle() const;

    struct Counters
    {
        int requests = 0;      // HTTP requests sent, retries included
        int retries = 0;
        qint64 bytes = 0;      // body bytes received, all attempts
        int peakInFlight = 0;
    };
    const Counters &counters() const { return m_counters; }

    // Runs a local event loop until every request has finished or isCanceled() turns true (polled
    // every 50 ms; then cancelAll()). For workers that have no event loop of their own.
    void waitForIdle(const std::function<bool()> &isCanceled);

    // The API's error body as one line: `message`, or `detail` (text or validation list).
    static QString errorBodyText(const QByteArray &body);

Q_SIGNALS:
    void becameIdle();

private:
    struct Job
    {
        QString path;
        Handler handler;
        int attempt = 0;
    };
    void pump();
    void start(Job job);
    void onFinished(QNetworkReply *reply, Job job, bool timedOut, bool tooLarge);
    void retryLater(Job job, int delayMs);
    void complete(Job &job, ApiReply reply);
    int backoffMs(int attempt) const;
    void checkIdle();

    ApiClientOptions m_options;
    QNetworkAccessManager m_network;
    QQueue<Job> m_queue;
    QList<QNetworkReply *> m_running;
    std::vector<std::pair<QTimer *, Job>> m_waiting; // retries waiting for their back-off
    Counters m_counters;
    bool m_canceling = false;
};
