#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// Downloads a repository's zipball for a ref through the GitHub API
// (`GET {api}/repos/{owner}/{repo}/zipball/{ref}`, which redirects to codeload) into a file,
// written atomically (QSaveFile: a failed download leaves the previous archive as it was).
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
    static bool downloadBlocking(const Request &request, QString *error,
                                 const std::function<bool()> &isCanceled = {},
                                 const std::function<void(qint64, qint64)> &onProgress = {});

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void get(const QUrl &url, bool withToken);
    void onReadyRead();
    void onFinished();
    void finish(bool ok, const QString &error);

    QNetworkAccessManager *m_network;
    Request m_request;
    QUrl m_apiUrl;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_errorBody;
    qint64 m_received = 0;
    int m_redirects = 0;
    bool m_done = false;
};
