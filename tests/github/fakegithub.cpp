#include "fakegithub.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    default: return "Status";
    }
}

QByteArray message(const char *text)
{
    return QJsonDocument(QJsonObject{{u"message"_s, QString::fromUtf8(text)},
                                     {u"documentation_url"_s, u"https://docs.github.com/rest"_s}})
        .toJson(QJsonDocument::Compact);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    default: return u"OTHER"_s;
    }
}
} // namespace

FakeGitHub::FakeGitHub(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_resetEpoch(QDateTime::currentSecsSinceEpoch() + 3600)
{
}

QUrl FakeGitHub::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return url();
}

QUrl FakeGitHub::url() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_prefix));
}

FakeGitHub::Repository &FakeGitHub::addRepository(const QString &fullName)
{
    return m_repositories[fullName];
}

FakeGitHub::Repository *FakeGitHub::repository(const QString &fullName)
{
    const auto it = m_repositories.find(fullName);
    return it == m_repositories.end() ? nullptr : &*it;
}

FakeGitHub::Issue &FakeGitHub::addIssue(const QString &fullName, const QString &title, const QStringList &labels,
                                        const QString &body, const QString &state)
{
    Repository &repo = m_repositories[fullName];
    Issue issue;
    issue.number = repo.nextNumber++;
    issue.title = title;
    issue.labels = labels;
    issue.body = body;
    issue.state = state;
    issue.updated = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(issue.number * 60);
    return repo.issues[issue.number] = issue;
}

void FakeGitHub::addComment(const QString &fullName, int number, const QString &author, const QString &body)
{
    Issue &issue = m_repositories[fullName].issues[number];
    issue.comments.append({m_nextCommentId++, author, body, QDateTime::currentDateTimeUtc()});
}

void FakeGitHub::addLifecycleIssues(const QString &fullName, int count)
{
    static const QStringList libraries{u"matplotlib"_s, u"seaborn"_s, u"plotly"_s, u"bokeh"_s, u"altair"_s,
                                       u"plotnine"_s, u"pygal"_s, u"highcharts"_s, u"letsplot"_s};
    static const QStringList stages{u"spec-request"_s, u"approved"_s, u"spec-ready"_s};
    for (int i = 0; i < count; ++i) {
        QStringList labels{stages.at(i % 3)};
        for (int l = 0; l < 3; ++l) {
            const QString &library = libraries.at((i + l) % libraries.size());
            static const QStringList states{u"pending"_s, u"done"_s, u"failed"_s};
            labels.append(u"impl:"_s + library + u':' + states.at((i + l) % 3));
        }
        addIssue(fullName, u"[plot-%1] Plot number %1"_s.arg(i), labels,
                 u"## Description\n\nA plot of kind %1.\n"_s.arg(i), i % 7 == 0 ? u"closed"_s : u"open"_s);
    }
}

void FakeGitHub::addToken(const QByteArray &token, const QString &login)
{
    m_tokens.insert(token, login);
    m_quotas.insert(token, {5000, 5000});
}

void FakeGitHub::revokeToken(const QByteArray &token)
{
    m_tokens.remove(token);
}

void FakeGitHub::setQuota(const QByteArray &identity, int limit, int remaining)
{
    m_quotas.insert(identity, {limit, remaining});
}

FakeGitHub::Quota FakeGitHub::quota(const QByteArray &identity) const
{
    return m_quotas.value(identity, identity.isEmpty() ? Quota{60, 60} : Quota{5000, 5000});
}

void FakeGitHub::failNext(int count, int status, int retryAfterSeconds)
{
    m_failCount = count;
    m_failStatus = status;
    m_failRetryAfter = retryAfterSeconds;
}

void FakeGitHub::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, {404, message("Not Found"), {}});
}

bool FakeGitHub::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LoggedRequest logged;
    logged.method = methodName(request.method()).toLatin1();
    logged.encodedPath = request.url().path(QUrl::FullyEncoded).toUtf8();
    logged.query = request.url().query(QUrl::FullyDecoded);
    logged.authorization = request.value("authorization");
    logged.ifNoneMatch = request.value("if-none-match");
    const bool isWrite = logged.method != "GET";

    ++m_concurrent;
    m_peakConcurrent = std::max(m_peakConcurrent, m_concurrent);
    if (isWrite) {
        ++m_concurrentWrites;
        m_peakConcurrentWrites = std::max(m_peakConcurrentWrites, m_concurrentWrites);
    }

    QByteArray identity;
    Answer answer;
    bool countsQuota = true;
    bool drop = false;
    if (!logged.authorization.isEmpty()) {
        const QByteArray token = logged.authorization.mid(logged.authorization.indexOf(' ') + 1);
        if (!m_tokens.contains(token)) {
            answer = {401, message("Bad credentials"), {}};
            countsQuota = false;
        } else {
            identity = token;
        }
    }
    Quota &quota = m_quotas[identity];
    if (quota.limit == 0)
        quota = identity.isEmpty() ? Quota{60, 60} : Quota{5000, 5000};
    if (answer.status == 200) {
        if (m_failCount > 0) {
            --m_failCount;
            answer = {m_failStatus,
                      message("You have exceeded a secondary rate limit. Please wait a few minutes before you try again."),
                      {{"retry-after", QByteArray::number(m_failRetryAfter)}}};
        } else if (quota.remaining <= 0) {
            answer = {403, message("API rate limit exceeded for 127.0.0.1."), {}};
            countsQuota = false;
        } else {
            answer = route(request, identity, &countsQuota, &drop);
        }
    }
    if (countsQuota && quota.remaining > 0)
        --quota.remaining;
    {
        answer.headers.append({"x-ratelimit-limit", QByteArray::number(quota.limit)});
        answer.headers.append({"x-ratelimit-remaining", QByteArray::number(quota.remaining)});
        answer.headers.append({"x-ratelimit-used", QByteArray::number(quota.limit - quota.remaining)});
        answer.headers.append({"x-ratelimit-reset", QByteArray::number(m_resetEpoch)});
        answer.headers.append({QByteArray("x-ratelimit-resource"), QByteArray("core")});
    }
    logged.status = drop ? 0 : answer.status;
    m_log.append(logged);

    if (drop) {
        // The comment is stored; the answer never arrives.
        --m_concurrent;
        --m_concurrentWrites;
        socket->abort();
        return true;
    }
    if (m_delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_delayMs, this, [this, guarded, answer, isWrite] {
            --m_concurrent;
            if (isWrite)
                --m_concurrentWrites;
            if (guarded)
                send(guarded, answer);
        });
        return true;
    }
    --m_concurrent;
    if (isWrite)
        --m_concurrentWrites;
    send(socket, answer);
    return true;
}

void FakeGitHub::send(QTcpSocket *socket, const Answer &answer)
{
    QByteArray data = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    data += "Content-Type: application/json; charset=utf-8\r\n";
    data += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[key, value] : answer.headers)
        data += key + ": " + value + "\r\n";
    data += "\r\n" + answer.body;
    socket->write(data);
}

QByteArray FakeGitHub::issueJson(const QString &repo, const Issue &issue) const
{
    QJsonArray labels;
    for (const QString &label : issue.labels) {
        labels.append(QJsonObject{{u"name"_s, label},
                                  {u"color"_s, QString::fromLatin1(QCryptographicHash::hash(label.toUtf8(),
                                                                   QCryptographicHash::Md5).toHex().left(6))},
                                  {u"description"_s, QString()}});
    }
    QJsonObject object{{u"number"_s, issue.number},
                       {u"title"_s, issue.title},
                       {u"body"_s, issue.body},
                       {u"state"_s, issue.state},
                       {u"user"_s, QJsonObject{{u"login"_s, issue.author}, {u"type"_s, u"User"_s}}},
                       {u"labels"_s, labels},
                       {u"comments"_s, int(issue.comments.size())},
                       {u"created_at"_s, issue.updated.addDays(-1).toString(Qt::ISODate)},
                       {u"updated_at"_s, issue.updated.toString(Qt::ISODate)},
                       {u"closed_at"_s, issue.state == u"closed"_s ? QJsonValue(issue.updated.toString(Qt::ISODate))
                                                                   : QJsonValue()},
                       {u"html_url"_s, u"https://github.com/%1/issues/%2"_s.arg(repo).arg(issue.number)}};
    if (issue.pullRequest)
        object.insert(u"pull_request"_s, QJsonObject{{u"url"_s, u"x"_s}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeGitHub::Answer FakeGitHub::paginate(qsizetype count, const std::function<QByteArray(qsizetype)> &item,
                                        const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    const int perPage = std::clamp(query.hasQueryItem(u"per_page"_s) ? query.queryItemValue(u"per_page"_s).toInt() : 30, 1, 100);
    const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
    const int pages = std::max<int>(1, int((count + perPage - 1) / perPage));
    QByteArray body = "[";
    // Only the requested page is serialised, as a real server would.
    for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min<qsizetype>(count, qsizetype(page) * perPage); ++i) {
        if (body.size() > 1)
            body += ',';
        body += item(i);
    }
    body += ']';
    Answer answer{200, body, {}};
    auto linkTo = [&](int target) {
        QUrl url(u"http://127.0.0.1:%1"_s.arg(m_port));
        url.setPath(request.url().path(QUrl::FullyEncoded), QUrl::TolerantMode);
        QUrlQuery linkQuery(request.url());
        linkQuery.removeAllQueryItems(u"page"_s);
        linkQuery.addQueryItem(u"page"_s, QString::number(target));
        url.setQuery(linkQuery);
        return url.toEncoded();
    };
    QList<QByteArray> links;
    if (page < pages) {
        links.append('<' + linkTo(page + 1) + ">; rel=\"next\"");
        links.append('<' + linkTo(pages) + ">; rel=\"last\"");
    }
    if (page > 1) {
        links.append('<' + linkTo(page - 1) + ">; rel=\"prev\"");
        links.append('<' + linkTo(1) + ">; rel=\"first\"");
    }
    if (!links.isEmpty())
        answer.headers.append({"link", links.join(", ")});
    return answer;
}

FakeGitHub::Answer FakeGitHub::listIssues(const QString &repo, const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    const QString state = query.hasQueryItem(u"state"_s) ? query.queryItemValue(u"state"_s) : u"open"_s;
    const QStringList labels = query.queryItemValue(u"labels"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    QList<const Issue *> matching;
    const Repository &repository = m_repositories[repo];
    // GitHub's default order: newest first.
    for (auto it = repository.issues.cend(); it != repository.issues.cbegin();) {
        --it;
        const Issue &issue = *it;
        if (state != u"all"_s && issue.state != state)
            continue;
        bool hasAll = true;
        for (const QString &label : labels)
            hasAll = hasAll && issue.labels.contains(label);
        if (hasAll)
            matching.append(&issue);
    }
    return paginate(matching.size(), [&](qsizetype i) { return issueJson(repo, *matching.at(i)); }, request);
}

FakeGitHub::Answer FakeGitHub::route(const QHttpServerRequest &request, const QByteArray &identity, bool *countsQuota,
                                     bool *drop)
{
    QString path = request.url().path(QUrl::FullyEncoded);
    if (!m_prefix.isEmpty()) {
        if (!path.startsWith(m_prefix))
            return {404, message("Not Found"), {}};
        path = path.mid(m_prefix.size());
    }
    const QString method = methodName(request.method());
    const bool authenticated = !identity.isEmpty();

    if (path == u"/user"_s) {
        if (!authenticated)
            return {401, message("Requires authentication"), {}};
        return {200, QJsonDocument(QJsonObject{{u"login"_s, m_tokens.value(identity)}}).toJson(QJsonDocument::Compact), {}};
    }
    static const QRegularExpression repoRule(u"^/repos/([^/]+)/([^/]+)(/.*)?$"_s);
    const QRegularExpressionMatch match = repoRule.match(path);
    if (!match.hasMatch())
        return {404, message("Not Found"), {}};
    const QString repo = QUrl::fromPercentEncoding(match.captured(1).toUtf8()) + u'/'
        + QUrl::fromPercentEncoding(match.captured(2).toUtf8());
    if (!m_repositories.contains(repo))
        return {404, message("Not Found"), {}};
    Repository &repository = m_repositories[repo];
    const QString rest = match.captured(3);
    if (method != u"GET"_s && !authenticated)
        return {401, message("Requires authentication"), {}};

    Answer answer{404, message("Not Found"), {}};
    static const QRegularExpression issueRule(u"^/issues/(\\d+)(/comments|/labels(?:/(.+))?)?$"_s);
    const QRegularExpressionMatch issueMatch = issueRule.match(rest);
    const QJsonObject payload = QJsonDocument::fromJson(request.body()).object();
    if (rest == u"/issues"_s && method == u"GET"_s) {
        answer = listIssues(repo, request);
    } else if (rest == u"/issues"_s && method == u"POST"_s) {
        const QString title = payload.value("title"_L1).toString();
        if (title.trimmed().isEmpty())
            return {422, message("Validation Failed"), {}};
        QStringList labels;
        for (const QJsonValue &label : payload.value("labels"_L1).toArray())
            labels.append(label.toString());
        Issue &issue = addIssue(repo, title, labels, payload.value("body"_L1).toString());
        issue.author = m_tokens.value(identity);
        answer = {201, issueJson(repo, issue), {}};
    } else if (issueMatch.hasMatch()) {
        const int number = issueMatch.captured(1).toInt();
        if (!repository.issues.contains(number))
            return {404, message("Not Found"), {}};
        Issue &issue = repository.issues[number];
        const QString sub = issueMatch.captured(2);
        if (sub.isEmpty() && method == u"GET"_s) {
            answer = {200, issueJson(repo, issue), {}};
        } else if (sub == u"/comments"_s && method == u"GET"_s) {
            auto commentJson = [&](qsizetype index) {
                const Comment &comment = issue.comments.at(index);
                return QJsonDocument(QJsonObject{
                                               {u"id"_s, comment.id},
                                               {u"user"_s, QJsonObject{{u"login"_s, comment.author},
                                                                       {u"type"_s, comment.author.endsWith(u"[bot]"_s)
                                                                                       ? u"Bot"_s : u"User"_s}}},
                                               {u"body"_s, comment.body},
                                               {u"created_at"_s, comment.created.toString(Qt::ISODate)},
                                               {u"updated_at"_s, comment.created.toString(Qt::ISODate)},
                                               {u"html_url"_s, u"https://github.com/%1/issues/%2#issuecomment-%3"_s
                                                                   .arg(repo).arg(number).arg(comment.id)}})
                    .toJson(QJsonDocument::Compact);
            };
            answer = paginate(issue.comments.size(), commentJson, request);
        } else if (sub == u"/comments"_s && method == u"POST"_s) {
            const QString body = payload.value("body"_L1).toString();
            if (body.isEmpty())
                return {422, message("Validation Failed"), {}};
            issue.comments.append({m_nextCommentId++, m_tokens.value(identity), body, QDateTime::currentDateTimeUtc()});
            issue.updated = QDateTime::currentDateTimeUtc();
            const Comment &comment = issue.comments.constLast();
            if (m_dropNextComment) {
                m_dropNextComment = false;
                *drop = true;
            }
            answer = {201,
                      QJsonDocument(QJsonObject{{u"id"_s, comment.id},
                                                {u"user"_s, QJsonObject{{u"login"_s, comment.author}}},
                                                {u"body"_s, comment.body},
                                                {u"created_at"_s, comment.created.toString(Qt::ISODate)}})
                          .toJson(QJsonDocument::Compact),
                      {}};
        } else if (sub == u"/labels"_s && method == u"POST"_s) {
            for (const QJsonValue &label : payload.value("labels"_L1).toArray()) {
                if (!issue.labels.contains(label.toString()))
                    issue.labels.append(label.toString());
            }
            issue.updated = QDateTime::currentDateTimeUtc();
            answer = {200, {}, {}};
        } else if (sub.startsWith(u"/labels/"_s) && method == u"DELETE"_s) {
            const QString name = QUrl::fromPercentEncoding(issueMatch.captured(3).toUtf8());
            if (!issue.labels.removeOne(name))
                return {404, message("Label does not exist"), {}};
            issue.updated = QDateTime::currentDateTimeUtc();
            answer = {200, {}, {}};
        } else {
            return answer;
        }
        if (sub.startsWith(u"/labels"_s)) {
            QJsonArray labels;
            for (const QString &label : std::as_const(issue.labels))
                labels.append(QJsonObject{{u"name"_s, label}, {u"color"_s, u"ededed"_s}});
            answer.body = QJsonDocument(labels).toJson(QJsonDocument::Compact);
        }
    } else {
        return answer;
    }

    if (method == u"GET"_s && answer.status == 200) {
        const QByteArray etag = "W/\"" + QCryptographicHash::hash(answer.body, QCryptographicHash::Sha1).toHex() + '"';
        answer.headers.append({"etag", etag});
        if (request.value("if-none-match") == etag) {
            // GitHub: a 304 to an authenticated request costs no quota.
            *countsQuota = !authenticated;
            QList<QPair<QByteArray, QByteArray>> headers{{"etag", etag}};
            return {304, {}, headers};
        }
    }
    return answer;
}
