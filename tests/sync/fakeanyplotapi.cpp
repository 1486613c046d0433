#include "fakeanyplotapi.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(path));
    return file.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray errorBody(int status, const QString &message, const QString &path)
{
    return QJsonDocument(QJsonObject{{u"status"_s, status}, {u"message"_s, message}, {u"path"_s, path}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

FakeAnyplotApi::FakeAnyplotApi(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_fixtures(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-api"_s)
{
    m_specs = QJsonDocument::fromJson(readFixture(m_fixtures + u"/specs.json"_s)).array();
    m_plotsFilter = QJsonDocument::fromJson(readFixture(m_fixtures + u"/plots_filter.json"_s)).object();
    m_detailTemplate = QJsonDocument::fromJson(readFixture(m_fixtures + u"/specs__scatter-basic.json"_s)).object();
    m_clock.start();
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        qFatal("the fake anyplot API could not listen on 127.0.0.1");
}

QUrl FakeAnyplotApi::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString FakeAnyplotApi::fixtureDirectory() const
{
    return m_fixtures;
}

void FakeAnyplotApi::addFault(const QString &path, Fault fault)
{
    m_faults.append({path, std::move(fault)});
}

void FakeAnyplotApi::clearFaults()
{
    m_faults.clear();
}

int FakeAnyplotApi::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += request.path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

void FakeAnyplotApi::setOverride(const QString &path, QByteArray body, int status)
{
    m_overrides.insert(path, {std::move(body), status});
}

bool FakeAnyplotApi::hasSpec(const QString &specId) const
{
    for (const QJsonValue &entry : m_specs) {
        if (entry.toObject().value(u"id"_s).toString() == specId)
            return true;
    }
    return false;
}

QJsonObject FakeAnyplotApi::detailOf(const QString &specId) const
{
    if (const auto it = m_detailOverrides.constFind(specId); it != m_detailOverrides.cend())
        return *it;
    const QString recorded = m_fixtures + u"/specs__"_s + specId + u".json"_s;
    if (QFile::exists(recorded))
        return QJsonDocument::fromJson(readFixture(recorded)).object();

    // Not recorded: the scatter-basic page with this spec's index entry and index rows.
    QJsonObject detail = m_detailTemplate;
    for (const QJsonValue &value : m_specs) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"id"_s).toString() != specId)
            continue;
        for (const char *key : {"id", "title", "description", "tags"})
            detail.insert(QLatin1StringView(key), entry.value(QLatin1StringView(key)));
    }
    const QJsonObject templateImpl = m_detailTemplate.value(u"implementations"_s).toArray().first().toObject();
    QJsonArray implementations;
    if (m_imagesBySpec.isEmpty()) {
        for (const QJsonValue &value : m_plotsFilter.value(u"images"_s).toArray())
            m_imagesBySpec[value.toObject().value(u"spec_id"_s).toString()].append(value);
    }
    for (const QJsonValue &value : m_imagesBySpec.value(specId)) {
        const QJsonObject image = value.toObject();
        QJsonObject impl = templateImpl;
        impl.insert(u"library_id"_s, image.value(u"library"_s));
        impl.insert(u"library_name"_s, image.value(u"library"_s));
        impl.insert(u"language"_s, image.value(u"language"_s));
        impl.insert(u"preview_url_light"_s, image.value(u"url_light"_s));
        impl.insert(u"preview_url_dark"_s, image.value(u"url_dark"_s));
        impl.insert(u"preview_html_light"_s, image.value(u"html_light"_s));
        impl.insert(u"preview_html_dark"_s, image.value(u"html_dark"_s));
        impl.insert(u"preview_url"_s, image.value(u"url"_s));
        impl.insert(u"preview_html"_s, image.value(u"html"_s));
        impl.insert(u"quality_score"_s, image.value(u"quality"_s));
        implementations.append(impl);
    }
    detail.insert(u"implementations"_s, implementations);
    return detail;
}

void FakeAnyplotApi::setSpecTitle(const QString &specId, const QString &title)
{
    m_detailCache.clear();
    m_imagesBySpec.clear();
    QJsonObject detail = detailOf(specId);
    detail.insert(u"title"_s, title);
    m_detailOverrides.insert(specId, detail);
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        QJsonObject entry = m_specs.at(i).toObject();
        if (entry.value(u"id"_s).toString() == specId) {
            entry.insert(u"title"_s, title);
            m_specs.replace(i, entry);
        }
    }
    QJsonArray images = m_plotsFilter.value(u"images"_s).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        if (image.value(u"spec_id"_s).toString() == specId) {
            image.insert(u"title"_s, title);
            images.replace(i, image);
        }
    }
    m_plotsFilter.insert(u"images"_s, images);
    m_specsChanged = m_filterChanged = true;
    m_plotsFilterCache.clear();
}

void FakeAnyplotApi::setQuality(const QString &specId, const QString &library, double quality)
{
    m_detailCache.clear();
    m_imagesBySpec.clear();
    QJsonObject detail = detailOf(specId);
    QJsonArray implementations = detail.value(u"implementations"_s).toArray();
    for (qsizetype i = 0; i < implementations.size(); ++i) {
        QJsonObject impl = implementations.at(i).toObject();
        if (impl.value(u"library_id"_s).toString() == library) {
            impl.insert(u"quality_score"_s, quality);
            implementations.replace(i, impl);
        }
    }
    detail.insert(u"implementations"_s, implementations);
    m_detailOverrides.insert(specId, detail);
    QJsonArray images = m_plotsFilter.value(u"images"_s).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        if (image.value(u"spec_id"_s).toString() == specId && image.value(u"library"_s).toString() == library) {
            image.insert(u"quality"_s, quality);
            images.replace(i, image);
        }
    }
    m_plotsFilter.insert(u"images"_s, images);
    m_filterChanged = true;
    m_plotsFilterCache.clear();
}

void FakeAnyplotApi::removeSpec(const QString &specId)
{
    m_detailCache.clear();
    m_imagesBySpec.clear();
    for (qsizetype i = m_specs.size() - 1; i >= 0; --i) {
        if (m_specs.at(i).toObject().value(u"id"_s).toString() == specId)
            m_specs.removeAt(i);
    }
    QJsonArray images = m_plotsFilter.value(u"images"_s).toArray();
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        if (images.at(i).toObject().value(u"spec_id"_s).toString() == specId)
            images.removeAt(i);
    }
    m_plotsFilter.insert(u"images"_s, images);
    m_plotsFilter.insert(u"total"_s, images.size());
    m_specsChanged = m_filterChanged = true;
    m_plotsFilterCache.clear();
}

void FakeAnyplotApi::keepOnly(const QStringList &specIds)
{
    QStringList ids;
    for (const QJsonValue &entry : std::as_const(m_specs))
        ids.append(entry.toObject().value(u"id"_s).toString());
    for (const QString &id : std::as_const(ids)) {
        if (!specIds.contains(id))
            removeSpec(id);
    }
}

QByteArray FakeAnyplotApi::specsBody() const
{
    if (!m_specsChanged)
        return readFixture(m_fixtures + u"/specs.json"_s);
    return QJsonDocument(m_specs).toJson(QJsonDocument::Indented);
}

QByteArray FakeAnyplotApi::plotsFilterBody() const
{
    if (!m_filterChanged)
        return readFixture(m_fixtures + u"/plots_filter.json"_s);
    if (m_plotsFilterCache.isEmpty())
        m_plotsFilterCache = QJsonDocument(m_plotsFilter).toJson(QJsonDocument::Indented);
    return m_plotsFilterCache;
}

FakeAnyplotApi::Response FakeAnyplotApi::route(const QString &path) const
{
    Response response;
    response.headers.append({QByteArray("cache-control"), QByteArray("public, max-age=300, stale-while-revalidate=3600")});
    if (const auto it = m_overrides.constFind(path); it != m_overrides.cend()) {
        response.body = it->first;
        response.status = it->second;
        return response;
    }
    const QStringList parts = path.section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts);
    if (parts == QStringList{u"specs"_s}) {
        response.body = specsBody();
    } else if (parts == QStringList{u"plots"_s, u"filter"_s} && !path.contains(u'?')) {
        response.body = plotsFilterBody();
    } else if (path == u"/plots/filter?lib=seaborn&plot=scatter"_s) {
        response.body = readFixture(m_fixtures + u"/plots_filter__lib-seaborn__plot-scatter.json"_s);
    } else if (parts == QStringList{u"libraries"_s}) {
        response.body = readFixture(m_fixtures + u"/libraries.json"_s);
    } else if (parts == QStringList{u"stats"_s}) {
        response.body = readFixture(m_fixtures + u"/stats.json"_s);
    } else if (parts == QStringList{u"health"_s}) {
        response.body = readFixture(m_fixtures + u"/extra__health.json"_s);
    } else if (parts.size() == 2 && parts.first() == u"specs"_s) {
        const QString id = parts.at(1);
        const QString recorded = m_fixtures + u"/specs__"_s + id + u".json"_s;
        if (!hasSpec(id)) {
            response.status = 404;
            response.body = errorBody(404, u"Spec '%1' not found"_s.arg(id), path);
        } else if (!m_detailOverrides.contains(id) && QFile::exists(recorded)) {
            response.body = readFixture(recorded); // the recorded bytes, exactly
        } else {
            if (!m_detailCache.contains(id))
                m_detailCache.insert(id, QJsonDocument(detailOf(id)).toJson(QJsonDocument::Indented));
            response.body = m_detailCache.value(id);
        }
    } else if (parts.size() == 4 && parts.first() == u"specs"_s && parts.at(3) == u"code"_s) {
        const QString id = parts.at(1);
        const QString library = parts.at(2);
        bool found = false;
        if (hasSpec(id)) {
            for (const QJsonValue &impl : detailOf(id).value(u"implementations"_s).toArray())
                found = found || impl.toObject().value(u"library_id"_s).toString() == library;
        }
        if (!found) {
            response.status = 404;
            response.body = errorBody(404, u"Implementation '%1/%2' not found"_s.arg(id, library), path);
        } else {
            const QString code = u"\"\"\" anyplot.ai\n%1: %2\nLibrary: %3\n\"\"\"\n\nimport numpy as np\nprint(\"%1 · %3\")\n"_s
                                     .arg(id, detailOf(id).value(u"title"_s).toString(), library);
            response.body = QJsonDocument(QJsonObject{{u"spec_id"_s, id}, {u"library"_s, library}, {u"code"_s, code}})
                                .toJson(QJsonDocument::Compact);
        }
    } else if (m_serveImages && parts.value(0) == u"images"_s && path.endsWith(u".png"_s)) {
        // A picture per object: a colour from its path, its spec and library written on it.
        QImage image(800, 450, QImage::Format_RGB32);
        image.fill(QColor(0xFA, 0xF8, 0xF1));
        QPainter painter(&image);
        const QColor ink = QColor::fromHsv(int(qHash(parts.value(2)) % 360), 160, 170);
        painter.setPen(QPen(ink, 10));
        for (int i = 0; i < 12; ++i)
            painter.drawLine(60 + i * 55, 380, 60 + i * 55, 380 - int((qHash(path + QString::number(i)) % 280)));
        painter.setPen(QColor(0x1A, 0x1A, 0x17));
        QFont font = painter.font();
        font.setPixelSize(34);
        painter.setFont(font);
        painter.drawText(QRect(0, 10, 800, 60), Qt::AlignCenter, parts.value(2) + u" · "_s + parts.value(parts.size() - 2));
        painter.end();
        QBuffer buffer(&response.body);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        response.contentType = "image/png";
        response.headers.append({QByteArray("etag"), '"' + QByteArray::number(qHash(path)) + '"'});
    } else {
        response.status = 404;
        response.body = R"({"detail":"Not Found"})";
    }
    if (m_serveImages && response.contentType == "application/json")
        response.body.replace(QByteArray("https://storage.googleapis.com/anyplot-images"), QByteArray(baseUrl().toString().toUtf8() + "/images"));
    return response;
}

void FakeAnyplotApi::send(QTcpSocket *socket, const Response &response, bool gzipAllowed, int truncateTo)
{
    QByteArray body = response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "server: uvicorn\r\ncontent-type: " + response.contentType + "\r\n";
    for (const auto &[key, value] : response.headers)
        head += key + ": " + value + "\r\n";
    // Starlette's GZipMiddleware: minimum_size=500.
    if (gzipAllowed && body.size() >= 500) {
        body = gzip(body);
        head += "content-encoding: gzip\r\nvary: Accept-Encoding\r\n";
    }
    head += "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (truncateTo >= 0)
        body.truncate(truncateTo);
    socket->write(head + body);
}

void FakeAnyplotApi::finishOpen()
{
    m_open = std::max(0, m_open - 1);
}

bool FakeAnyplotApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString path = request.url().path();
    if (!request.url().query().isEmpty())
        path += u'?' + request.url().query();
    const QByteArray acceptEncoding = request.value("accept-encoding");
    m_requests.append({path, m_clock.elapsed(), acceptEncoding});
    m_peakOpen = std::max(m_peakOpen, ++m_open);
    const bool gzipAllowed = acceptEncoding.contains("gzip");
    // Without it, Nagle and delayed ACKs add ~40 ms to every kept-alive answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    Fault *fault = nullptr;
    for (auto &[pattern, candidate] : m_faults) {
        const bool matches = pattern.endsWith(u'*') ? path.startsWith(pattern.chopped(1)) : path == pattern;
        if (matches && candidate.times != 0) {
            fault = &candidate;
            break;
        }
    }
    if (!fault) {
        send(socket, route(path), gzipAllowed);
        finishOpen();
        return true;
    }
    if (fault->times > 0)
        --fault->times;

    Response response;
    switch (fault->kind) {
    case FaultKind::Slow: {
        QPointer<QTcpSocket> guarded(socket);
        const Response later = route(path);
        QTimer::singleShot(fault->delayMs, this, [this, guarded, later, gzipAllowed] {
            if (guarded)
                send(guarded, later, gzipAllowed);
            finishOpen();
        });
        return true;
    }
    case FaultKind::Hang:
        connect(socket, &QObject::destroyed, this, [this] { finishOpen(); });
        return true;
    case FaultKind::Truncated:
        send(socket, route(path), gzipAllowed, fault->bytes);
        socket->flush();
        socket->disconnectFromHost();
        finishOpen();
        return true;
    case FaultKind::InvalidJson:
        response.body = "{\"total\": 2708, \"images\": [ {\"spec_id\": \"acf-pacf\", oops } ] }";
        break;
    case FaultKind::Status:
        response.status = fault->status;
        response.body = fault->status == 503 ? QByteArray(R"({"detail":"Service temporarily unavailable"})")
                                             : errorBody(fault->status, u"Internal server error"_s, path);
        break;
    case FaultKind::CdnForbidden:
        response.status = 403;
        response.contentType = "text/html; charset=UTF-8";
        response.body = "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1>"
                        "<p>Request blocked. Reference #18.4f2c3b17.1764561234.9a1b2c</p></body></html>\n";
        break;
    case FaultKind::TooManyRequests:
        response.status = 429;
        response.headers.append({QByteArray("retry-after"), QByteArray::number(fault->retryAfter)});
        response.body = R"({"detail":"Too Many Requests"})";
        break;
    case FaultKind::Reset: {
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        finishOpen();
        return true;
    }
    case FaultKind::RedirectLoop:
        response.status = 302;
        response.headers.append({QByteArray("location"), baseUrl().toString().toUtf8() + path.toUtf8()});
        response.body = {};
        break;
    case FaultKind::Body:
        response.body = fault->body;
        break;
    }
    send(socket, response, gzipAllowed);
    finishOpen();
    return true;
}

void FakeAnyplotApi::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    Response response;
    response.status = 404;
    response.body = R"({"detail":"Not Found"})";
    send(socket, response, false);
}

QByteArray FakeAnyplotApi::gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}
