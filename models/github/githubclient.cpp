#include "githubclient.h"

#include "githubetagcache.h"
#include "githublinkheader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxPages = 2000; // 200,000 items: a hostile link header cannot loop forever

// One HTTP exchange as the call-specific code sees it.
struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray link;
    bool fromCache = false;  // 304 answered from the ETag cache
    GitHubError error;
};

struct Request
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    bool write = false;
    int attempts = 0;
    std::function<void(const Response &)> done;
};

// A request body that can be read once and never rewound. Qt's HTTP layer silently re-sends a
// request whose connection closed before an answer came; for a POST that would create a second
// comment or issue. A body that cannot be reset makes that resend fail instead: the caller sees
// a network error and checks what arrived (IssueTracker does).
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // A sequential device is read when it says it has data.
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT readyRead();
            Q_EMIT readChannelFinished();
        }, Qt::QueuedConnection);
    }
    bool atEnd() const override { return m_position >= m_data.size(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_position);
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

template<typename T>
QFuture<GitHubResult<T>> failedFuture(const GitHubError &error)
{
    QPromise<GitHubResult<T>> promise;
    promise.start();
    promise.addResult(GitHubResult<T>{T{}, error});
    promise.finish();
    return promise.future();
}

template<typename T>
struct ParsedPage
{
    QList<T> items;
    bool valid = true;
};

template<typename T>
ParsedPage<T> parseArray(const QByteArray &body)
{
    ParsedPage<T> page;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        page.valid = false;
        return page;
    }
    const QJsonArray array = document.array();
    page.items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            page.items.append(T::fromJson(value.toObject()));
    }
    return page;
}

QString messageOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message = object.value("message"_L1).toString();
    const QJsonArray errors = object.value("errors"_L1).toArray();
    for (const QJsonValue &error : errors) {
        const QString text = error.isObject() ? error.toObject().value("message"_L1).toString()
                                                   + error.toObject().value("code"_L1).toString()
                                              : error.toString();
        if (!text.isEmpty())
            message += u"; "_s + text;
    }
    return message.left(500);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"http"_s ? 80 : 443) == b.port(b.scheme() == u"http"_s ? 80 : 443);
}
} // namespace

class GitHubClient::Private
{
public:
    Private(GitHubClient *owner, const Options &givenOptions)
        : q(owner)
        , options(givenOptions)
        , network(new QNetworkAccessManager(owner))
        , cache(options.persistentCache ? (options.cacheDirectory.isEmpty()
                                               ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                                     + u"/github-etags"_s
                                               : options.cacheDirectory)
                                        : QString())
    {
        options.perPage = std::clamp(options.perPage, 1, 100);
        apiUrl = options.apiUrl.isEmpty() ? GitHubClient::defaultApiUrl() : options.apiUrl;
        // The token is only ever sent to the API's own origin: no redirect to another host.
        network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        resumeTimer.setSingleShot(true);
        QObject::connect(&resumeTimer, &QTimer::timeout, owner, [this] { pump(); });
    }

    ~Private()
    {
        // Replies still running are aborted without calling back into a dying client.
        const auto running = inFlight;
        for (QNetworkReply *reply : running) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }

    QUrl url(const QString &encodedPath, const QUrlQuery &query = {}) const
    {
        QUrl result = apiUrl;
        QString base = apiUrl.path(QUrl::FullyEncoded);
        while (base.endsWith(u'/'))
            base.chop(1);
        result.setPath(base + encodedPath, QUrl::TolerantMode);
        result.setQuery(query);
        return result;
    }

    QString repositoryPath() const
    {
        return u"/repos/"_s + QString::fromLatin1(QUrl::toPercentEncoding(repository.owner)) + u'/'
            + QString::fromLatin1(QUrl::toPercentEncoding(repository.name));
    }

    void enqueue(Request request, bool front = false)
    {
        auto &queue = request.write ? writes : reads;
        if (front)
            queue.push_front(std::move(request));
        else
            queue.push_back(std::move(request));
        pump();
    }

    void pump()
    {
        if (pausedUntil.isForever() == false && !pausedUntil.hasExpired()) {
            resumeTimer.start(int(std::max<qint64>(1, pausedUntil.remainingTime())));
            return;
        }
        while (inFlight.size() < std::max(1, options.maxInFlight)) {
            if (!writeInFlight && !writes.empty()) {
                Request request = std::move(writes.front());
                writes.pop_front();
                writeInFlight = true;
                start(std::move(request));
            } else if (!reads.empty()) {
                Request request = std::move(reads.front());
                reads.pop_front();
                start(std::move(request));
            } else {
                break;
            }
        }
    }

    QString cacheKey(const QUrl &url) const { return url.toString(QUrl::FullyEncoded); }

    void start(Request request)
    {
        QNetworkRequest networkRequest(request.url);
        // The v3 media type and "token" scheme: both documented by GitHub, and what its own
        // recorded fixtures (@octokit/fixtures) expect.
        networkRequest.setRawHeader("Accept", "application/vnd.github.v3+json");
        networkRequest.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                                 QString(u"Plotbench/"_s + QCoreApplication::applicationVersion()));
        networkRequest.setTransferTimeout(options.timeoutMs);
        if (!token.isEmpty() && sameOrigin(request.url, apiUrl))
            networkRequest.setRawHeader("Authorization", "token " + token);
        const bool conditional = request.verb == "GET";
        if (conditional) {
            const GitHubEtagCache::Entry entry = cache.find(cacheKey(request.url));
            if (entry.isValid())
                networkRequest.setRawHeader("If-None-Match", entry.etag);
        }
        if (!request.body.isEmpty())
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json; charset=utf-8"_s);
        ++request.attempts;
        ++statistics.requestsSent;
        QNetworkReply *reply = nullptr;
        if (request.write) {
            networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
            networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *body = new OneShotBody(request.body, nullptr);
            reply = network->sendCustomRequest(networkRequest, request.verb, body);
            body->setParent(reply);
        } else {
            reply = network->sendCustomRequest(networkRequest, request.verb);
        }
        inFlight.append(reply);
        statistics.peakInFlight = std::max(statistics.peakInFlight, int(inFlight.size()));
        QObject::connect(reply, &QNetworkReply::finished, q,
                         [this, reply, request = std::move(request)]() mutable { finished(reply, std::move(request)); });
    }

    void updateRateLimit(QNetworkReply *reply)
    {
        if (!reply->hasRawHeader("x-ratelimit-limit"))
            return;
        GitHubRateLimit limit;
        limit.limit = reply->rawHeader("x-ratelimit-limit").toInt();
        limit.remaining = reply->rawHeader("x-ratelimit-remaining").toInt();
        limit.used = reply->hasRawHeader("x-ratelimit-used") ? reply->rawHeader("x-ratelimit-used").toInt()
                                                            : limit.limit - limit.remaining;
        limit.reset = QDateTime::fromSecsSinceEpoch(reply->rawHeader("x-ratelimit-reset").toLongLong(), Qt::UTC);
        limit.resource = QString::fromLatin1(reply->rawHeader("x-ratelimit-resource"));
        if (limit != rateLimit) {
            rateLimit = limit;
            Q_EMIT q->rateLimitChanged(rateLimit);
        }
    }

    void setAuthState(AuthState state)
    {
        if (state == authState)
            return;
        authState = state;
        Q_EMIT q->authStateChanged(state);
    }

    // Secondary limit: how long to wait, or -1 when this is not one.
    int secondaryBackoffMs(QNetworkReply *reply, int status, const QByteArray &body) const
    {
        if (status != 403 && status != 429)
            return -1;
        if (reply->hasRawHeader("retry-after")) {
            bool ok = false;
            const int seconds = reply->rawHeader("retry-after").trimmed().toInt(&ok);
            return ok && seconds >= 0 ? seconds * 1000 : options.defaultBackoffMs;
        }
        if (body.contains("secondary rate limit") || body.contains("abuse"))
            return options.defaultBackoffMs;
        return -1;
    }

    void finished(QNetworkReply *reply, Request request)
    {
        inFlight.removeOne(reply);
        reply->deleteLater();
        if (request.write)
            writeInFlight = false;

        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.link = reply->rawHeader("link");
        updateRateLimit(reply);

        if (response.status == 0) {
            response.error = {GitHubError::Kind::Network, 0,
                              reply->error() == QNetworkReply::OperationCanceledError
                                  ? GitHubClient::tr("GitHub did not answer in time; check the connection and try again.")
                                  : GitHubClient::tr("Could not reach %1 (%2); check the connection and try again.")
                                        .arg(apiUrl.host(), reply->errorString().left(200)),
                              {}};
        } else if (response.status == 304) {
            const GitHubEtagCache::Entry entry = cache.find(cacheKey(request.url));
            ++statistics.notModified;
            response.status = 200;
            response.fromCache = true;
            response.body = entry.body;
            response.link = entry.link;
        } else if (response.status >= 200 && response.status < 300) {
            if (request.verb == "GET" && reply->hasRawHeader("etag"))
                cache.insert(cacheKey(request.url), {reply->rawHeader("etag"), response.link, response.body});
        } else if (response.status == 401) {
            setAuthState(token.isEmpty() ? AuthState::Anonymous : AuthState::Rejected);
            response.error = {GitHubError::Kind::Unauthorized, 401,
                              GitHubClient::tr("GitHub rejected the token (wrong, expired or revoked): "
                                               "sign in again in Settings → GitHub."),
                              {}};
        } else if (const int backoff = secondaryBackoffMs(reply, response.status, response.body); backoff >= 0) {
            if (request.attempts <= options.maxSecondaryRetries && backoff <= options.maxBackoffMs) {
                ++statistics.secondaryBackoffs;
                pausedUntil = QDeadlineTimer(std::max(pausedUntil.remainingTime(), qint64(backoff)));
                Q_EMIT q->backingOff(backoff);
                enqueue(std::move(request), true);
                return;
            }
            response.error = {GitHubError::Kind::SecondaryRateLimited, response.status,
                              GitHubClient::tr("GitHub is limiting requests that come too fast; "
                                               "wait a minute and try again."),
                              QDateTime::currentDateTimeUtc().addMSecs(backoff)};
        } else if ((response.status == 403 || response.status == 429) && rateLimit.isExhausted()) {
            response.error = {GitHubError::Kind::RateLimited, response.status,
                              GitHubClient::tr("GitHub's limit of %1 requests per hour is used up until %2.%3")
                                  .arg(QLocale().toString(rateLimit.limit),
                                       QLocale().toString(rateLimit.reset.toLocalTime().time(), QLocale::ShortFormat),
                                       token.isEmpty() ? GitHubClient::tr(" Sign in (Settings → GitHub) for 5,000.")
                                                       : QString()),
                              rateLimit.reset};
        } else if (response.status == 403) {
            response.error = {GitHubError::Kind::Forbidden, 403,
                              GitHubClient::tr("GitHub refused this (%1): the token lacks the permission.")
                                  .arg(messageOf(response.body)),
                              {}};
        } else if (response.status == 404) {
            response.error = {GitHubError::Kind::NotFound, 404,
                              GitHubClient::tr("Not found on GitHub: the repository %1 does not exist, or it is "
                                               "private and needs a token that can read it.")
                                  .arg(repository.fullName()),
                              {}};
        } else if (response.status == 422) {
            response.error = {GitHubError::Kind::Validation, 422,
                              GitHubClient::tr("GitHub refused the change: %1").arg(messageOf(response.body)), {}};
        } else {
            response.error = {GitHubError::Kind::Server, response.status,
                              GitHubClient::tr("GitHub answered %1 %2; try again later.")
                                  .arg(response.status).arg(messageOf(response.body)),
                              {}};
        }
        if (!response.error.isError() && !token.isEmpty() && authState == AuthState::Token)
            setAuthState(AuthState::Valid);
        if (request.done)
            request.done(response);
        pump();
    }

    // One JSON object in, one value out.
    template<typename T, typename Convert>
    QFuture<GitHubResult<T>> call(QByteArray verb, const QUrl &url, const QByteArray &body, bool write, Convert convert)
    {
        auto promise = std::make_shared<QPromise<GitHubResult<T>>>();
        QFuture<GitHubResult<T>> future = promise->future();
        promise->start();
        Request request{std::move(verb), url, body, write, 0, {}};
        request.done = [promise, convert](const Response &response) {
            GitHubResult<T> result;
            result.error = response.error;
            if (!result.error.isError()) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error != QJsonParseError::NoError && !response.body.isEmpty())
                    result.error = {GitHubError::Kind::InvalidResponse, response.status,
                                    GitHubClient::tr("GitHub's answer could not be read: %1").arg(parseError.errorString()),
                                    {}};
                else
                    result.value = convert(document);
            }
            promise->addResult(result);
            promise->finish();
        };
        enqueue(std::move(request));
        return future;
    }

    // Every page of a listing; pages after the first in parallel when the first names the last.
    template<typename T>
    struct Paged
    {
        QList<T> items;
        int requests = 0;
        int notModified = 0;
    };

    template<typename T>
    struct PagedJob
    {
        QPromise<GitHubResult<Paged<T>>> promise;
        QMap<int, QList<T>> pages;
        int pending = 0;
        int requests = 0;
        int notModified = 0;
        GitHubError error;
        bool sequential = false;
    };

    template<typename T>
    void fetchPage(const std::shared_ptr<PagedJob<T>> &job, const QUrl &url, int index)
    {
        ++job->pending;
        Request request{"GET", url, {}, false, 0, {}};
        request.done = [this, job, index](const Response &response) {
            ++job->requests;
            if (response.fromCache)
                ++job->notModified;
            if (response.error.isError()) {
                if (!job->error.isError())
                    job->error = response.error;
                pageDone(job);
                return;
            }
            if (index == 1 || job->sequential)
                followLinks(job, response.link, index);
            QtConcurrent::run(&parseArray<T>, response.body)
                .then(q, [this, job, index](const ParsedPage<T> &page) {
                    if (!page.valid && !job->error.isError())
                        job->error = {GitHubError::Kind::InvalidResponse, 200,
                                      GitHubClient::tr("GitHub's answer was not a list; is %1 a GitHub API?")
                                          .arg(apiUrl.toDisplayString()),
                                      {}};
                    job->pages.insert(index, page.items);
                    pageDone(job);
                });
        };
        enqueue(std::move(request));
    }

    template<typename T>
    void followLinks(const std::shared_ptr<PagedJob<T>> &job, const QByteArray &linkHeader, int index)
    {
        const QHash<QString, QUrl> links = GitHubLinkHeader::parse(linkHeader);
        const QUrl next = links.value(u"next"_s);
        if (next.isEmpty())
            return;
        const QUrl last = links.value(u"last"_s);
        for (const QUrl &link : {next, last}) {
            if (!link.isEmpty() && !sameOrigin(link, apiUrl)) {
                job->error = {GitHubError::Kind::InvalidResponse, 200,
                              GitHubClient::tr("GitHub's next page points to another server (%1); not followed.")
                                  .arg(link.host()),
                              {}};
                return;
            }
        }
        const int lastPage = GitHubLinkHeader::pageNumber(last);
        if (options.parallelPages && index == 1 && GitHubLinkHeader::pageNumber(next) == 2 && lastPage >= 2 && lastPage <= maxPages) {
            for (int page = 2; page <= lastPage; ++page)
                fetchPage(job, GitHubLinkHeader::withPage(last, page), page);
            return;
        }
        job->sequential = true;
        if (index < maxPages)
            fetchPage(job, next, index + 1);
    }

    template<typename T>
    void pageDone(const std::shared_ptr<PagedJob<T>> &job)
    {
        if (--job->pending > 0)
            return;
        GitHubResult<Paged<T>> result;
        result.error = job->error;
        if (!result.error.isError()) {
            for (const QList<T> &page : std::as_const(job->pages))
                result.value.items.append(page);
        }
        result.value.requests = job->requests;
        result.value.notModified = job->notModified;
        job->promise.addResult(result);
        job->promise.finish();
    }

    template<typename T>
    QFuture<GitHubResult<Paged<T>>> fetchAll(const QUrl &firstPage)
    {
        auto job = std::make_shared<PagedJob<T>>();
        job->promise.start();
        QFuture<GitHubResult<Paged<T>>> future = job->promise.future();
        fetchPage(job, firstPage, 1);
        return future;
    }

    GitHubClient *q;
    Options options;
    QNetworkAccessManager *network;
    GitHubEtagCache cache;
    QUrl apiUrl;
    GitHubRepository repository = GitHubRepository::defaultCatalog();
    QByteArray token;
    AuthState authState = AuthState::Anonymous;
    GitHubRateLimit rateLimit;
    Statistics statistics;
    std::deque<Request> reads;
    std::deque<Request> writes;
    QList<QNetworkReply *> inFlight;
    bool writeInFlight = false;
    QDeadlineTimer pausedUntil{0};
    QTimer resumeTimer;
};

GitHubClient::GitHubClient(QObject *parent)
    : GitHubClient(Options{}, parent)
{
}

GitHubClient::GitHubClient(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options))
{
}

GitHubClient::~GitHubClient() = default;

QUrl GitHubClient::defaultApiUrl()
{
    return QUrl(u"https://api.github.com"_s);
}

QUrl GitHubClient::apiUrl() const
{
    return d->apiUrl;
}

void GitHubClient::setApiUrl(const QUrl &url)
{
    d->apiUrl = url.isEmpty() ? defaultApiUrl() : url;
}

GitHubRepository GitHubClient::repository() const
{
    return d->repository;
}

void GitHubClient::setRepository(const GitHubRepository &repository)
{
    d->repository = repository;
}

void GitHubClient::setToken(const QString &token)
{
    d->token = token.trimmed().toUtf8();
    d->setAuthState(d->token.isEmpty() ? AuthState::Anonymous : AuthState::Token);
}

bool GitHubClient::hasToken() const
{
    return !d->token.isEmpty();
}

GitHubClient::AuthState GitHubClient::authState() const
{
    return d->authState;
}

QString GitHubClient::authStateText() const
{
    switch (d->authState) {
    case AuthState::Anonymous:
        return tr("Not signed in: reading only, within GitHub's 60 requests per hour.");
    case AuthState::Token:
        return tr("Token set; not yet confirmed by GitHub.");
    case AuthState::Valid:
        return tr("Signed in to GitHub.");
    case AuthState::Rejected:
        return tr("GitHub rejected the token (wrong, expired or revoked): sign in again in Settings → GitHub.");
    }
    return {};
}

GitHubRateLimit GitHubClient::rateLimit() const
{
    return d->rateLimit;
}

QString GitHubClient::rateLimitText() const
{
    const GitHubRateLimit &limit = d->rateLimit;
    if (!limit.isKnown())
        return tr("Rate limit not known yet.");
    return tr("%1 of %2 GitHub requests left, resets at %3")
        .arg(QLocale().toString(limit.remaining), QLocale().toString(limit.limit),
             QLocale().toString(limit.reset.toLocalTime().time(), QLocale::ShortFormat));
}

GitHubClient::Statistics GitHubClient::statistics() const
{
    return d->statistics;
}

void GitHubClient::resetStatistics()
{
    d->statistics = {};
}

namespace {
GitHubError invalidRepository(const GitHubRepository &repository)
{
    return {GitHubError::Kind::InvalidRepository, 0,
            GitHubClient::tr("'%1' is not a repository; expected OWNER/NAME.").arg(repository.fullName()), {}};
}
GitHubError noToken()
{
    return {GitHubError::Kind::NoToken, 0,
            GitHubClient::tr("Changing issues needs a GitHub token: sign in in Settings → GitHub."), {}};
}
} // namespace

QFuture<GitHubResult<GitHubIssueList>> GitHubClient::listIssues(const GitHubIssueQuery &query)
{
    if (!d->repository.isValid())
        return failedFuture<GitHubIssueList>(invalidRepository(d->repository));
    QUrlQuery urlQuery;
    if (!query.state.isEmpty()) // empty: GitHub's default, open
        urlQuery.addQueryItem(u"state"_s, query.state);
    if (!query.labels.isEmpty())
        urlQuery.addQueryItem(u"labels"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.labels.join(u','), ",")));
    urlQuery.addQueryItem(u"per_page"_s, QString::number(d->options.perPage));
    const bool includePullRequests = query.includePullRequests;
    return d->fetchAll<GitHubIssue>(d->url(d->repositoryPath() + u"/issues"_s, urlQuery))
        .then(this, [includePullRequests](const GitHubResult<Private::Paged<GitHubIssue>> &pages) {
            GitHubResult<GitHubIssueList> result;
            result.error = pages.error;
            result.value.requests = pages.value.requests;
            result.value.notModifiedPages = pages.value.notModified;
            for (const GitHubIssue &issue : pages.value.items) {
                if (includePullRequests || !issue.isPullRequest)
                    result.value.issues.append(issue);
            }
            return result;
        });
}

QFuture<GitHubResult<GitHubIssue>> GitHubClient::issue(int number)
{
    if (!d->repository.isValid())
        return failedFuture<GitHubIssue>(invalidRepository(d->repository));
    return d->call<GitHubIssue>("GET", d->url(d->repositoryPath() + u"/issues/"_s + QString::number(number)), {},
                                false, [](const QJsonDocument &document) { return GitHubIssue::fromJson(document.object()); });
}

QFuture<GitHubResult<QList<GitHubComment>>> GitHubClient::listComments(int number)
{
    if (!d->repository.isValid())
        return failedFuture<QList<GitHubComment>>(invalidRepository(d->repository));
    QUrlQuery query;
    query.addQueryItem(u"per_page"_s, QString::number(d->options.perPage));
    return d->fetchAll<GitHubComment>(
                 d->url(d->repositoryPath() + u"/issues/"_s + QString::number(number) + u"/comments"_s, query))
        .then(this, [](const GitHubResult<Private::Paged<GitHubComment>> &pages) {
            return GitHubResult<QList<GitHubComment>>{pages.value.items, pages.error};
        });
}

QFuture<GitHubResult<QString>> GitHubClient::currentUserLogin()
{
    if (d->token.isEmpty())
        return failedFuture<QString>(noToken());
    return d->call<QString>("GET", d->url(u"/user"_s), {}, false, [](const QJsonDocument &document) {
        return document.object().value("login"_L1).toString();
    });
}

QFuture<GitHubResult<GitHubIssue>> GitHubClient::createIssue(const QString &title, const QString &body,
                                                             const QStringList &labels)
{
    if (d->token.isEmpty())
        return failedFuture<GitHubIssue>(noToken());
    if (!d->repository.isValid())
        return failedFuture<GitHubIssue>(invalidRepository(d->repository));
    QJsonObject payload{{u"title"_s, title}};
    if (!body.isEmpty())
        payload.insert(u"body"_s, body);
    if (!labels.isEmpty())
        payload.insert(u"labels"_s, QJsonArray::fromStringList(labels));
    return d->call<GitHubIssue>("POST", d->url(d->repositoryPath() + u"/issues"_s),
                                QJsonDocument(payload).toJson(QJsonDocument::Compact), true,
                                [](const QJsonDocument &document) { return GitHubIssue::fromJson(document.object()); });
}

QFuture<GitHubResult<GitHubComment>> GitHubClient::addComment(int issueNumber, const QString &body)
{
    if (d->token.isEmpty())
        return failedFuture<GitHubComment>(noToken());
    if (!d->repository.isValid())
        return failedFuture<GitHubComment>(invalidRepository(d->repository));
    const QJsonObject payload{{u"body"_s, body}};
    return d->call<GitHubComment>(
        "POST", d->url(d->repositoryPath() + u"/issues/"_s + QString::number(issueNumber) + u"/comments"_s),
        QJsonDocument(payload).toJson(QJsonDocument::Compact), true,
        [](const QJsonDocument &document) { return GitHubComment::fromJson(document.object()); });
}

namespace {
QList<GitHubLabel> labelsOf(const QJsonDocument &document)
{
    QList<GitHubLabel> labels;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array)
        labels.append(GitHubLabel::fromJson(value.toObject()));
    return labels;
}
} // namespace

QFuture<GitHubResult<QList<GitHubLabel>>> GitHubClient::addLabels(int issueNumber, const QStringList &labels)
{
    if (d->token.isEmpty())
        return failedFuture<QList<GitHubLabel>>(noToken());
    if (!d->repository.isValid())
        return failedFuture<QList<GitHubLabel>>(invalidRepository(d->repository));
    const QJsonObject payload{{u"labels"_s, QJsonArray::fromStringList(labels)}};
    return d->call<QList<GitHubLabel>>(
        "POST", d->url(d->repositoryPath() + u"/issues/"_s + QString::number(issueNumber) + u"/labels"_s),
        QJsonDocument(payload).toJson(QJsonDocument::Compact), true, &labelsOf);
}

QFuture<GitHubResult<QList<GitHubLabel>>> GitHubClient::removeLabel(int issueNumber, const QString &label)
{
    if (d->token.isEmpty())
        return failedFuture<QList<GitHubLabel>>(noToken());
    if (!d->repository.isValid())
        return failedFuture<QList<GitHubLabel>>(invalidRepository(d->repository));
    // Every character that is not unreserved is percent-encoded, ':' and '/' included.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(label));
    return d->call<QList<GitHubLabel>>(
        "DELETE", d->url(d->repositoryPath() + u"/issues/"_s + QString::number(issueNumber) + u"/labels/"_s + encoded),
        {}, true, &labelsOf);
}
