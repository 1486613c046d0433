#include "odsreader.h"

#include "sheetassembler.h"
#include "xmlpart.h"
#include "zippackage.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView calcextNs = u"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

constexpr qsizetype maxColumns = 16384;
constexpr qsizetype maxRows = 1048576;

bool is(QXmlStreamReader &xml, QStringView ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

std::optional<double> parseNumber(QStringView text)
{
    char buffer[64];
    qsizetype n = 0;
    for (const QChar c : text.trimmed()) {
        if (c.unicode() > 127 || n >= qsizetype(sizeof buffer))
            return std::nullopt;
        buffer[n++] = char(c.unicode());
    }
    const char *begin = n > 0 && buffer[0] == '+' ? buffer + 1 : buffer;
    double value = 0;
    const auto [end, ec] = std::from_chars(begin, buffer + n, value);
    if (ec != std::errc() || end != buffer + n || begin == buffer + n)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseDate(QStringView text)
{
    const QString t = text.trimmed().toString();
    QDateTime dateTime = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dateTime = date.startOfDay(QTimeZone::utc());
    } else if (dateTime.timeSpec() == Qt::LocalTime) {
        dateTime.setTimeZone(QTimeZone::utc());
    }
    return dateTime.toMSecsSinceEpoch();
}

// office:time-value "PT12H30M05.5S": a time of day, placed on 1899-12-30 like a spreadsheet's.
std::optional<qint64> parseTime(QStringView text)
{
    QStringView t = text.trimmed();
    const bool negative = t.startsWith(u'-');
    if (negative)
        t = t.sliced(1);
    if (!t.startsWith(u"PT"))
        return std::nullopt;
    t = t.sliced(2);
    double ms = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar unit = t.at(i);
        if (unit.isDigit() || unit == u'.')
            continue;
        const std::optional<double> value = parseNumber(t.sliced(start, i - start));
        if (!value)
            return std::nullopt;
        if (unit == u'H') ms += *value * 3600000.0;
        else if (unit == u'M') ms += *value * 60000.0;
        else if (unit == u'S') ms += *value * 1000.0;
        else return std::nullopt;
        start = i + 1;
    }
    constexpr qint64 day0 = -2209161600000; // 1899-12-30T00:00:00Z
    return day0 + qint64(std::llround(negative ? -ms : ms));
}

QStringView attribute(const QXmlStreamAttributes &attributes, QStringView ns, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name && a.namespaceUri() == ns)
            return a.value();
    return {};
}

qsizetype repeatOf(QStringView value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n > 0 ? qsizetype(std::min<qint64>(n, maxRows * 16)) : 1;
}

bool isErrorText(const QString &text)
{
    static const QStringList errors{u"#DIV/0!"_s, u"#N/A"_s, u"#NAME?"_s, u"#NULL!"_s, u"#NUM!"_s, u"#REF!"_s, u"#VALUE!"_s};
    return errors.contains(text) || (text.startsWith(u"Err:"_s) && text.size() <= 8);
}

struct OdsCell
{
    enum Kind { Empty, Number, Boolean, Date, Text, Error } kind = Empty;
    double number = 0;
    qint64 integer = 0;
    QString text;
};

class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    DocumentReader(QIODevice &device, const ImportOptions &options, const ImportControl &control)
        : m_package(device), m_options(options), m_control(control), m_warnings(&m_result.warnings), m_sheet(options, maxColumns)
    {
    }

    ImportResult run()
    {
        m_result.format = u"ods"_s;
        QString error;
        if (!m_package.open(&error))
            return failed(tr("Not an OpenDocument spreadsheet: %1").arg(error));
        if (!m_package.contains(u"content.xml"_s))
            return failed(tr("Not an OpenDocument spreadsheet: it has no content.xml"));
        if (!m_sheet.setRange(&error))
            return failed(error);
        XmlPart part(m_package, u"content.xml"_s);
        readContent(part);
        if (m_result.canceled)
            return m_result;
        if (part.failed()) {
            if (!m_chosenSeen)
                return failed(part.error());
            m_warnings.addLine(0, tr("The document is damaged; what follows the damage is lost: %1").arg(part.error()));
        }
        if (m_result.sheets.isEmpty())
            return failed(tr("The document has no sheets"));
        if (!m_chosenSeen)
            return failed(tr("The document has no sheet \"%1\" (it has: %2)").arg(m_options.sheet, m_result.sheets.join(u", "_s)));
        m_sheet.finish(m_chosenName, m_warnings, &m_result);
        m_warnings.finish();
        return m_result;
    }

private:
    ImportResult failed(const QString &message)
    {
        m_result.error = message;
        m_result.table.reset();
        return m_result;
    }

    // Every table's name is listed; only the chosen one's rows are read.
    void readContent(XmlPart &part)
    {
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (!xml.isStartElement() || !is(xml, tableNs, u"table"))
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString name = attribute(attributes, tableNs, u"name").toString();
            m_result.sheets.append(name);
            const bool chosen = !m_chosenSeen
                && (m_options.sheet.isEmpty() || name == m_options.sheet
                    || (name.compare(m_options.sheet, Qt::CaseInsensitive) == 0));
            if (!chosen) {
                if (!part.skipElement())
                    return;
                continue;
            }
            m_chosenSeen = true;
            m_chosenName = name;
            if (!readTable(part))
                return;
        }
    }

    // Rows of the chosen table; false when the document ended or failed inside it, or on cancel.
    bool readTable(XmlPart &part)
    {
        QXmlStreamReader &xml = part.xml();
        qsizetype row = 0;
        int depth = 1;
        bool stop = false;
        while (depth > 0 && part.next()) {
            if (xml.isEndElement()) {
                --depth;
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (stop || !is(xml, tableNs, u"table-row")) {
                // Row groups and header rows hold rows; other elements (columns, forms) are skipped.
                if (!stop && (is(xml, tableNs, u"table-header-rows") || is(xml, tableNs, u"table-row-group")
                              || is(xml, tableNs, u"table-rows")))
                    ++depth;
                else if (!part.skipElement())
                    return false;
                continue;
            }
            const qsizetype repeat = repeatOf(attribute(xml.attributes(), tableNs, u"number-rows-repeated"));
            std::vector<std::pair<qsizetype, OdsCell>> cells;
            if (!readRow(part, row, &cells))
                return false;
            if (!cells.empty()) {
                qsizetype copies = std::min(repeat, maxRows - row);
                // Repeated values are expanded within a budget: a repeat bomb stays small.
                if (copies > 1) {
                    const qint64 budget = std::max<qint64>(0, maxRepeatedCells - m_repeatedCells);
                    const qsizetype affordable = qsizetype(std::min<qint64>(copies - 1, budget / qint64(cells.size())));
                    if (affordable < copies - 1 && !m_repeatWarning) {
                        m_repeatWarning = true;
                        m_warnings.addLine(0, tr("Repeated cells beyond %1 ignored (row %2 repeats %3 times)")
                                                  .arg(maxRepeatedCells).arg(row + 1).arg(repeat));
                    }
                    m_repeatedCells += qint64(affordable) * qint64(cells.size());
                    copies = affordable + 1;
                }
                for (qsizetype r = 0; r < copies; ++r)
                    for (const auto &[column, cell] : cells)
                        place(row + r, column, cell);
            }
            row = std::min(row + repeat, maxRows);
            if ((++m_rowsSeen & 1023) == 0) {
                m_control.report(part.fraction());
                if (m_control.canceled()) {
                    m_result.canceled = true;
                    m_result.error = tr("Import canceled");
                    return false;
                }
            }
            // A preview has what it needs; the rest of the document still lists the sheets.
            stop = m_sheet.enoughRows(row) || row >= maxRows;
        }
        return !part.failed();
    }

    bool readRow(XmlPart &part, qsizetype row, std::vector<std::pair<qsizetype, OdsCell>> *cells)
    {
        QXmlStreamReader &xml = part.xml();
        qsizetype column = 0;
        while (part.next()) {
            if (xml.isEndElement())
                return true; // </table:table-row>
            if (!xml.isStartElement())
                continue;
            const bool covered = is(xml, tableNs, u"covered-table-cell");
            if (!covered && !is(xml, tableNs, u"table-cell")) {
                if (!part.skipElement())
                    return false;
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            const qsizetype repeat = repeatOf(attribute(attributes, tableNs, u"number-columns-repeated"));
            OdsCell cell;
            if (!readCell(part, attributes, covered, row, column, &cell))
                return false;
            if (cell.kind != OdsCell::Empty) {
                const qsizetype copies = std::min(repeat, maxColumns - std::min(column, maxColumns));
                m_repeatedCells += copies - 1;
                for (qsizetype c = 0; c < copies; ++c)
                    cells->emplace_back(column + c, cell);
                if (repeat > copies && !m_columnWarning) {
                    m_columnWarning = true;
                    m_warnings.addLine(0, tr("Cells beyond column %1 ignored").arg(maxColumns));
                }
            }
            column = std::min(column + repeat, maxColumns * 16);
        }
        return false;
    }

    bool readCell(XmlPart &part, const QXmlStreamAttributes &attributes, bool covered, qsizetype row, qsizetype column,
                  OdsCell *cell)
    {
        // The text of the cell: its paragraphs, with text:s spaces, tabs and line breaks.
        QString text;
        int paragraphs = 0;
        int depth = 1;
        QXmlStreamReader &xml = part.xml();
        while (depth > 0 && part.next()) {
            if (xml.isStartElement()) {
                ++depth;
                if (is(xml, textNs, u"p")) {
                    if (paragraphs++ > 0)
                        text += u'\n';
                } else if (is(xml, textNs, u"s")) {
                    text += QString(repeatOf(attribute(xml.attributes(), textNs, u"c")) % 1000, u' ');
                } else if (is(xml, textNs, u"tab")) {
                    text += u'\t';
                } else if (is(xml, textNs, u"line-break")) {
                    text += u'\n';
                } else if (is(xml, officeNs, u"annotation")) {
                    if (!part.skipElement())
                        return false;
                    --depth;
                }
            } else if (xml.isEndElement()) {
                --depth;
            } else if (xml.isCharacters() && depth > 1) {
                text += xml.text();
            }
        }
        if (depth > 0)
            return false;
        if (covered)
            return true;

        const QStringView type = attribute(attributes, officeNs, u"value-type");
        const QString where = m_chosenName + u'!' + CellReference::name(row, column);
        if (attribute(attributes, calcextNs, u"value-type") == u"error") {
            cell->kind = OdsCell::Error;
            cell->text = text;
            return true;
        }
        if (type == u"float" || type == u"percentage" || type == u"currency") {
            const QStringView formula = attribute(attributes, tableNs, u"formula");
            if (formula == u"of:=TRUE()" || formula == u"of:=FALSE()") {
                cell->kind = OdsCell::Boolean;
                cell->integer = formula == u"of:=TRUE()";
            } else if (const std::optional<double> number = parseNumber(attribute(attributes, officeNs, u"value"))) {
                cell->kind = OdsCell::Number;
                cell->number = *number;
            } else {
                cell->kind = OdsCell::Error;
                m_warnings.addCell(where, tr("\"%1\" is not a number; read as missing").arg(attribute(attributes, officeNs, u"value")));
            }
        } else if (type == u"date") {
            if (const std::optional<qint64> msecs = parseDate(attribute(attributes, officeNs, u"date-value"))) {
                cell->kind = OdsCell::Date;
                cell->integer = *msecs;
            } else {
                cell->kind = OdsCell::Error;
                m_warnings.addCell(where, tr("\"%1\" is not a date; read as missing").arg(attribute(attributes, officeNs, u"date-value")));
            }
        } else if (type == u"time") {
            if (const std::optional<qint64> msecs = parseTime(attribute(attributes, officeNs, u"time-value"))) {
                cell->kind = OdsCell::Date;
                cell->integer = *msecs;
            } else {
                cell->kind = OdsCell::Error;
                m_warnings.addCell(where, tr("\"%1\" is not a time; read as missing").arg(attribute(attributes, officeNs, u"time-value")));
            }
        } else if (type == u"boolean") {
            cell->kind = OdsCell::Boolean;
            cell->integer = attribute(attributes, officeNs, u"boolean-value") == u"true";
        } else if (type == u"string" && !attribute(attributes, tableNs, u"formula").isEmpty() && isErrorText(text)) {
            cell->kind = OdsCell::Error; // a formula's error result, as other producers write it
            cell->text = text;
        } else if (type == u"string" || (type.isEmpty() && !text.isEmpty())) {
            const QStringView value = attribute(attributes, officeNs, u"string-value");
            cell->kind = OdsCell::Text;
            cell->text = value.isNull() ? text : value.toString();
        }
        return true;
    }

    void place(qsizetype row, qsizetype column, const OdsCell &cell)
    {
        qsizetype gridRow = 0, gridColumn = 0;
        if (!m_sheet.place(row, column, &gridRow, &gridColumn))
            return;
        CellGrid &grid = m_sheet.grid();
        switch (cell.kind) {
        case OdsCell::Number: grid.setNumber(gridRow, gridColumn, cell.number); break;
        case OdsCell::Boolean: grid.setBoolean(gridRow, gridColumn, cell.integer != 0); break;
        case OdsCell::Date: grid.setDateTime(gridRow, gridColumn, cell.integer); break;
        case OdsCell::Text: grid.setText(gridRow, gridColumn, grid.intern(cell.text)); break;
        case OdsCell::Error:
            grid.setError(gridRow, gridColumn);
            if (!cell.text.isEmpty())
                m_warnings.addCell(m_sheet.cellName(m_chosenName, gridRow, gridColumn),
                                   tr("error value %1; read as missing").arg(cell.text));
            break;
        case OdsCell::Empty: break;
        }
    }

    ZipPackage m_package;
    const ImportOptions &m_options;
    const ImportControl &m_control;
    ImportResult m_result;
    WarningCollector m_warnings;
    SheetAssembler m_sheet;
    QString m_chosenName;
    bool m_chosenSeen = false;
    bool m_columnWarning = false;
    bool m_repeatWarning = false;
    qint64 m_rowsSeen = 0;
    qint64 m_repeatedCells = 0;
    static constexpr qint64 maxRepeatedCells = 10'000'000;
};

} // namespace

ImportResult OdsReader::read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const
{
    DocumentReader reader(device, options, control);
    return reader.run();
}
