#pragma once

#include "datatable.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// The options of one import: what the import dialog edits and the CLI passes. A null QChar or an
// empty string means "detect it".
struct ImportOptions
{
    enum class Format { Auto, Csv, Xlsx, Ods, Json };
    Format format = Format::Auto;

    static QStringList defaultMissingMarkers(); // "", NA, N/A, null, NaN, -

    // Text formats
    QString encoding;              // empty: detect (BOM, UTF-16 heuristics, UTF-8, else Windows-1252)
    QChar delimiter;               // null: sniff among , ; tab | space
    QChar quote = u'"';
    QChar escape;                  // null: a doubled quote escapes a quote (RFC 4180)
    int skipLines = -1;            // lines dropped before the header row; -1: detect them (CSV: a
                                   // title, notes, blank lines, Excel's "sep=;" line)
    int headerRow = 0;             // index of the header row after skipLines; -1: no header
    QString commentPrefix;         // lines starting with it are skipped; empty: none
    QChar decimalSeparator = u'.'; // null: detect ('.' or ',' as the numbers in the file use it)
    QChar thousandsSeparator;      // null: none
    QStringList missingMarkers = defaultMissingMarkers(); // compared after trimming
    bool unixTimestamps = false;   // integer columns that look like epoch seconds become datetimes

    // Per column, by position in the file (0-based): a forced type, a new name.
    QHash<int, ColumnType> typeOverrides;
    QHash<int, QString> renames;

    // Spreadsheets
    QString sheet;                 // empty: the first sheet
    QString cellRange;             // "B3:F200"; empty: the used range

    // JSON
    QString recordPath;            // "data.items": the array under that key path; empty: detect

    qsizetype maxRows = -1;        // stop after this many data rows (previews); -1: all

    // Bounds against hostile input (tests lower them; the defaults suit real files).
    qsizetype maxFieldBytes = qsizetype(16) << 20; // a longer field is cut, with a warning
    int maxColumns = 262'144;      // fields beyond are dropped, with a warning
    qint64 scanLimitBytes = -1;    // read at most this many bytes of the file (previews); -1: all
    int threads = 0;               // parser threads; 0: one per core
};

// A warning with where it happened: a 1-based line for text formats, or a cell ("Sheet1!C7").
struct ImportWarning
{
    qint64 line = 0;               // 0 when a cell is given or the warning concerns the whole file
    QString cell;
    QString message;
};

struct ImportResult
{
    DataTablePtr table;            // may be partial (with warnings), or null when `error` is set
    QList<ImportWarning> warnings;
    QString error;                 // empty on success: a clear message otherwise
    bool canceled = false;

    // What detection chose, so the dialog can show it and the CLI print it.
    QString format;                // "csv", "xlsx", "ods", "json", "jsonl"
    QString encoding;              // "UTF-8", "UTF-16LE", "Windows-1252" … (text formats)
    QChar delimiter;               // text formats
    QStringList sheets;            // spreadsheets: every sheet name, in workbook order
    QString rawText;               // text formats: the first lines as decoded text, for the raw preview
    qint64 totalRows = -1;         // rows in the file when known (a preview may hold fewer)
    qint64 skippedLines = 0;       // text formats: lines skipped before the header (detected or asked)
};

// How a running import reports progress and learns it was canceled; both may be empty.
struct ImportControl
{
    std::function<void(double fraction)> progress; // 0…1, called at most every few ms
    std::function<bool()> isCanceled;
    bool canceled() const { return isCanceled && isCanceled(); }
    void report(double fraction) const { if (progress) progress(fraction); }
};

// One reader per format (CsvReader, XlsxReader, OdsReader, JsonReader): options in, result out.
// `device` is open for reading and random access (a QFile or QBuffer).
class DataReader
{
public:
    virtual ~DataReader() = default;
    virtual ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const = 0;
};

// Reading files into DataTables: picks the reader by the options' format or by sniffing the content
// (a .xlsx that is really a CSV is read as CSV). None throws, aborts an import on one bad row, or
// reads unbounded input into memory at once.
namespace DataImport {

ImportOptions::Format detectFormat(QIODevice &device, const QString &fileName);

// The whole work, on the calling thread.
ImportResult importFile(const QString &path, const ImportOptions &options, const ImportControl &control = {});
// Same for data already in memory (pasted text, a test's bytes).
ImportResult importBytes(const QByteArray &bytes, const ImportOptions &options, const ImportControl &control = {});

// On a worker thread; the future reports progress (0…1000) and can be canceled.
QFuture<ImportResult> importAsync(const QString &path, const ImportOptions &options);
// The first `rows` rows for the import dialog's live preview (≤ 50 ms for any file).
QFuture<ImportResult> previewAsync(const QString &path, const ImportOptions &options, qsizetype rows = 200);

} // namespace DataImport
