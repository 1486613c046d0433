#include "previewimageloader.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

QString localPreviewPath(const Catalog &catalog, const Implementation &implementation,
                         PreviewTheme theme)
{
    if (!implementation.localPreviewPath.isEmpty())
        return catalog.absolutePath(implementation.localPreviewPath);

    const QString reference = implementation.previews.image(theme);
    if (reference.isEmpty())
        return {};
    // Resource and absolute paths are already local.
    if (reference.startsWith(u':') || QDir::isAbsolutePath(reference))
        return reference;
    const QUrl url(reference);
    if (url.scheme() == u"file"_s)
        return url.toLocalFile();
    if (!url.scheme().isEmpty())
        return {}; // https: lives on the server
    // Relative: anyplot-style URLs of the embedded catalog hang off the spec folder.
    const Spec *spec = catalog.spec(implementation.specId);
    const QString folder = spec ? spec->folderPath : implementation.specId;
    return catalog.absolutePath(folder.isEmpty() ? reference : folder % u'/' % reference);
}

PreviewImageLoader::PreviewImageLoader(QObject *parent)
    : QObject(parent)
{
    m_cache.setMaxCost(64 * 1024); // 64 MiB of thumbnails: the whole real catalog at card size
    m_pool.setMaxThreadCount(2);
}

PreviewImageLoader::~PreviewImageLoader()
{
    // Drop what has not started; the running decodes finish into watchers that die with us.
    m_pool.clear();
    m_pool.waitForDone();
}

bool PreviewImageLoader::isLocalPath(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (path.startsWith(u':') || QDir::isAbsolutePath(path))
        return true;
    const QUrl url(path);
    return url.scheme().isEmpty() || url.isLocalFile();
}

QString PreviewImageLoader::cacheKey(const QString &path, const QSize &size)
{
    return path % u'@' % QString::number(size.width()) % u'x' % QString::number(size.height());
}

QImage PreviewImageLoader::loadScaled(const QString &path, const QSize &size)
{
    QImageReader reader(QUrl(path).isLocalFile() ? QUrl(path).toLocalFile() : path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid() && size.isValid()
        && (original.width() > size.width() || original.height() > size.height())) {
        // Let the decoder scale: for big PNGs this avoids a second full-size copy.
        reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (size.isValid() && (image.width() > size.width() || image.height() > size.height()))
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

bool PreviewImageLoader::isRemotePath(const QString &path)
{
    return path.startsWith(u"https://"_s) || path.startsWith(u"http://"_s);
}

QImage PreviewImageLoader::decodeScaled(const QByteArray &bytes, const QSize &size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid() && size.isValid() && (original.width() > size.width() || original.height() > size.height()))
        reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && size.isValid() && (image.width() > size.width() || image.height() > size.height()))
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage PreviewImageLoader::thumbnail(const QString &path, const QSize &size)
{
    if (size.isEmpty())
        return {};
    if (isRemotePath(path) && m_remote) {
        const QString key = cacheKey(path, size);
        if (const QImage *cached = m_cache.object(key))
            return *cached;
        if (m_loading.contains(key) || m_failed.contains(key))
            return {};
        m_loading.insert(key);
        // Bytes from the disk cache or the network, decoded on our pool.
        m_remote->fetch(QUrl(path), size.width(), this, [this, path, key, size](const QByteArray &bytes, const QString &) {
            if (bytes.isEmpty()) {
                finishLoad(path, key, QImage());
                return;
            }
            auto *watcher = new QFutureWatcher<QImage>(this);
            connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path, key] {
                finishLoad(path, key, watcher->future().isResultReadyAt(0) ? watcher->result() : QImage());
                watcher->deleteLater();
            });
            watcher->setFuture(QtConcurrent::run(&m_pool, &PreviewImageLoader::decodeScaled, bytes, size));
        });
        return {};
    }
    if (!isLocalPath(path))
        return {};
    const QString key = cacheKey(path, size);
    if (const QImage *cached = m_cache.object(key))
        return *cached;
    if (m_loading.contains(key) || m_failed.contains(key))
        return {};

    m_loading.insert(key);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path, key] {
        finishLoad(path, key, watcher->future().isResultReadyAt(0) ? watcher->result() : QImage());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &PreviewImageLoader::loadScaled, path, size));
    return {};
}

void PreviewImageLoader::finishLoad(const QString &path, const QString &key, const QImage &image)
{
    m_loading.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
    } else {
        const int costKiB = std::max(1, int(image.sizeInBytes() / 1024));
        m_cache.insert(key, new QImage(image), costKiB);
    }
    Q_EMIT thumbnailReady(path);
}

void PreviewImageLoader::clear()
{
    m_cache.clear();
    m_failed.clear();
}

bool PreviewImageLoader::isLoading(const QString &path, const QSize &size) const
{
    return m_loading.contains(cacheKey(path, size));
}

bool PreviewImageLoader::isUnavailable(const QString &path, const QSize &size) const
{
    const bool reachable = isLocalPath(path) || (m_remote && isRemotePath(path));
    return !reachable || m_failed.contains(cacheKey(path, size));
}
