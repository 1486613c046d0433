#include "previewcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

// Lives on the cache's thread: the QNetworkAccessManager and its disk cache.
class PreviewCacheWorker : public QObject
{
public:
    explicit PreviewCacheWorker(const PreviewCache::Options &options)
        : m_options(options)
    {
    }

    void setUp()
    {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_cache = new QNetworkDiskCache(this);
        m_cache->setCacheDirectory(m_options.directory);
        m_cache->setMaximumCacheSize(m_options.maxBytes);
        m_network->setCache(m_cache);
    }

    using Done = std::function<void(const QByteArray &, const QString &, int status)>;

    void get(const QUrl &url, Done done)
    {
        // First time this session: expire the cached entry so that QNAM revalidates it with the
        // entry's ETag / Last-Modified (If-None-Match / If-Modified-Since); a 304 keeps the body.
        const QString key = url.toString();
        if (!m_revalidated.contains(key)) {
            QNetworkCacheMetaData meta = m_cache->metaData(url);
            if (meta.isValid()) {
                meta.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(-1));
                m_cache->updateMetaData(meta);
            }
        }
        start(url, QNetworkRequest::PreferNetwork, std::move(done));
    }

    PreviewCache::Counters counters() const
    {
        const QMutexLocker lock(&m_countersMutex);
        return m_counters;
    }
    qint64 cacheSize() const { return m_cache ? m_cache->cacheSize() : 0; }

private:
    void start(const QUrl &url, QNetworkRequest::CacheLoadControl control, Done done)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, control);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
        request.setTransferTimeout(m_options.transferTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64 total) {
            if (received > m_options.maxImageBytes || total > m_options.maxImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, control, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
            if (reply->error() == QNetworkReply::NoError) {
                const QMutexLocker lock(&m_countersMutex);
                ++(fromCache ? m_counters.fromCache : m_counters.fromNetwork);
            }
            if (reply->error() == QNetworkReply::NoError) {
                m_revalidated.insert(url.toString());
                done(reply->readAll(), {}, status == 0 ? 200 : status);
                return;
            }
            // No network: the copy in the cache, however old, is better than nothing.
            const bool unreachable = status == 0 && reply->error() != QNetworkReply::OperationCanceledError;
            if (unreachable && control != QNetworkRequest::AlwaysCache && m_cache->metaData(url).isValid()) {
                start(url, QNetworkRequest::AlwaysCache, done);
                return;
            }
            done({}, reply->errorString(), status);
        });
    }

    PreviewCache::Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkDiskCache *m_cache = nullptr;
    QSet<QString> m_revalidated;
    mutable QMutex m_countersMutex;
    PreviewCache::Counters m_counters;
};

PreviewCache::PreviewCache(QObject *parent)
    : PreviewCache(Options{}, parent)
{
}

PreviewCache::PreviewCache(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/previews"_s;
    m_worker = new PreviewCacheWorker(m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"PreviewCache"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setUp(); }, Qt::BlockingQueuedConnection);
}

PreviewCache::~PreviewCache()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl PreviewCache::variantFor(const QUrl &url, int width)
{
    const QString path = url.path();
    if (!path.endsWith(u".png"_s) || url.host() != u"storage.googleapis.com"_s || width <= 0)
        return url;
    for (const int step : {400, 800, 1200}) {
        if (width <= step) {
            QUrl variant = url;
            variant.setPath(path.chopped(4) + u'_' + QString::number(step) + u".png"_s);
            return variant;
        }
    }
    return url;
}

void PreviewCache::fetch(const QUrl &url, int width, QObject *context,
                         std::function<void(const QByteArray &bytes, const QString &error)> done)
{
    QPointer<QObject> receiver(context);
    // The answer travels back to the caller's thread; a caller that is gone gets nothing.
    auto deliver = [receiver, done](const QByteArray &bytes, const QString &error) {
        if (!receiver)
            return;
        QMetaObject::invokeMethod(receiver, [receiver, done, bytes, error] {
            if (receiver)
                done(bytes, error);
        }, Qt::QueuedConnection);
    };
    const QUrl variant = variantFor(url, width);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url, variant, deliver] {
        worker->get(variant, [worker, url, variant, deliver](const QByteArray &bytes, const QString &error, int status) {
            if (variant != url && (status == 404 || status == 403)) {
                // No responsive variant of this picture: the original.
                worker->get(url, [deliver](const QByteArray &b, const QString &e, int) { deliver(b, e); });
                return;
            }
            deliver(bytes, error);
        });
    }, Qt::QueuedConnection);
}

PreviewCache::Counters PreviewCache::counters() const
{
    return m_worker->counters();
}

qint64 PreviewCache::cacheSize() const
{
    qint64 size = 0;
    QMetaObject::invokeMethod(m_worker, [this, &size] { size = m_worker->cacheSize(); }, Qt::BlockingQueuedConnection);
    return size;
}
