#include "xlsxreader.h"

#include "cellreference.h"
#include "sheetassembler.h"
#include "excelnumberformat.h"
#include "xmlpart.h"
#include "zippackage.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Transitional and strict OOXML name their namespaces differently; prefixes are free.
bool isMainNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        || uri == u"http://purl.oclc.org/ooxml/spreadsheetml/main";
}
bool isRelationshipNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        || uri == u"http://purl.oclc.org/ooxml/officeDocument/relationships";
}
bool isMain(QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name && isMainNamespace(xml.namespaceUri());
}

// An attribute without a namespace by its local name (value() wants a qualified QString).
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name && a.namespaceUri().isEmpty())
            return a.value();
    return {};
}

constexpr qsizetype maxColumns = 16384;  // XFD
constexpr qsizetype maxRows = 1048576;

struct Relationship
{
    QString target; // resolved entry name; empty when it points outside the package
    QString type;
};

struct Sheet
{
    QString name;
    QString relationshipId;
};

// Excel writes control characters in strings as _xHHHH_ (ECMA-376 ST_Xstring).
QString unescapeXString(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).sliced(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

std::optional<double> parseNumber(QStringView text)
{
    char buffer[64];
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.unicode() > 127 || n >= qsizetype(sizeof buffer))
            return std::nullopt;
        buffer[n++] = char(c.unicode());
    }
    const char *begin = buffer;
    if (n > 0 && *begin == '+')
        ++begin;
    double value = 0;
    const auto [end, ec] = std::from_chars(begin, buffer + n, value);
    if (ec != std::errc() || end != buffer + n || begin == buffer + n)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseIsoDate(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dateTime = date.startOfDay(QTimeZone::utc());
    } else if (dateTime.timeSpec() == Qt::LocalTime) {
        dateTime.setTimeZone(QTimeZone::utc());
    }
    return dateTime.toMSecsSinceEpoch();
}

// The folder of an entry ("xl/workbook.xml" → "xl").
QString folderOf(const QString &entry)
{
    const qsizetype slash = entry.lastIndexOf(u'/');
    return slash < 0 ? QString() : entry.left(slash);
}
QString relationshipsOf(const QString &entry)
{
    const QString folder = folderOf(entry);
    const QString file = entry.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/"_s + file + u".rels"_s;
}

class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    WorkbookReader(QIODevice &device, const ImportOptions &options, const ImportControl &control)
        : m_package(device), m_options(options), m_control(control), m_warnings(&m_result.warnings)
    {
    }

    ImportResult run()
    {
        m_result.format = u"xlsx"_s;
        QString error;
        if (!m_package.open(&error))
            return failed(tr("Not an Excel workbook: %1").arg(error));
        const QString workbook = findWorkbook();
        if (workbook.isEmpty())
            return failed(m_error.isEmpty() ? tr("Not an Excel workbook: it has no workbook part") : m_error);
        const QHash<QString, Relationship> rels = readRelationships(relationshipsOf(workbook), folderOf(workbook));
        if (!m_error.isEmpty())
            return failed(m_error);
        if (!readWorkbook(workbook))
            return failed(m_error);
        for (const Sheet &sheet : std::as_const(m_sheets))
            m_result.sheets.append(sheet.name);
        if (m_sheets.isEmpty())
            return failed(tr("The workbook has no sheets"));

        // The sheet to read: by name, else the first worksheet.
        const Sheet *chosen = nullptr;
        if (!m_options.sheet.isEmpty()) {
            for (const Sheet &sheet : std::as_const(m_sheets))
                if (sheet.name == m_options.sheet)
                    chosen = &sheet;
            for (const Sheet &sheet : std::as_const(m_sheets))
                if (!chosen && sheet.name.compare(m_options.sheet, Qt::CaseInsensitive) == 0)
                    chosen = &sheet;
            if (!chosen)
                return failed(tr("The workbook has no sheet \"%1\" (it has: %2)")
                                  .arg(m_options.sheet, m_result.sheets.join(u", "_s)));
            if (!rels.value(chosen->relationshipId).type.endsWith(u"/worksheet"))
                return failed(tr("\"%1\" is a chart or dialog sheet, not a worksheet").arg(chosen->name));
        } else {
            for (const Sheet &sheet : std::as_const(m_sheets)) {
                if (rels.value(sheet.relationshipId).type.endsWith(u"/worksheet")) {
                    chosen = &sheet;
                    break;
                }
            }
            if (!chosen)
                return failed(tr("The workbook has no worksheet"));
        }
        const Relationship sheetRel = rels.value(chosen->relationshipId);
        if (sheetRel.target.isEmpty() || !m_package.contains(sheetRel.target))
            return failed(tr("The sheet \"%1\" points to a part that is not in the file (or outside it)").arg(chosen->name));
        m_sheetName = chosen->name;

        for (const Relationship &rel : rels) {
            const bool strings = rel.type.endsWith(u"/sharedStrings");
            if (!strings && !rel.type.endsWith(u"/styles"))
                continue;
            if (rel.target.isEmpty() || !m_package.contains(rel.target)) {
                m_warnings.addLine(0, tr("The workbook's %1 part \"%2\" is missing").arg(strings ? u"shared strings"_s : u"styles"_s, rel.target));
                continue;
            }
            if (!(strings ? readSharedStrings(rel.target) : readStyles(rel.target)))
                return failed(m_error);
            if (m_control.canceled()) {
                m_result.canceled = true;
                return failed(tr("Import canceled"));
            }
        }
        if (!m_sheet.setRange(&error))
            return failed(error);
        readSheet(sheetRel.target);
        if (m_result.canceled)
            return m_result;
        if (!m_error.isEmpty() && m_sheet.grid().rowCount() == 0)
            return failed(m_error);
        if (!m_error.isEmpty())
            m_warnings.addLine(0, tr("The sheet is damaged; rows after the damage are lost: %1").arg(m_error));
        finishTable();
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

    // _rels/.rels names the main part; "xl/workbook.xml" is only the usual answer.
    QString findWorkbook()
    {
        const QHash<QString, Relationship> rels = readRelationships(u"_rels/.rels"_s, QString());
        for (const Relationship &rel : rels)
            if (rel.type.endsWith(u"/officeDocument") && !rel.target.isEmpty() && m_package.contains(rel.target))
                return rel.target;
        m_error.clear();
        return m_package.contains(u"xl/workbook.xml"_s) ? u"xl/workbook.xml"_s : QString();
    }

    QHash<QString, Relationship> readRelationships(const QString &path, const QString &baseDir)
    {
        QHash<QString, Relationship> rels;
        if (!m_package.contains(path))
            return rels;
        XmlPart part(m_package, path);
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attribute(attributes, u"TargetMode") == u"External")
                continue;
            const QString target = attribute(attributes, u"Target").toString();
            Relationship rel{ZipPackage::resolve(baseDir, target), attribute(attributes, u"Type").toString()};
            if (rel.target.isEmpty())
                m_warnings.addLine(0, tr("The part \"%1\" points outside the file (\"%2\"); ignored").arg(path, target));
            rels.insert(attribute(attributes, u"Id").toString(), rel);
        }
        if (part.failed())
            m_error = part.error();
        return rels;
    }

    bool readWorkbook(const QString &path)
    {
        XmlPart part(m_package, path);
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (!xml.isStartElement())
                continue;
            if (isMain(xml, u"workbookPr")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QStringView date1904 = attribute(attributes, u"date1904");
                m_date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (isMain(xml, u"sheet")) {
                Sheet sheet;
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == u"name" && attribute.namespaceUri().isEmpty())
                        sheet.name = attribute.value().toString();
                    else if (attribute.name() == u"id" && isRelationshipNamespace(attribute.namespaceUri()))
                        sheet.relationshipId = attribute.value().toString();
                }
                m_sheets.append(sheet);
            }
        }
        if (part.failed()) {
            m_error = part.error();
            return false;
        }
        return true;
    }

    bool readSharedStrings(const QString &path)
    {
        XmlPart part(m_package, path);
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (xml.isStartElement() && isMain(xml, u"si")) {
                const QString text = readRichText(part, u"si");
                m_sharedStrings.push_back(m_sheet.grid().intern(text));
                if (m_control.canceled())
                    break;
            }
        }
        if (part.failed()) {
            m_error = part.error();
            return false;
        }
        return true;
    }

    // The text of <si> or <is>: plain <t>, or the <t> of every rich-text run <r>; phonetic hints
    // (<rPh>) are not part of the value.
    QString readRichText(XmlPart &part, QStringView endName)
    {
        QString text;
        int phonetic = 0;
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (xml.isStartElement()) {
                if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t" && phonetic == 0)
                    text += part.elementText();
            } else if (xml.isEndElement()) {
                if (xml.name() == u"rPh")
                    --phonetic;
                else if (xml.name() == endName)
                    break;
            }
        }
        return unescapeXString(std::move(text));
    }

    bool readStyles(const QString &path)
    {
        QHash<int, bool> customIsDate;
        bool inCellXfs = false;
        XmlPart part(m_package, path);
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (xml.isStartElement()) {
                if (isMain(xml, u"numFmt")) {
                    const QXmlStreamAttributes attributes = xml.attributes();
                    customIsDate.insert(attribute(attributes, u"numFmtId").toInt(),
                                        ExcelNumberFormat::isDateCode(attribute(attributes, u"formatCode")));
                } else if (isMain(xml, u"cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && isMain(xml, u"xf")) {
                    const int id = attribute(xml.attributes(), u"numFmtId").toInt();
                    const auto custom = customIsDate.constFind(id);
                    m_xfIsDate.push_back(custom != customIsDate.cend() ? custom.value() : ExcelNumberFormat::isBuiltInDate(id));
                }
            } else if (xml.isEndElement() && isMain(xml, u"cellXfs")) {
                inCellXfs = false;
            }
        }
        if (part.failed()) {
            m_error = part.error();
            return false;
        }
        return true;
    }

    QString cellName(qsizetype row, qsizetype column) const
    {
        return m_sheetName + u'!' + CellReference::name(row, column);
    }

    void readSheet(const QString &path)
    {
        XmlPart part(m_package, path);
        qsizetype row = -1;
        qsizetype nextColumn = 0;
        qint64 cells = 0;
        qint64 outside = 0;
        while (part.next()) {
            QXmlStreamReader &xml = part.xml();
            if (xml.isEndElement()) {
                if (isMain(xml, u"sheetData"))
                    break; // merged cells, filters … are not data
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (isMain(xml, u"c")) {
                readCell(part, row, nextColumn, &outside);
                if ((++cells & 4095) == 0) {
                    m_control.report(part.fraction());
                    if (m_control.canceled()) {
                        m_result.canceled = true;
                        m_result.error = tr("Import canceled");
                        return;
                    }
                }
            } else if (isMain(xml, u"row")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QStringView r = attribute(attributes, u"r");
                bool ok = false;
                const qsizetype number = r.isEmpty() ? row + 2 : qsizetype(r.toLongLong(&ok));
                row = (ok || r.isEmpty()) && number >= 1 ? number - 1 : row + 1;
                nextColumn = 0;
                if (m_sheet.enoughRows(row))
                    break; // a preview has what it needs
            } else if (isMain(xml, u"dimension")) {
                CellReference::Range range;
                if (CellReference::parseRange(attribute(xml.attributes(), u"ref"), &range))
                    m_sheet.setDeclaredLastRow(range.lastRow);
            }
        }
        if (outside > 0)
            m_warnings.addLine(0, tr("%n cell(s) beyond the sheet's limits (XFD1048576) ignored", nullptr, int(std::min<qint64>(outside, INT_MAX))));
        if (part.failed())
            m_error = part.error();
        m_control.report(1.0);
    }

    void readCell(XmlPart &part, qsizetype row, qsizetype &nextColumn, qint64 *outside)
    {
        QXmlStreamReader &xml = part.xml();
        QStringView type;
        QString typeStorage;
        qsizetype column = nextColumn;
        int style = -1;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QStringView name = attribute.name();
            if (name == u"r") {
                qsizetype r = -1, c = -1;
                if (CellReference::parse(attribute.value(), &r, &c)) {
                    column = c;
                    if (r >= 0)
                        row = r;
                }
            } else if (name == u"t") {
                typeStorage = attribute.value().toString();
            } else if (name == u"s") {
                style = attribute.value().toInt();
            }
        }
        type = typeStorage;
        nextColumn = column + 1;
        if (row < 0)
            row = 0;

        QString value;
        bool hasValue = false;
        bool inlineText = false;
        while (part.next()) {
            if (xml.isStartElement()) {
                if (isMain(xml, u"v")) {
                    value = part.elementText();
                    hasValue = true;
                } else if (isMain(xml, u"is")) {
                    value = readRichText(part, u"is");
                    hasValue = inlineText = true;
                } else {
                    part.skipElement(); // <f> formulas: the cached <v> is the value
                }
            } else if (xml.isEndElement()) {
                break;
            }
        }
        if (!hasValue || part.failed())
            return;
        if (row >= maxRows || column >= maxColumns) {
            ++*outside;
            return;
        }
        qsizetype gridRow = 0;
        qsizetype gridColumn = 0;
        if (!m_sheet.place(row, column, &gridRow, &gridColumn))
            return;
        CellGrid &grid = m_sheet.grid();
        if (inlineText || type == u"inlineStr" || type == u"str") {
            grid.setText(gridRow, gridColumn, grid.intern(inlineText ? value : unescapeXString(value)));
        } else if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (ok && index >= 0 && index < qsizetype(m_sharedStrings.size())) {
                grid.setText(gridRow, gridColumn, m_sharedStrings[size_t(index)]);
            } else {
                grid.setError(gridRow, gridColumn);
                m_warnings.addCell(cellName(row, column), tr("shared string %1 does not exist; read as missing").arg(value));
            }
        } else if (type == u"b") {
            grid.setBoolean(gridRow, gridColumn, value.trimmed() == u"1" || value.trimmed() == u"true");
        } else if (type == u"e") {
            grid.setError(gridRow, gridColumn);
            m_warnings.addCell(cellName(row, column), tr("error value %1; read as missing").arg(value.trimmed()));
        } else if (type == u"d") {
            if (const auto msecs = parseIsoDate(value))
                grid.setDateTime(gridRow, gridColumn, *msecs);
            else
                grid.setText(gridRow, gridColumn, grid.intern(value));
        } else {
            const std::optional<double> number = parseNumber(value);
            if (!number) {
                if (!value.trimmed().isEmpty()) {
                    grid.setError(gridRow, gridColumn);
                    m_warnings.addCell(cellName(row, column), tr("\"%1\" is not a number; read as missing").arg(value));
                }
                return;
            }
            const bool isDate = style >= 0 && size_t(style) < m_xfIsDate.size() && m_xfIsDate[size_t(style)];
            if (isDate) {
                if (const auto msecs = ExcelNumberFormat::serialToMsecs(*number, m_date1904)) {
                    grid.setDateTime(gridRow, gridColumn, *msecs);
                } else {
                    grid.setError(gridRow, gridColumn);
                    m_warnings.addCell(cellName(row, column), tr("%1 is not a valid date; read as missing").arg(value));
                }
            } else {
                grid.setNumber(gridRow, gridColumn, *number);
            }
        }
    }

    void finishTable()
    {
        m_sheet.finish(m_sheetName, m_warnings, &m_result);
    }

    ZipPackage m_package;
    const ImportOptions &m_options;
    const ImportControl &m_control;
    ImportResult m_result;
    WarningCollector m_warnings;
    QString m_error;
    QList<Sheet> m_sheets;
    QString m_sheetName;
    bool m_date1904 = false;
    std::vector<qint32> m_sharedStrings; // grid string ids by shared-string index
    std::vector<bool> m_xfIsDate;        // by cell style (cellXfs) index
    SheetAssembler m_sheet{m_options, maxColumns};
};

} // namespace

ImportResult XlsxReader::read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const
{
    WorkbookReader reader(device, options, control);
    return reader.run();
}
