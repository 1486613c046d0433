#include "apiclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
bool isConnectionProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// `retry-after`: delta-seconds or an HTTP date. -1 when absent or unreadable.
qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("retry-after").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QString statusText(int status, const QNetworkReply *reply)
{
    const QString reason = QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    return reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
}
} // namespace

QString ApiError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Http: return u"http"_s;
    case Kind::CdnBlocked: return u"cdn_blocked"_s;
    case Kind::InvalidJson: return u"invalid_json"_s;
    case Kind::Truncated: return u"truncated"_s;
    case Kind::TooLarge: return u"too_large"_s;
    case Kind::TooManyRedirects: return u"too_many_redirects"_s;
    case Kind::Canceled: return u"canceled"_s;
    }
    return u"unknown"_s;
}

ApiClient::ApiClient(ApiClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(this)
{
    // Redirects are followed only when they stay as safe (https → http is refused), and only a
    // few times: a redirect loop ends as an error, not as a hang.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    QString base = m_options.baseUrl.toString(QUrl::StripTrailingSlash);
    return QUrl(base + pathAndQuery);
}

void ApiClient::get(const QString &pathAndQuery, Handler handler)
{
    m_queue.enqueue(Job{pathAndQuery, std::move(handler), 0});
    pump();
}

bool ApiClient::isIdle() const
{
    return m_queue.isEmpty() && m_running.isEmpty() && m_waiting.empty();
}

void ApiClient::pump()
{
    while (!m_canceling && !m_queue.isEmpty() && m_running.size() < m_options.maxInFlight)
        start(m_queue.dequeue());
    checkIdle();
}

void ApiClient::checkIdle()
{
    if (isIdle())
        Q_EMIT becameIdle();
}

void ApiClient::start(Job job)
{
    ++job.attempt;
    ++m_counters.requests;
    QNetworkRequest request(urlFor(job.path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Plotbench/" + QCoreApplication::applicationVersion().toUtf8()));
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    // Answers are small and fresh data is the point of a sync: no HTTP cache between us and the API.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network.get(request);
    m_running.append(reply);
    m_counters.peakInFlight = std::max(m_counters.peakInFlight, int(m_running.size()));

    // The transfer timeout restarts with every byte: a slow but steady body is fine, silence is not.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_options.transferTimeoutMs);
    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply, timer, tooLarge](qint64 received, qint64 total) {
        timer->start();
        if (received > m_options.maxBodyBytes || total > m_options.maxBodyBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, timedOut, tooLarge]() mutable {
        onFinished(reply, std::move(job), *timedOut, *tooLarge);
    });
    timer->start();
}

int ApiClient::backoffMs(int attempt) const
{
    // attempt 1 failed → initial, 2 → 2×initial, … with ±25 % jitter so parallel retries spread out.
    const double base = double(m_options.initialBackoffMs) * double(1LL << std::min(attempt - 1, 20));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(std::min(double(m_options.maxBackoffMs), base * jitter));
}

void ApiClient::onFinished(QNetworkReply *reply, Job job, bool timedOut, bool tooLarge)
{
    m_running.removeOne(reply);
    reply->deleteLater();

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_counters.bytes += body.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString where = job.path;

    ApiReply result;
    result.path = job.path;
    result.httpStatus = status;
    result.bytes = body.size();
    result.attempts = job.attempt;
    bool retryable = false;
    qint64 delayMs = -1;

    // The length the server announced, before QNAM inflated a gzip body.
    qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
        ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : -1;
    if (const QVariant original = reply->attribute(QNetworkRequest::OriginalContentLengthAttribute); original.isValid())
        announced = original.toLongLong();
    const bool compressed = reply->rawHeader("content-encoding").toLower().contains("gzip");
    const bool shortBody = !compressed && announced >= 0 && body.size() < announced;

    auto fail = [&](ApiError::Kind kind, QString message) {
        result.error.kind = kind;
        result.error.httpStatus = status;
        result.error.message = std::move(message);
    };

    if (m_canceling || reply->property("plotbenchCanceled").toBool()) {
        fail(ApiError::Kind::Canceled, tr("GET %1 was canceled").arg(where));
    } else if (timedOut) {
        fail(ApiError::Kind::Timeout, tr("GET %1: the server sent nothing for %2 s")
                                          .arg(where).arg(double(m_options.transferTimeoutMs) / 1000.0, 0, 'g', 3));
        retryable = true;
    } else if (tooLarge) {
        fail(ApiError::Kind::TooLarge, tr("GET %1: the answer is larger than %2 MB; refused")
                                           .arg(where).arg(m_options.maxBodyBytes >> 20));
    } else if (networkError == QNetworkReply::TooManyRedirectsError || networkError == QNetworkReply::InsecureRedirectError) {
        fail(ApiError::Kind::TooManyRedirects,
             networkError == QNetworkReply::TooManyRedirectsError
                 ? tr("GET %1: more than %2 redirects (a redirect loop?)").arg(where).arg(m_options.maxRedirects)
                 : tr("GET %1: redirected from https to http; refused").arg(where));
    } else if (status >= 400) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
        const bool html = type.contains(u"html"_s) || body.trimmed().startsWith('<');
        if (status == 403 && html) {
            fail(ApiError::Kind::CdnBlocked,
                 tr("GET %1: HTTP 403 with an HTML page: a CDN or proxy in front of the API refused the request; "
                    "try again later or check the URL").arg(where));
        } else {
            const QString detail = errorBodyText(body);
            fail(ApiError::Kind::Http, detail.isEmpty() ? tr("GET %1: HTTP %2").arg(where, statusText(status, reply))
                                                        : tr("GET %1: HTTP %2: %3").arg(where, statusText(status, reply), detail));
            retryable = status == 429 || status >= 500;
            if (retryable)
                delayMs = retryAfterMs(reply);
        }
    } else if (networkError != QNetworkReply::NoError) {
        if (status >= 200 && (shortBody || networkError == QNetworkReply::RemoteHostClosedError)) {
            fail(ApiError::Kind::Truncated, announced >= 0
                     ? tr("GET %1: the answer was cut off after %2 of %3 bytes").arg(where).arg(body.size()).arg(announced)
                     : tr("GET %1: the connection closed before the answer was complete").arg(where));
        } else {
            fail(ApiError::Kind::Network, tr("GET %1: %2").arg(where, reply->errorString()));
        }
        retryable = isConnectionProblem(networkError);
    } else if (shortBody) {
        fail(ApiError::Kind::Truncated,
             tr("GET %1: the answer was cut off after %2 of %3 bytes").arg(where).arg(body.size()).arg(announced));
        retryable = true;
    } else {
        QJsonParseError parseError;
        result.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // A body that simply stops is a transfer problem, worth another try; garbage is not.
            const bool endedEarly = parseError.offset >= body.size() - 1
                && (parseError.error == QJsonParseError::UnterminatedObject
                    || parseError.error == QJsonParseError::UnterminatedArray
                    || parseError.error == QJsonParseError::UnterminatedString
                    || parseError.error == QJsonParseError::IllegalValue);
            if (body.isEmpty())
                fail(ApiError::Kind::InvalidJson, tr("GET %1: the answer is empty, not JSON").arg(where));
            else if (endedEarly)
                fail(ApiError::Kind::Truncated, tr("GET %1: the answer was cut off in the middle of its JSON (%2 bytes)")
                                                    .arg(where).arg(body.size()));
            else
                fail(ApiError::Kind::InvalidJson, tr("GET %1: the answer is not valid JSON (%2 at byte %3)")
                                                      .arg(where, parseError.errorString()).arg(parseError.offset));
            retryable = endedEarly;
            result.json = {};
        }
    }

    if (retryable && job.attempt < m_options.maxAttempts) {
        if (delayMs > m_options.maxRetryAfterMs) {
            result.error.message += u"; "_s + tr("the server asks to wait %n s, longer than we wait", nullptr,
                                                 int(delayMs / 1000));
        } else {
            retryLater(std::move(job), delayMs >= 0 ? int(delayMs) : backoffMs(job.attempt));
            pump();
            return;
        }
    } else if (retryable && job.attempt > 1) {
        result.error.message += u" "_s + tr("(after %n attempt(s))", nullptr, job.attempt);
    }
    complete(job, std::move(result));
    pump();
}

void ApiClient::retryLater(Job job, int delayMs)
{
    ++m_counters.retries;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waiting.emplace_back(timer, std::move(job));
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const auto it = std::find_if(m_waiting.begin(), m_waiting.end(), [timer](const auto &w) { return w.first == timer; });
        if (it == m_waiting.end())
            return;
        Job waiting = std::move(it->second);
        m_waiting.erase(it);
        timer->deleteLater();
        // Retries go to the front: they are older than anything queued.
        m_queue.prepend(std::move(waiting));
        pump();
    });
    timer->start(delayMs);
}

void ApiClient::complete(Job &job, ApiReply reply)
{
    if (job.handler) {
        const Handler handler = std::move(job.handler);
        handler(reply);
    }
}

void ApiClient::cancelAll()
{
    if (m_canceling)
        return;
    m_canceling = true;
    const auto canceled = [](const QString &path) {
        ApiReply reply;
        reply.path = path;
        reply.error = {ApiError::Kind::Canceled, 0, tr("GET %1 was canceled").arg(path)};
        return reply;
    };
    auto waiting = std::exchange(m_waiting, {});
    for (auto &[timer, job] : waiting) {
        timer->stop();
        timer->deleteLater();
        complete(job, canceled(job.path));
    }
    QQueue<Job> queued = std::exchange(m_queue, {});
    for (Job &job : queued)
        complete(job, canceled(job.path));
    const QList<QNetworkReply *> running = m_running;
    for (QNetworkReply *reply : running) {
        reply->setProperty("plotbenchCanceled", true); // its finished() may come later
        reply->abort();
    }
    m_canceling = false;
    checkIdle();
}

void ApiClient::waitForIdle(const std::function<bool()> &isCanceled)
{
    if (isIdle())
        return;
    QEventLoop loop;
    connect(this, &ApiClient::becameIdle, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [this, &isCanceled] {
        if (isCanceled && isCanceled())
            cancelAll();
    });
    poll.start();
    if (!isIdle())
        loop.exec();
}

QString ApiClient::errorBodyText(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    if (const QJsonValue message = object.value(u"message"_s); message.isString())
        return message.toString().left(300);
    const QJsonValue detail = object.value(u"detail"_s);
    if (detail.isString())
        return detail.toString().left(300);
    if (detail.isArray()) {
        // FastAPI validation errors: [{loc: [...], msg, type}]
        QStringList parts;
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject error = item.toObject();
            QStringList location;
            for (const QJsonValue &part : error.value(u"loc"_s).toArray())
                location.append(part.isString() ? part.toString() : QString::number(part.toInt()));
            const QString msg = error.value(u"msg"_s).toString();
            parts.append(location.isEmpty() ? msg : location.join(u'.') + u": "_s + msg);
            if (parts.size() == 3)
                break;
        }
        return parts.join(u"; "_s).left(300);
    }
    return {};
}
