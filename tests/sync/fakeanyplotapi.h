#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A fake anyplot REST API on 127.0.0.1 for the sync tests, built on QtHttpServer. It serves the
// recorded responses of ../shared/fixtures/anyplot-api byte for byte (gzip-encoded from 500 bytes
// on, as the real API's GZipMiddleware does); details and code of specs that were not recorded
// are made from the recorded scatter-basic page and the spec's own index rows. It can change the
// catalog between syncs and misbehave on demand.
class FakeAnyplotApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class FaultKind {
        Slow,          // answer after `delayMs`
        Hang,          // never answer (the client's timeout must end it)
        Truncated,     // announce the full length, send `bytes` of the body, close
        InvalidJson,   // 200 with a body that is not JSON
        Status,        // `status` (500, 503 …) with an API error body
        CdnForbidden,  // 403 with an HTML page, as a CDN sends it
        TooManyRequests, // 429 with `retry-after: retryAfter`
        Reset,         // close the connection with a TCP reset, no answer
        RedirectLoop,  // 302 to itself
        Body,          // 200 with `body` as it is (hostile payloads)
    };
    struct Fault
    {
        FaultKind kind = FaultKind::Status;
        int times = 1;       // how many requests it spoils; -1: all
        int status = 500;
        int delayMs = 0;
        int bytes = 100;
        int retryAfter = 1;
        QByteArray body;
    };

    struct Request
    {
        QString path;   // with the query
        qint64 atMs = 0; // since the server started
        QByteArray acceptEncoding;
    };

    explicit FakeAnyplotApi(QObject *parent = nullptr);

    QUrl baseUrl() const;
    QString fixtureDirectory() const;

    // Faults apply to requests whose path (with query) matches exactly, or starts with `path`
    // when it ends in '*'. The first matching fault with times left is used.
    void addFault(const QString &path, Fault fault);
    void clearFaults();

    // The catalog between syncs.
    void setSpecTitle(const QString &specId, const QString &title);
    void setQuality(const QString &specId, const QString &library, double quality);
    void removeSpec(const QString &specId);
    // Serves only these specs (a small catalog keeps the many fault tests quick).
    void keepOnly(const QStringList &specIds);
    // Every later GET of this path gets `body` with `status` (raw, no fault counting).
    void setOverride(const QString &path, QByteArray body, int status = 200);

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }
    int peakOpenRequests() const { return m_peakOpen; }
    void resetPeak() { m_peakOpen = 0; }

    // Preview URLs point at this server (/images/…), which draws a picture for each: for looking
    // at the cards by hand, since tests never reach the real image bucket.
    void setServeImages(bool on) { m_serveImages = on; }

    static QByteArray gzip(const QByteArray &data);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    Response route(const QString &path) const;
    QByteArray specsBody() const;
    QByteArray plotsFilterBody() const;
    QJsonObject detailOf(const QString &specId) const;
    bool hasSpec(const QString &specId) const;
    void send(QTcpSocket *socket, const Response &response, bool gzipAllowed, int truncateTo = -1);
    void finishOpen();

    QString m_fixtures;
    QJsonArray m_specs;
    QJsonObject m_plotsFilter;
    QJsonObject m_detailTemplate;
    QHash<QString, QJsonObject> m_detailOverrides;
    bool m_specsChanged = false;
    bool m_filterChanged = false;
    mutable QByteArray m_plotsFilterCache;
    mutable QHash<QString, QByteArray> m_detailCache; // serialised pages, dropped on every change
    mutable QHash<QString, QJsonArray> m_imagesBySpec;
    QHash<QString, std::pair<QByteArray, int>> m_overrides;
    QList<std::pair<QString, Fault>> m_faults;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    int m_open = 0;
    int m_peakOpen = 0;
    bool m_serveImages = false;
};
