#include "commands.h"
#include "commandsupport.h"

#include "dataimport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {
// Its texts belong to the "CommandLine" context, like the tr() of commandsupport.h.
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    QCommandLineParser parser;
    QCommandLineOption json{u"json"_s, tr("Print machine-readable JSON.")};
    QCommandLineOption head{u"head"_s, tr("Also print the first N rows."), u"N"_s};
    QCommandLineOption sheet{u"sheet"_s, tr("Spreadsheets: the sheet to read (default: the first)."), u"NAME"_s};
    QCommandLineOption range{u"range"_s, tr("Spreadsheets: the cell range, e.g. B3:F200."), u"RANGE"_s};
    QCommandLineOption recordPath{u"record-path"_s, tr("JSON: the key path of the records, e.g. data.items."), u"PATH"_s};
    QCommandLineOption format{u"format"_s, tr("csv, xlsx, ods or json (default: detected from the content)."), u"FORMAT"_s};
    QCommandLineOption delimiter{u"delimiter"_s, tr("Field delimiter: a character, or tab, comma, semicolon, pipe, space (default: sniffed)."), u"C"_s};
    QCommandLineOption encoding{u"encoding"_s, tr("UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1 (default: detected)."), u"NAME"_s};
    QCommandLineOption quote{u"quote"_s, tr("Quote character (default: \"); 'none' for none."), u"C"_s};
    QCommandLineOption escape{u"escape"_s, tr("Escape character inside quotes (default: a doubled quote)."), u"C"_s};
    QCommandLineOption decimal{u"decimal"_s, tr("Decimal separator, or 'auto' to detect . or , (default: .)."), u"C"_s};
    QCommandLineOption thousands{u"thousands"_s, tr("Thousands separator (default: none)."), u"C"_s};
    QCommandLineOption skip{u"skip"_s, tr("Lines to skip before the header row (default: detected — a title, notes, blank lines or a sep= line before the header)."), u"N"_s};
    QCommandLineOption headerRow{u"header-row"_s, tr("Index of the header row after the skipped lines (default 0)."), u"N"_s};
    QCommandLineOption noHeader{u"no-header"_s, tr("The file has no header row.")};
    QCommandLineOption comment{u"comment"_s, tr("Lines starting with this prefix are skipped."), u"PREFIX"_s};
    QCommandLineOption missing{u"missing"_s, tr("Comma-separated missing-value markers (default: empty, NA, N/A, null, NaN, -)."), u"LIST"_s};
    QCommandLineOption type{u"type"_s, tr("Force a column's type: COLUMN=integer|float|boolean|datetime|categorical|text; COLUMN is a name or a 0-based index. Repeatable."), u"COLUMN=TYPE"_s};
    QCommandLineOption rename{u"rename"_s, tr("Rename a column: COLUMN=NAME. Repeatable."), u"COLUMN=NAME"_s};
    QCommandLineOption unixTimestamps{u"unix-timestamps"_s, tr("Integer columns that look like epoch seconds or milliseconds become datetimes.")};
    QCommandLineOption maxRows{u"max-rows"_s, tr("Read at most N data rows."), u"N"_s};
    QCommandLineOption threads{u"threads"_s, tr("Parser threads (default: one per core)."), u"N"_s};

    QString error;

    bool character(const QCommandLineOption &option, QChar *out)
    {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option);
        static const QHash<QString, QChar> named{{u"tab"_s, u'\t'}, {u"\\t"_s, u'\t'}, {u"comma"_s, u','},
                                                 {u"semicolon"_s, u';'}, {u"pipe"_s, u'|'}, {u"space"_s, u' '},
                                                 {u"none"_s, QChar()}, {u"auto"_s, QChar()}};
        if (const auto it = named.constFind(value.toLower()); it != named.cend()) {
            *out = it.value();
            return true;
        }
        if (value.size() != 1) {
            error = tr("--%1 expects one character, got '%2'").arg(option.names().constFirst(), value);
            return false;
        }
        *out = value.at(0);
        return true;
    }

    bool number(const QCommandLineOption &option, qsizetype min, qsizetype *out)
    {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min) {
            error = tr("--%1 expects a whole number ≥ %2, got '%3'").arg(option.names().constFirst()).arg(min).arg(parser.value(option));
            return false;
        }
        *out = qsizetype(value);
        return true;
    }

    // COLUMN=VALUE pairs; a COLUMN that is not an index is looked up among the file's column names.
    bool columnPairs(const QCommandLineOption &option, const QString &path, const ImportOptions &options,
                     QList<QPair<int, QString>> *pairs)
    {
        QStringList names;
        bool namesRead = false;
        for (const QString &pair : parser.values(option)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                error = tr("--%1 expects COLUMN=VALUE, got '%2'").arg(option.names().constFirst(), pair);
                return false;
            }
            const QString key = pair.left(equals);
            bool isIndex = false;
            int index = key.toInt(&isIndex);
            if (!isIndex) {
                if (!namesRead) {
                    ImportOptions probe = options;
                    probe.maxRows = 0;
                    probe.typeOverrides.clear();
                    probe.renames.clear();
                    const ImportResult header = DataImport::importFile(path, probe);
                    if (header.table)
                        names = header.table->columnNames();
                    namesRead = true;
                }
                index = int(names.indexOf(key));
                if (index < 0) {
                    error = tr("no column named '%1'").arg(key);
                    return false;
                }
            }
            pairs->append({index, pair.mid(equals + 1)});
        }
        return true;
    }

    bool options(const QString &path, ImportOptions *options)
    {
        if (parser.isSet(format)) {
            static const QHash<QString, ImportOptions::Format> formats{
                {u"csv"_s, ImportOptions::Format::Csv}, {u"tsv"_s, ImportOptions::Format::Csv},
                {u"txt"_s, ImportOptions::Format::Csv}, {u"xlsx"_s, ImportOptions::Format::Xlsx},
                {u"ods"_s, ImportOptions::Format::Ods}, {u"json"_s, ImportOptions::Format::Json},
                {u"jsonl"_s, ImportOptions::Format::Json}, {u"auto"_s, ImportOptions::Format::Auto}};
            const auto it = formats.constFind(parser.value(format).toLower());
            if (it == formats.cend()) {
                error = tr("unknown format '%1'").arg(parser.value(format));
                return false;
            }
            options->format = it.value();
        }
        if (!character(delimiter, &options->delimiter) || !character(quote, &options->quote)
            || !character(escape, &options->escape) || !character(decimal, &options->decimalSeparator)
            || !character(thousands, &options->thousandsSeparator))
            return false;
        options->encoding = parser.value(encoding);
        qsizetype value = options->skipLines;
        if (!number(skip, 0, &value))
            return false;
        options->skipLines = int(value);
        value = options->headerRow;
        if (!number(headerRow, 0, &value))
            return false;
        options->headerRow = parser.isSet(noHeader) ? -1 : int(value);
        options->commentPrefix = parser.value(comment);
        if (parser.isSet(missing))
            options->missingMarkers = parser.value(missing).split(u',');
        options->unixTimestamps = parser.isSet(unixTimestamps);
        if (!number(maxRows, 0, &options->maxRows))
            return false;
        value = 0;
        if (!number(threads, 0, &value))
            return false;
        options->threads = int(value);
        options->sheet = parser.value(sheet);
        options->cellRange = parser.value(range);
        options->recordPath = parser.value(recordPath);

        QList<QPair<int, QString>> pairs;
        if (!columnPairs(type, path, *options, &pairs))
            return false;
        for (const auto &[index, key] : std::as_const(pairs)) {
            ColumnType columnType;
            if (!columnTypeFromKey(key, &columnType)) {
                error = tr("unknown type '%1' (integer, float, boolean, datetime, categorical, text)").arg(key);
                return false;
            }
            options->typeOverrides.insert(index, columnType);
        }
        pairs.clear();
        if (!columnPairs(rename, path, *options, &pairs))
            return false;
        for (const auto &[index, name] : std::as_const(pairs))
            options->renames.insert(index, name);
        return true;
    }
};

QJsonValue cellJson(const DataColumn &column, qsizetype row)
{
    if (column.isMissing(row))
        return QJsonValue::Null;
    switch (column.type()) {
    case ColumnType::Integer:
        return QJsonValue(column.integer(row));
    case ColumnType::Float: {
        const double value = column.number(row);
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }
    case ColumnType::Boolean:
        return QJsonValue(column.integer(row) != 0);
    case ColumnType::DateTime:
        return column.dateTime(row).toString(Qt::ISODateWithMs);
    case ColumnType::Categorical:
    case ColumnType::Text:
        return column.text(row);
    }
    return QJsonValue::Null;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return u"\\t"_s;
    if (delimiter == u' ')
        return u"space"_s;
    return QString(delimiter);
}

QString where(const ImportWarning &warning)
{
    if (!warning.cell.isEmpty())
        return warning.cell;
    return warning.line > 0 ? tr("line %1").arg(warning.line) : tr("file");
}
} // namespace

int importData(const QStringList &arguments)
{
    ImportCommand command;
    QCommandLineParser &parser = command.parser;
    parser.setApplicationDescription(
        ImportCommand::tr("Usage: %1 FILE [options]").arg(arguments.first()) + u"\n"_s
        + ImportCommand::tr("Reads a CSV/TSV, xlsx, ods or JSON file and prints its schema (column names, inferred "
                            "types, missing counts), row count and warnings."));
    parser.addHelpOption();
    parser.addOptions({command.json, command.head, command.sheet, command.range, command.recordPath, command.format,
                       command.delimiter, command.encoding, command.quote, command.escape, command.decimal,
                       command.thousands, command.skip, command.headerRow, command.noHeader, command.comment,
                       command.missing, command.type, command.rename, command.unixTimestamps, command.maxRows,
                       command.threads});
    parser.addPositionalArgument(u"file"_s, ImportCommand::tr("The data file."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("expected exactly one data file; see --help"));
    const QString path = positional.first();
    if (!QFileInfo(path).isFile())
        return fail(tr("no such file: %1").arg(path));
    ImportOptions options;
    qsizetype headRows = 0;
    if (!command.options(path, &options) || !command.number(command.head, 0, &headRows))
        return fail(command.error);

    const ImportResult result = DataImport::importFile(path, options);
    if (!result.error.isEmpty() || !result.table)
        return fail(result.error.isEmpty() ? tr("the file could not be read") : result.error);
    const DataTable &table = *result.table;
    const bool text = result.format == u"csv"_s;
    headRows = std::min(headRows, table.rowCount());

    if (parser.isSet(command.json)) {
        QJsonObject object;
        object.insert(u"file"_s, path);
        object.insert(u"format"_s, result.format);
        if (text) {
            object.insert(u"encoding"_s, result.encoding);
            object.insert(u"delimiter"_s, QString(result.delimiter));
            object.insert(u"skipped_lines"_s, result.skippedLines);
        }
        if (!result.sheets.isEmpty())
            object.insert(u"sheets"_s, QJsonArray::fromStringList(result.sheets));
        object.insert(u"rows"_s, qint64(table.rowCount()));
        QJsonArray columns;
        for (const DataColumn &column : table.columns())
            columns.append(QJsonObject{{u"name"_s, column.name()},
                                       {u"type"_s, columnTypeKey(column.type())},
                                       {u"missing"_s, qint64(column.missingCount())}});
        object.insert(u"columns"_s, columns);
        QJsonArray warnings;
        for (const ImportWarning &warning : result.warnings) {
            QJsonObject entry{{u"message"_s, warning.message}};
            if (!warning.cell.isEmpty())
                entry.insert(u"cell"_s, warning.cell);
            else
                entry.insert(u"line"_s, warning.line);
            warnings.append(entry);
        }
        object.insert(u"warnings"_s, warnings);
        if (parser.isSet(command.head)) {
            QJsonArray head;
            for (qsizetype row = 0; row < headRows; ++row) {
                QJsonArray values;
                for (const DataColumn &column : table.columns())
                    values.append(cellJson(column, row));
                head.append(values);
            }
            object.insert(u"head"_s, head);
        }
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }

    out() << path << u": "_s << result.format;
    if (text)
        out() << u", "_s << result.encoding << u", "_s << tr("delimiter") << u' ' << delimiterName(result.delimiter);
    out() << u'\n' << tr("%1 rows, %2 columns").arg(table.rowCount()).arg(table.columnCount()) << u'\n';
    qsizetype width = 4;
    for (const DataColumn &column : table.columns())
        width = std::max(width, column.name().size());
    for (const DataColumn &column : table.columns())
        out() << u"  "_s << column.name().leftJustified(width) << u"  "_s
              << columnTypeKey(column.type()).leftJustified(11) << u"  "_s
              << tr("%1 missing").arg(column.missingCount()) << u'\n';
    if (headRows > 0) {
        out() << tr("First %1 rows:").arg(headRows) << u'\n';
        out() << u"  "_s << table.columnNames().join(u'\t') << u'\n';
        for (qsizetype row = 0; row < headRows; ++row) {
            QStringList cells;
            for (const DataColumn &column : table.columns())
                cells.append(column.isMissing(row) ? u"NA"_s : column.text(row));
            out() << u"  "_s << cells.join(u'\t') << u'\n';
        }
    }
    if (!result.warnings.isEmpty()) {
        out() << tr("%1 warnings:").arg(result.warnings.size()) << u'\n';
        for (const ImportWarning &warning : result.warnings)
            out() << u"  "_s << where(warning) << u": "_s << warning.message << u'\n';
    }
    return Success;
}

} // namespace CommandLine
