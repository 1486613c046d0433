#pragma once

#include "catalog.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <functional>

// Where a preview picture can be read from on this machine, or an empty string when it cannot
// (remote URL, no preview at all). The one place that knows how a catalog names its pictures:
// an image shipped beside the code, a URL relative to the spec folder (the embedded sample
// catalog), a file:// URL or an absolute path. https URLs are not local; a later disk cache will
// map them to files.
QString localPreviewPath(const Catalog &catalog, const Implementation &implementation,
                         PreviewTheme theme = PreviewTheme::Light);

// Where pictures that live on a server come from (the preview disk cache of models/sync). fetch()
// calls done in context's thread, with the bytes or an error.
class RemoteImageSource
{
public:
    virtual ~RemoteImageSource() = default;
    virtual void fetch(const QUrl &url, int width, QObject *context,
                       std::function<void(const QByteArray &bytes, const QString &error)> done) = 0;
};

// Loads preview pictures scaled down to thumbnails, off the GUI thread, and keeps the results.
// thumbnail() never blocks: it answers from the cache or starts a load and returns a null image;
// thumbnailReady() tells the views to ask again.
class PreviewImageLoader : public QObject
{
    Q_OBJECT
public:
    explicit PreviewImageLoader(QObject *parent = nullptr);
    ~PreviewImageLoader() override;

    // A thumbnail of the local image at path fitting into size (aspect ratio kept), or a null
    // image while it loads, when it failed or when the path is empty or remote.
    QImage thumbnail(const QString &path, const QSize &size);
    // True while a load for path/size is under way (views draw a neutral placeholder meanwhile).
    bool isLoading(const QString &path, const QSize &size) const;
    // True when path can never give a thumbnail here: empty, remote, unreadable or not an image.
    bool isUnavailable(const QString &path, const QSize &size) const;

    void setCacheLimitKiB(int kib) { m_cache.setMaxCost(kib); }
    // http(s) pictures are fetched through source (not owned; must outlive the loader's use).
    void setRemoteSource(RemoteImageSource *source) { m_remote = source; }
    static bool isRemotePath(const QString &path);
    // Forgets cached thumbnails and failures (a new catalog may have files that were missing).
    void clear();

    // Reading and scaling, as done on the worker; public for tests and for callers that already
    // are on a worker thread.
    static QImage loadScaled(const QString &path, const QSize &size);
    static QImage decodeScaled(const QByteArray &bytes, const QSize &size);
    static bool isLocalPath(const QString &path);

Q_SIGNALS:
    void thumbnailReady(const QString &path);

private:
    static QString cacheKey(const QString &path, const QSize &size);
    void finishLoad(const QString &path, const QString &key, const QImage &image);

    QCache<QString, QImage> m_cache; // cost in KiB
    QSet<QString> m_loading;         // cache keys
    QSet<QString> m_failed;          // cache keys that gave no image; not retried
    // Our own small pool: decoding 4800×2700 PNGs must not starve catalog loading on the global one.
    QThreadPool m_pool;
    RemoteImageSource *m_remote = nullptr;
};
