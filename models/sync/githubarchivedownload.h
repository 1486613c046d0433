#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QFile;

// Downloads a repository's zipball for a ref through the GitHub API
// (`GET {api}/repos/{owner}/{repo}/zipball/{ref}`, which redirects to codeload) into a file,
// written atomically: the bytes go to `{target}.part`, renamed over the target when complete, so
// a failed download leaves the previous archive as it was. A download cut off (network failure,
// timeout, cancel, crash) keeps its partial file with the ETag or Last-Modified of the first
// response (`{target}.part.json`); the next download asks only for the rest (`Range: bytes=N-`,
// validated by `If-Range`) and starts from zero when the server answers 200 instead of 206.
// Redirects are followed by hand so that the token never goes to another host; the token is
// never part of a message.
class GitHubArchiveDownload : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString apiUrl = QStringLiteral("https://api.github.com");
        QString repository = QStringLiteral("MarkusNeusinger/anyplot");
        QString ref = QStringLiteral("main");
        QString targetPath;
        QByteArray token;                     // optional; GITHUB_TOKEN for the command line
        qint64 maxBytes = 512LL * 1024 * 1024; // the real zipball is ~30 MB
        int transferTimeoutMs = 60'000;
    };

    explicit GitHubArchiveDownload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~GitHubArchiveDownload() override;

    // The API URL of the zipball; invalid (and *error set) for a malformed repository or ref.
    static QUrl zipballUrl(const Request &request, QString *error);

    void start(const Request &request);
    void cancel();

    // For the command line and worker threads: runs the download in a local event loop; it stops
    // when isCanceled (polled) says so.
    // onResumed(alreadyFetched, total) is called when the server continues a partial download.
    static bool downloadBlocking(const Request &request, QString *error,
                                 const std::function<bool()> &isCanceled = {},
                                 const std::function<void(qint64, qint64)> &onProgress = {},
                                 const std::function<void(qint64, qint64)> &onResumed = {});

    static QString partialPath(const QString &targetPath);

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // of the whole archive, resumed bytes included
    void resumed(qint64 alreadyFetched, qint64 total); // total: -1 when the server does not say
    void finished(bool ok, const QString &error);

private:
    void get(const QUrl &url, bool withToken);
    bool beginBody(int status); // the first bytes of a 200/206: where they go
    void onReadyRead();
    void onFinished();
    void finish(bool ok, const QString &error);

    QNetworkAccessManager *m_network;
    Request m_request;
    QUrl m_apiUrl;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QFile> m_part;
    QByteArray m_validator;   // ETag (strong) or Last-Modified of the partial's first response
    qint64 m_offset = 0;      // bytes of the partial the current request asks to continue from
    qint64 m_expected = -1;   // the whole archive's size, when the server says
    QUrl m_currentUrl;
    bool m_currentWithToken = false;
    bool m_bodyStarted = false;
    bool m_keepPartial = true; // false after errors that make the partial worthless
    bool m_rangeRetried = false;
    QByteArray m_errorBody;
    qint64 m_received = 0;    // of the whole archive
    int m_redirects = 0;
    bool m_done = false;
};
