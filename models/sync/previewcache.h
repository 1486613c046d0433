#pragma once

#include "previewimageloader.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>

class PreviewCacheWorker;

// Preview pictures of remote catalogs (https://storage.googleapis.com/anyplot-images/…) through a
// size-limited QNetworkDiskCache, so that they show offline too. anyplot overwrites the objects in
// place (regenerated every 2 h, served with max-age of 7 days), so a picture is revalidated with
// the server's ETag / Last-Modified the first time it is asked for in a session — a 304 costs no
// body — and served from the cache after that. Without network the cached copy is used as it is.
// Network and disk work run on the cache's own thread; callbacks arrive in the caller's thread.
class PreviewCache : public QObject, public RemoteImageSource
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory;                        // empty: QStandardPaths::CacheLocation/previews
        qint64 maxBytes = 256LL * 1024 * 1024;
        int transferTimeoutMs = 20'000;
        qint64 maxImageBytes = 32LL * 1024 * 1024; // a picture larger than this is refused
    };

    explicit PreviewCache(QObject *parent = nullptr);
    explicit PreviewCache(Options options, QObject *parent = nullptr);
    ~PreviewCache() override;

    // RemoteImageSource: the picture at url, in a responsive variant of at least `width` pixels
    // when the server has one (`plot-light_400.png` …), else the original.
    void fetch(const QUrl &url, int width, QObject *context,
               std::function<void(const QByteArray &bytes, const QString &error)> done) override;

    // The responsive variant anyplot publishes for a width: {stem}_400|_800|_1200.png, or url
    // itself when it is wider than all of them or not an anyplot PNG.
    static QUrl variantFor(const QUrl &url, int width);

    struct Counters
    {
        int fromNetwork = 0; // bodies that came over the network
        int fromCache = 0;   // answered from the disk cache (fresh, after a 304, or offline)
    };
    Counters counters() const;
    qint64 cacheSize() const;

private:
    Options m_options;
    QThread m_thread;
    PreviewCacheWorker *m_worker = nullptr;
};
