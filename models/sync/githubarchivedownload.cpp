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
#include <QFile>
#include <QTimer>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRedirects = 5;
constexpr qsizetype maxErrorBody = 64 * 1024;

QString metaPathOf(const QString &targetPath)
{
    return GitHubArchiveDownload::partialPath(targetPath) + u".json"_s;
}

// What a partial file continues: the zipball URL it came from and its validator.
QByteArray readValidator(const QString &targetPath, const QUrl &apiUrl)
{
    QFile file(metaPathOf(targetPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return {};
    const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
    if (meta.value(u"url"_s).toString() != apiUrl.toString())
        return {};
    return meta.value(u"validator"_s).toString().toUtf8();
}

void writeValidator(const QString &targetPath, const QUrl &apiUrl, const QByteArray &validator)
{
    QFile file(metaPathOf(targetPath));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject{{u"url"_s, apiUrl.toString()},
                                             {u"validator"_s, QString::fromUtf8(validator)}})
                       .toJson(QJsonDocument::Compact));
}

// "bytes 100-999/1000" → (100, 1000); total -1 for "*".
std::optional<std::pair<qint64, qint64>> contentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(u"^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    const QString total = match.captured(3);
    return std::pair{match.captured(1).toLongLong(), total == u"*"_s ? qint64(-1) : total.toLongLong()};
}
} // namespace

QString GitHubArchiveDownload::partialPath(const QString &targetPath)
{
    return targetPath + u".part"_s;
}

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
    const QString part = partialPath(request.targetPath);
    m_validator = readValidator(request.targetPath, m_apiUrl);
    if (m_validator.isEmpty()) { // nothing that could be continued
        QFile::remove(part);
        QFile::remove(metaPathOf(request.targetPath));
    }
    m_part = std::make_unique<QFile>(part);
    if (!m_part->open(QIODevice::ReadWrite)) {
        finish(false, tr("cannot write %1: %2").arg(part, m_part->errorString()));
        return;
    }
    m_offset = m_validator.isEmpty() ? 0 : m_part->size();
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
    if (m_offset > 0) { // harmless on the API's redirect; codeload continues the partial
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
        request.setRawHeader("If-Range", m_validator);
    }
    m_currentUrl = url;
    m_currentWithToken = withToken;
    m_errorBody.clear();
    m_bodyStarted = false;
    m_received = m_offset;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &GitHubArchiveDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GitHubArchiveDownload::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        if (m_bodyStarted)
            Q_EMIT progress(m_received, m_expected > 0 ? m_expected : (total > 0 ? m_offset + total : -1));
    });
}

bool GitHubArchiveDownload::beginBody(int status)
{
    m_bodyStarted = true;
    if (status == 206) {
        const auto range = contentRange(m_reply->rawHeader("Content-Range"));
        if (!range || range->first != m_offset) {
            m_keepPartial = false;
            finish(false, tr("the server continued the archive download at the wrong place"));
            return false;
        }
        m_expected = range->second;
        Q_EMIT resumed(m_offset, m_expected);
    } else { // 200: the whole archive (the server ignores ranges, or it changed): from zero
        m_offset = 0;
        m_received = 0;
        m_part->resize(0);
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_expected = length > 0 ? length : -1;
        // If-Range needs a strong ETag; else Last-Modified. Without either, no resuming.
        QByteArray validator = m_reply->rawHeader("ETag");
        if (validator.startsWith("W/"))
            validator.clear();
        if (validator.isEmpty())
            validator = m_reply->rawHeader("Last-Modified");
        m_validator = validator;
        if (m_validator.isEmpty())
            QFile::remove(metaPathOf(m_request.targetPath));
        else
            writeValidator(m_request.targetPath, m_apiUrl, m_validator);
    }
    m_part->seek(m_offset);
    return true;
}

void GitHubArchiveDownload::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status != 200 && status != 206) { // an error page or a redirect body: kept (bounded) for the message
        m_errorBody.append(chunk.left(maxErrorBody - m_errorBody.size()));
        return;
    }
    if (!m_bodyStarted && !beginBody(status))
        return;
    m_received += chunk.size();
    if (m_received > m_request.maxBytes) {
        m_keepPartial = false;
        finish(false, tr("the archive is larger than %1 MB; download stopped").arg(m_request.maxBytes >> 20));
        return;
    }
    if (m_part->write(chunk) != chunk.size()) {
        m_keepPartial = false;
        finish(false, tr("cannot write %1: %2").arg(m_part->fileName(), m_part->errorString()));
    }
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
    if (status == 416 && m_offset > 0 && !m_rangeRetried) {
        // The partial is no prefix of what the server has now: once more, from zero.
        m_rangeRetried = true;
        m_offset = 0;
        m_validator.clear();
        m_part->resize(0);
        get(m_currentUrl, m_currentWithToken);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
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
    m_reply = reply; // whatever arrived with the end
    onReadyRead();
    m_reply = nullptr;
    if (m_done)
        return;
    if (m_expected >= 0 && m_received != m_expected) {
        finish(false, tr("the archive download ended after %1 of %2 bytes").arg(m_received).arg(m_expected));
        return;
    }
    if (!m_part->flush()) {
        finish(false, tr("cannot write %1: %2").arg(m_part->fileName(), m_part->errorString()));
        return;
    }
    m_part->close();
    // rename(2) replaces the previous archive in one step.
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(m_part->fileName().toStdString()),
                            std::filesystem::path(m_request.targetPath.toStdString()), renameError);
    if (renameError) {
        finish(false, tr("cannot write %1: %2").arg(m_request.targetPath, QString::fromStdString(renameError.message())));
        return;
    }
    QFile::remove(metaPathOf(m_request.targetPath));
    m_keepPartial = false; // nothing left to keep: it is the archive now
    m_part.reset();
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
    if (m_part && !ok) {
        // Kept for the next download when it can be continued; else it goes.
        m_part->close();
        if (!m_keepPartial || m_validator.isEmpty() || m_part->size() == 0) {
            m_part->remove();
            QFile::remove(metaPathOf(m_request.targetPath));
        }
    }
    QString message = error;
    if (!m_request.token.isEmpty())
        message.replace(QString::fromUtf8(m_request.token), u"********"_s);
    Q_EMIT finished(ok, message);
}

bool GitHubArchiveDownload::downloadBlocking(const Request &request, QString *error,
                                             const std::function<bool()> &isCanceled,
                                             const std::function<void(qint64, qint64)> &onProgress,
                                             const std::function<void(qint64, qint64)> &onResumed)
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
    if (onResumed)
        connect(&download, &GitHubArchiveDownload::resumed, &loop, onResumed);
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
