#include "githubarchivedownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRedirects = 5;
constexpr qsizetype maxErrorBody = 64 * 1024;
} // namespace

GitHubArchiveDownload::GitHubArchiveDownload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

GitHubArchiveDownload::~GitHubArchiveDownload()
{
    if (m_reply)
        m_reply->abort();
}

QUrl GitHubArchiveDownload::zipballUrl(const Request &request, QString *error)
{
    static const QRegularExpression repository(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);
    static const QRegularExpression ref(u"^[A-Za-z0-9_./-]{1,200}$"_s);
    if (!repository.match(request.repository).hasMatch()) {
        *error = tr("'%1' is not a repository; write OWNER/NAME").arg(request.repository);
        return {};
    }
    if (!ref.match(request.ref).hasMatch() || request.ref.contains(u".."_s)) {
        *error = tr("'%1' is not a branch, tag or commit name").arg(request.ref);
        return {};
    }
    QUrl url(request.apiUrl);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *error = tr("'%1' is not an http(s) URL").arg(request.apiUrl);
        return {};
    }
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/repos/"_s + request.repository + u"/zipball/"_s + request.ref);
    return url;
}

void GitHubArchiveDownload::start(const Request &request)
{
    m_request = request;
    QString error;
    m_apiUrl = zipballUrl(request, &error);
    if (!m_apiUrl.isValid()) {
        finish(false, error);
        return;
    }
    QDir().mkpath(QFileInfo(request.targetPath).absolutePath());
    m_file = std::make_unique<QSaveFile>(request.targetPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("cannot write %1: %2").arg(request.targetPath, m_file->errorString()));
        return;
    }
    get(m_apiUrl, true);
}

void GitHubArchiveDownload::get(const QUrl &url, bool withToken)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_request.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Plotbench"));
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (withToken && !m_request.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.token);
    m_errorBody.clear();
    m_received = 0;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &GitHubArchiveDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GitHubArchiveDownload::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &GitHubArchiveDownload::progress);
}

void GitHubArchiveDownload::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status != 200) { // an error page or a redirect body: kept (bounded) for the message
        m_errorBody.append(chunk.left(maxErrorBody - m_errorBody.size()));
        return;
    }
    m_received += chunk.size();
    if (m_received > m_request.maxBytes) {
        finish(false, tr("the archive is larger than %1 MB; download stopped").arg(m_request.maxBytes >> 20));
        return;
    }
    if (m_file->write(chunk) != chunk.size())
        finish(false, tr("cannot write %1: %2").arg(m_request.targetPath, m_file->errorString()));
}

void GitHubArchiveDownload::onFinished()
{
    if (!m_reply || m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        if (++m_redirects > maxRedirects) {
            finish(false, tr("too many redirects downloading the archive"));
            return;
        }
        if (!target.isValid() || (target.scheme() != u"https"_s && target.scheme() != u"http"_s)
            || (reply->url().scheme() == u"https"_s && target.scheme() != u"https"_s)) {
            finish(false, tr("the archive download was redirected to an unsafe address"));
            return;
        }
        // The token is for the API host only: the redirect target (codeload) carries its own.
        get(target, target.host() == m_apiUrl.host() && target.port() == m_apiUrl.port());
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        QString detail;
        const QJsonObject body = QJsonDocument::fromJson(m_errorBody).object();
        if (body.contains(u"message"_s))
            detail = body.value(u"message"_s).toString().left(200);
        QString message = status > 0 ? tr("GitHub answered %1 for %2/%3").arg(status).arg(m_request.repository, m_request.ref)
                                     : tr("the download of %1 failed: %2").arg(m_request.repository, reply->errorString());
        if (!detail.isEmpty())
            message += u": "_s + detail;
        if (status == 404)
            message += tr(" (no such repository or ref, or it is private and needs a token)");
        finish(false, message);
        return;
    }
    onReadyRead(); // whatever arrived with the end
    if (m_done)
        return;
    if (!m_file->commit()) {
        finish(false, tr("cannot write %1: %2").arg(m_request.targetPath, m_file->errorString()));
        return;
    }
    finish(true, {});
}

void GitHubArchiveDownload::cancel()
{
    finish(false, tr("canceled"));
}

void GitHubArchiveDownload::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    if (m_file && !ok)
        m_file->cancelWriting();
    QString message = error;
    if (!m_request.token.isEmpty())
        message.replace(QString::fromUtf8(m_request.token), u"********"_s);
    Q_EMIT finished(ok, message);
}

bool GitHubArchiveDownload::downloadBlocking(const Request &request, QString *error,
                                             const std::function<bool()> &isCanceled,
                                             const std::function<void(qint64, qint64)> &onProgress)
{
    if (isCanceled && isCanceled()) {
        *error = tr("canceled");
        return false;
    }
    QNetworkAccessManager network;
    GitHubArchiveDownload download(&network);
    QEventLoop loop;
    bool succeeded = false;
    connect(&download, &GitHubArchiveDownload::finished, &loop, [&](bool ok, const QString &message) {
        succeeded = ok;
        *error = message;
        loop.quit();
    });
    if (onProgress)
        connect(&download, &GitHubArchiveDownload::progress, &loop, onProgress);
    QTimer poll;
    if (isCanceled) {
        connect(&poll, &QTimer::timeout, &download, [&] {
            if (isCanceled())
                download.cancel();
        });
        poll.start(100);
    }
    download.start(request);
    if (!download.m_done)
        loop.exec();
    return succeeded;
}
