// Preview pictures through the size-limited disk cache against an image server on 127.0.0.1 that
// answers like the anyplot bucket: ETag and Last-Modified, 304 for a matching conditional
// request, objects overwritten in place.
#include "previewcache.h"
#include "previewimageloader.h"

#include <QAbstractHttpServer>
#include <QBuffer>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QImage>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray png(QColor color, QSize size = {64, 36})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class ImageServer : public QAbstractHttpServer
{
public:
    struct Hit
    {
        QString path;
        QByteArray ifNoneMatch;
        int status = 0;
    };
    QHash<QString, QByteArray> objects; // path → bytes
    QList<Hit> hits;
    quint16 port = 0;

    ImageServer() { port = listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)); }
    int count(const QString &path) const
    {
        return int(std::count_if(hits.begin(), hits.end(), [&](const Hit &h) { return h.path == path; }));
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        Hit hit{path, request.value("if-none-match"), 200};
        QByteArray head;
        QByteArray body;
        if (!objects.contains(path)) {
            hit.status = 404;
            head = "HTTP/1.1 404 Not Found\r\ncontent-type: application/xml\r\n";
            body = "<Error><Code>NoSuchKey</Code></Error>";
        } else {
            const QByteArray etag = '"' + QCryptographicHash::hash(objects.value(path), QCryptographicHash::Md5).toHex() + '"';
            if (hit.ifNoneMatch == etag) {
                hit.status = 304;
                head = "HTTP/1.1 304 Not Modified\r\netag: " + etag + "\r\ncache-control: public, max-age=604800\r\n";
            } else {
                head = "HTTP/1.1 200 OK\r\ncontent-type: image/png\r\netag: " + etag
                    + "\r\nlast-modified: Sun, 22 Nov 2026 03:00:00 GMT\r\ncache-control: public, max-age=604800\r\n";
                body = objects.value(path);
            }
        }
        hits.append(hit);
        socket->write(head + "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

class TestPreviewCache : public QObject
{
    Q_OBJECT

    static QByteArray fetch(PreviewCache &cache, const QUrl &url, QString *error = nullptr, int width = 0)
    {
        QByteArray result;
        bool done = false;
        QObject context;
        cache.fetch(url, width, &context, [&](const QByteArray &bytes, const QString &e) {
            result = bytes;
            if (error)
                *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

    PreviewCache::Options options(const QTemporaryDir &dir) const
    {
        PreviewCache::Options result;
        result.directory = dir.path();
        return result;
    }

private Q_SLOTS:
    void revalidatesOncePerSession()
    {
        ImageServer server;
        const QString path = u"/plots/scatter-basic/python/altair/plot-light.png"_s;
        server.objects.insert(path, png(Qt::green));
        QTemporaryDir dir;
        {
            PreviewCache cache(options(dir));
            QCOMPARE(fetch(cache, server.url(path)), png(Qt::green));
            QCOMPARE(fetch(cache, server.url(path)), png(Qt::green)); // fresh in this session
            QCOMPARE(server.count(path), 1);
            QCOMPARE(cache.counters().fromNetwork, 1);
            QCOMPARE(cache.counters().fromCache, 1);
        }
        {
            // Next session: one conditional request, answered 304, body from the disk cache.
            PreviewCache cache(options(dir));
            QCOMPARE(fetch(cache, server.url(path)), png(Qt::green));
            QCOMPARE(server.count(path), 2);
            QVERIFY(!server.hits.last().ifNoneMatch.isEmpty());
            QCOMPARE(server.hits.last().status, 304);
            QCOMPARE(cache.counters().fromNetwork, 0);
        }
        {
            // Overwritten in place upstream: the next session's revalidation brings the new picture.
            server.objects.insert(path, png(Qt::red));
            PreviewCache cache(options(dir));
            QCOMPARE(fetch(cache, server.url(path)), png(Qt::red));
            QCOMPARE(server.hits.last().status, 200);
        }
    }

    void offlineServesTheCachedCopy()
    {
        const QString path = u"/plots/bar-basic/plotly/plot.png"_s;
        QTemporaryDir dir;
        QUrl url;
        {
            ImageServer server;
            server.objects.insert(path, png(Qt::blue));
            url = server.url(path);
            PreviewCache cache(options(dir));
            QCOMPARE(fetch(cache, url), png(Qt::blue));
        } // the server is gone
        PreviewCache cache(options(dir));
        QString error;
        QCOMPARE(fetch(cache, url, &error), png(Qt::blue));
        QVERIFY(error.isEmpty());
        // Never cached and unreachable: an error, no bytes.
        url.setPath(u"/other.png"_s);
        QVERIFY(fetch(cache, url, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void sizeIsLimited()
    {
        ImageServer server;
        QTemporaryDir dir;
        PreviewCache::Options limited = options(dir);
        limited.maxBytes = 300 * 1024;
        PreviewCache cache(limited);
        for (int i = 0; i < 20; ++i) {
            const QString path = u"/big-%1.png"_s.arg(i);
            server.objects.insert(path, png(QColor::fromHsv(i * 17, 200, 200), {400, 400}) + QByteArray(50 * 1024, char(i)));
            QVERIFY(!fetch(cache, server.url(path)).isEmpty());
        }
        // QNetworkDiskCache trims when an insert finds it over the limit: over by one object at most.
        const qint64 largest = png(Qt::white, {400, 400}).size() + 50 * 1024 + 4096;
        QVERIFY2(cache.cacheSize() <= limited.maxBytes + largest, qPrintable(QString::number(cache.cacheSize())));
        QVERIFY(cache.cacheSize() > 0);
    }

    void variants_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("variant");
        const QString base = u"https://storage.googleapis.com/anyplot-images/plots/x/python/altair/plot-light"_s;
        QTest::newRow("card") << base + u".png"_s << 300 << base + u"_400.png"_s;
        QTest::newRow("hidpi card") << base + u".png"_s << 640 << base + u"_800.png"_s;
        QTest::newRow("large") << base + u".png"_s << 1100 << base + u"_1200.png"_s;
        QTest::newRow("full") << base + u".png"_s << 3000 << base + u".png"_s;
        QTest::newRow("other host") << u"https://example.org/a.png"_s << 300 << u"https://example.org/a.png"_s;
        QTest::newRow("html") << base + u".html"_s << 300 << base + u".html"_s;
    }
    void variants()
    {
        QFETCH(QString, url);
        QFETCH(int, width);
        QFETCH(QString, variant);
        QCOMPARE(PreviewCache::variantFor(QUrl(url), width).toString(), variant);
    }

    void thumbnailsOfRemotePictures()
    {
        ImageServer server;
        const QString path = u"/plots/line-basic/python/bokeh/plot-light.png"_s;
        server.objects.insert(path, png(Qt::darkGreen, {480, 270}));
        QTemporaryDir dir;
        PreviewCache cache(options(dir));
        PreviewImageLoader loader;
        const QString url = server.url(path).toString();
        const QSize size(160, 90);
        QVERIFY(loader.isUnavailable(url, size)); // no remote source yet: nothing to show
        loader.setRemoteSource(&cache);
        QVERIFY(!loader.isUnavailable(url, size));
        QSignalSpy ready(&loader, &PreviewImageLoader::thumbnailReady);
        QVERIFY(loader.thumbnail(url, size).isNull()); // never blocks: starts the fetch
        QVERIFY(loader.isLoading(url, size));
        QTRY_COMPARE(ready.size(), 1);
        const QImage image = loader.thumbnail(url, size);
        QCOMPARE(image.size(), size);
        QCOMPARE(image.pixelColor(80, 45), QColor(Qt::darkGreen));

        // A picture the server does not have is unavailable, not retried for ever.
        const QString missing = server.url(u"/missing.png"_s).toString();
        QVERIFY(loader.thumbnail(missing, size).isNull());
        QTRY_COMPARE(ready.size(), 2);
        QVERIFY(loader.isUnavailable(missing, size));
    }
};

QTEST_GUILESS_MAIN(TestPreviewCache)
#include "tst_previewcache.moc"
