#include "dataimport.h"

#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <memory>

// The spreadsheet and JSON readers come from their own branch; the facade picks them up as soon as
// their headers are part of the build.
#if __has_include("xlsxreader.h")
#include "xlsxreader.h"
#define PLOTBENCH_HAVE_XLSX_READER 1
#endif
#if __has_include("odsreader.h")
#include "odsreader.h"
#define PLOTBENCH_HAVE_ODS_READER 1
#endif
#if __has_include("jsonreader.h")
#include "jsonreader.h"
#define PLOTBENCH_HAVE_JSON_READER 1
#endif

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DataImport", text); }

constexpr qint64 previewScanBytes = 4 << 20;

QString formatName(ImportOptions::Format format)
{
    switch (format) {
    case ImportOptions::Format::Xlsx:
        return u"xlsx"_s;
    case ImportOptions::Format::Ods:
        return u"ods"_s;
    case ImportOptions::Format::Json:
        return u"json"_s;
    default:
        return u"csv"_s;
    }
}

std::unique_ptr<DataReader> readerFor(ImportOptions::Format format)
{
    switch (format) {
    case ImportOptions::Format::Auto:
    case ImportOptions::Format::Csv:
        return std::make_unique<CsvReader>();
    case ImportOptions::Format::Xlsx:
#ifdef PLOTBENCH_HAVE_XLSX_READER
        return std::make_unique<XlsxReader>();
#else
        break;
#endif
    case ImportOptions::Format::Ods:
#ifdef PLOTBENCH_HAVE_ODS_READER
        return std::make_unique<OdsReader>();
#else
        break;
#endif
    case ImportOptions::Format::Json:
#ifdef PLOTBENCH_HAVE_JSON_READER
        return std::make_unique<JsonReader>();
#else
        break;
#endif
    }
    return nullptr;
}

ImportResult readDevice(QIODevice &device, const QString &fileName, const ImportOptions &options,
                        const ImportControl &control)
{
    ImportOptions resolved = options;
    if (resolved.format == ImportOptions::Format::Auto)
        resolved.format = DataImport::detectFormat(device, fileName);
    const std::unique_ptr<DataReader> reader = readerFor(resolved.format);
    if (!reader) {
        ImportResult result;
        result.format = formatName(resolved.format);
        result.error = tr("reading %1 files is not available in this build").arg(result.format);
        return result;
    }
    ImportResult result = reader->read(device, resolved, control);
    if (result.format.isEmpty())
        result.format = formatName(resolved.format);
    return result;
}

ImportResult runWithPromise(QPromise<ImportResult> &promise, const QString &path, const ImportOptions &options)
{
    promise.setProgressRange(0, 1000);
    ImportControl control;
    control.progress = [&promise](double fraction) { promise.setProgressValue(int(fraction * 1000)); };
    control.isCanceled = [&promise] { return promise.isCanceled(); };
    return DataImport::importFile(path, options, control);
}
} // namespace

QStringList ImportOptions::defaultMissingMarkers()
{
    return {QString(), u"NA"_s, u"N/A"_s, u"null"_s, u"NaN"_s, u"-"_s};
}

namespace DataImport {

ImportOptions::Format detectFormat(QIODevice &device, const QString &fileName)
{
    // Content first: the name only breaks ties (a .xlsx that is really a CSV is read as CSV).
    const QByteArray head = device.peek(512);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        // An OpenDocument file starts with its uncompressed "mimetype" entry.
        if (head.contains("application/vnd.oasis.opendocument.spreadsheet") || suffix == u"ods"_s)
            return ImportOptions::Format::Ods;
        return ImportOptions::Format::Xlsx;
    }
    qsizetype at = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < head.size() && (head[at] == ' ' || head[at] == '\t' || head[at] == '\n' || head[at] == '\r'))
        ++at;
    const char first = at < head.size() ? head[at] : 0;
    const bool jsonName = suffix == u"json"_s || suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"geojson"_s;
    if (first == '{' || (first == '[' && (jsonName || (at + 1 < head.size() && QByteArrayView("[{\"0123456789-tfn \n\r\t]").contains(head[at + 1])))))
        return ImportOptions::Format::Json;
    return ImportOptions::Format::Csv;
}

ImportResult importFile(const QString &path, const ImportOptions &options, const ImportControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return readDevice(file, path, options, control);
}

ImportResult importBytes(const QByteArray &bytes, const ImportOptions &options, const ImportControl &control)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, QString(), options, control);
}

QFuture<ImportResult> importAsync(const QString &path, const ImportOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<ImportResult> &promise) {
        promise.addResult(runWithPromise(promise, path, options));
    });
}

QFuture<ImportResult> previewAsync(const QString &path, const ImportOptions &options, qsizetype rows)
{
    ImportOptions preview = options;
    preview.maxRows = rows;
    if (preview.scanLimitBytes < 0)
        preview.scanLimitBytes = previewScanBytes;
    return QtConcurrent::run([path, preview](QPromise<ImportResult> &promise) {
        promise.addResult(runWithPromise(promise, path, preview));
    });
}

} // namespace DataImport
