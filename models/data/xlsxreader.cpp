#include "xlsxreader.h"

#include "cellreference.h"
#include "sheetassembler.h"
#include "excelnumberformat.h"
#include "xmlpart.h"
#include "xmlscanner.h"
#include "zippackage.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

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

// The same, for XmlScanner: the index in mainNamespaces().
QByteArrayList mainNamespaces()
{
    return {QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
            QByteArrayLiteral("http://purl.oclc.org/ooxml/spreadsheetml/main")};
}
bool isMainNamespace(int index)
{
    return index == 0 || index == 1;
}
bool isMain(const XmlScanner &xml, std::string_view name)
{
    return isMainNamespace(xml.namespaceIndex()) && xml.localName() == name;
}

// An unprefixed attribute's text: as written when it has no references (the usual case), else
// decoded into `storage`.
bool attributeText(XmlScanner &xml, std::string_view name, std::string_view *value, std::string *storage)
{
    bool references = false;
    if (!xml.attribute(name, value, &references))
        return false;
    if (references) {
        if (!xml.decodedAttribute(name, storage))
            return false;
        *value = *storage;
    }
    return true;
}

// Like QString::toLongLong: surrounding blanks and a sign allowed.
std::optional<qint64> parseInteger(std::string_view text)
{
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty())
        return value;
    bool ok = false;
    value = QString::fromUtf8(text.data(), qsizetype(text.size())).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// "C7" without going through QString; anything unusual ("$C$7", lower case) by CellReference.
bool parseCellReference(std::string_view text, qsizetype *row, qsizetype *column)
{
    size_t i = 0;
    qsizetype c = 0;
    while (i < text.size() && i < 3 && text[i] >= 'A' && text[i] <= 'Z')
        c = c * 26 + (text[i++] - 'A' + 1);
    const size_t letters = i;
    qsizetype r = 0;
    while (i < text.size() && i < letters + 7 && text[i] >= '0' && text[i] <= '9')
        r = r * 10 + (text[i++] - '0');
    if (letters > 0 && i > letters && i == text.size() && r > 0) {
        *row = r - 1;
        *column = c - 1;
        return true;
    }
    return CellReference::parse(QString::fromUtf8(text.data(), qsizetype(text.size())), row, column);
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
        ScannedXmlPart part(m_package, path, mainNamespaces());
        if (!part.isOpen()) {
            m_error = part.openError();
            return false;
        }
        XmlScanner &xml = part.scanner();
        std::string text;
        qint64 count = 0;
        XmlScanner::Token token;
        while ((token = xml.next()) != XmlScanner::Token::EndDocument && token != XmlScanner::Token::Error) {
            if (token == XmlScanner::Token::StartElement && isMain(xml, "si")) {
                if (!readRichText(xml, &text))
                    break;
                m_sharedStrings.push_back(m_sheet.grid().intern(unescapeXString(QString::fromUtf8(text.data(), qsizetype(text.size())))));
                if ((++count & 255) == 0 && m_control.canceled())
                    break;
            }
        }
        if (xml.failed()) {
            m_error = xml.error();
            return false;
        }
        return true;
    }

    // The text of <si> or <is> (the scanner is at its start): plain <t>, or the <t> of every
    // rich-text run <r>; phonetic hints (<rPh>) are not part of the value. UTF-8, _xHHHH_ kept.
    static bool readRichText(XmlScanner &xml, std::string *text)
    {
        text->clear();
        const int depth = xml.depth();
        int phonetic = 0;
        while (true) {
            switch (xml.next()) {
            case XmlScanner::Token::StartElement:
                if (xml.localName() == "rPh") {
                    ++phonetic;
                } else if (xml.localName() == "t" && phonetic == 0) {
                    if (!elementText(xml))
                        return false;
                    text->append(xml.text());
                }
                break;
            case XmlScanner::Token::EndElement:
                if (xml.depth() < depth)
                    return true;
                if (xml.localName() == "rPh")
                    --phonetic;
                break;
            default:
                return false;
            }
        }
    }

    // The text of the element the scanner is at, and its children's, into xml.text().
    static bool elementText(XmlScanner &xml)
    {
        const int depth = xml.depth();
        xml.text().clear();
        xml.collectText(true);
        while (true) {
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Token::EndElement && xml.depth() < depth)
                break;
            if (token == XmlScanner::Token::EndDocument || token == XmlScanner::Token::Error) {
                xml.collectText(false);
                return false;
            }
        }
        xml.collectText(false);
        return true;
    }

    static bool skipElement(XmlScanner &xml)
    {
        const int depth = xml.depth();
        while (true) {
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Token::EndElement && xml.depth() < depth)
                return true;
            if (token == XmlScanner::Token::EndDocument || token == XmlScanner::Token::Error)
                return false;
        }
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
        ScannedXmlPart part(m_package, path, mainNamespaces());
        if (!part.isOpen()) {
            m_error = part.openError();
            return;
        }
        XmlScanner &xml = part.scanner();
        qsizetype row = -1;
        qsizetype nextColumn = 0;
        qint64 cells = 0;
        qint64 outside = 0;
        std::string scratch;
        XmlScanner::Token token;
        while ((token = xml.next()) != XmlScanner::Token::EndDocument && token != XmlScanner::Token::Error) {
            if (token == XmlScanner::Token::EndElement) {
                if (isMain(xml, "sheetData"))
                    break; // merged cells, filters … are not data
                continue;
            }
            if (!isMainNamespace(xml.namespaceIndex()))
                continue;
            const std::string_view name = xml.localName();
            if (name == "c") {
                readCell(xml, row, nextColumn, &outside);
                if ((++cells & 4095) == 0) {
                    m_control.report(part.fraction());
                    if (m_control.canceled()) {
                        m_result.canceled = true;
                        m_result.error = tr("Import canceled");
                        return;
                    }
                }
            } else if (name == "row") {
                std::string_view r;
                qsizetype number = row + 2;
                bool ok = true;
                if (attributeText(xml, "r", &r, &scratch)) {
                    const std::optional<qint64> parsed = parseInteger(r);
                    ok = parsed.has_value();
                    number = ok ? qsizetype(std::clamp<qint64>(*parsed, -1, qint64(1) << 40)) : 0;
                }
                row = ok && number >= 1 ? number - 1 : row + 1;
                nextColumn = 0;
                if (m_sheet.enoughRows(row))
                    break; // a preview has what it needs
            } else if (name == "dimension") {
                std::string_view ref;
                CellReference::Range range;
                if (attributeText(xml, "ref", &ref, &scratch)
                    && CellReference::parseRange(QString::fromUtf8(ref.data(), qsizetype(ref.size())), &range))
                    m_sheet.setDeclaredLastRow(range.lastRow);
            }
        }
        if (outside > 0)
            m_warnings.addLine(0, tr("%n cell(s) beyond the sheet's limits (XFD1048576) ignored", nullptr, int(std::min<qint64>(outside, INT_MAX))));
        if (xml.failed())
            m_error = xml.error();
        m_control.report(1.0);
    }

    enum class CellType { Number, Shared, Boolean, Error, Date, Text, InlineText };

    static CellType cellType(std::string_view t)
    {
        if (t.empty() || t == "n")
            return CellType::Number;
        if (t == "s")
            return CellType::Shared;
        if (t == "b")
            return CellType::Boolean;
        if (t == "e")
            return CellType::Error;
        if (t == "d")
            return CellType::Date;
        if (t == "str")
            return CellType::Text;
        if (t == "inlineStr")
            return CellType::InlineText;
        return CellType::Number;
    }

    void readCell(XmlScanner &xml, qsizetype row, qsizetype &nextColumn, qint64 *outside)
    {
        qsizetype column = nextColumn;
        int style = -1;
        CellType type = CellType::Number;
        std::string_view text;
        if (attributeText(xml, "r", &text, &m_scratch)) {
            qsizetype r = -1, c = -1;
            if (parseCellReference(text, &r, &c)) {
                column = c;
                if (r >= 0)
                    row = r;
            }
        }
        if (attributeText(xml, "t", &text, &m_scratch))
            type = cellType(text);
        if (attributeText(xml, "s", &text, &m_scratch)) {
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), style);
            if (ec != std::errc() || end != text.data() + text.size())
                style = QString::fromUtf8(text.data(), qsizetype(text.size())).toInt(); // lenient, like before: 0 when unreadable
        }
        nextColumn = column + 1;
        if (row < 0)
            row = 0;

        bool hasValue = false;
        bool inlineText = false;
        while (true) {
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Token::StartElement) {
                if (isMain(xml, "v")) {
                    if (!elementText(xml))
                        return;
                    m_value.swap(xml.text());
                    hasValue = true;
                    inlineText = false;
                } else if (isMain(xml, "is")) {
                    if (!readRichText(xml, &m_value))
                        return;
                    hasValue = inlineText = true;
                } else if (!skipElement(xml)) { // <f> formulas: the cached <v> is the value
                    return;
                }
            } else if (token == XmlScanner::Token::EndElement) {
                break;
            } else {
                return;
            }
        }
        if (!hasValue)
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
        const std::string_view value = m_value;
        if (type == CellType::Number && !inlineText) {
            // The hot path: a plain number in ASCII.
            double number = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
            if (ec == std::errc() && end == value.data() + value.size() && !value.empty()) {
                setNumber(grid, row, column, gridRow, gridColumn, number, style, value);
                return;
            }
        }
        const QString valueText = QString::fromUtf8(value.data(), qsizetype(value.size()));
        if (inlineText || type == CellType::InlineText || type == CellType::Text) {
            grid.setText(gridRow, gridColumn, grid.intern(unescapeXString(valueText)));
        } else if (type == CellType::Shared) {
            bool ok = false;
            const qsizetype index = valueText.trimmed().toLongLong(&ok);
            if (ok && index >= 0 && index < qsizetype(m_sharedStrings.size())) {
                grid.setText(gridRow, gridColumn, m_sharedStrings[size_t(index)]);
            } else {
                grid.setError(gridRow, gridColumn);
                m_warnings.addCell(cellName(row, column), tr("shared string %1 does not exist; read as missing").arg(valueText));
            }
        } else if (type == CellType::Boolean) {
            grid.setBoolean(gridRow, gridColumn, valueText.trimmed() == u"1" || valueText.trimmed() == u"true");
        } else if (type == CellType::Error) {
            grid.setError(gridRow, gridColumn);
            m_warnings.addCell(cellName(row, column), tr("error value %1; read as missing").arg(valueText.trimmed()));
        } else if (type == CellType::Date) {
            if (const auto msecs = parseIsoDate(valueText))
                grid.setDateTime(gridRow, gridColumn, *msecs);
            else
                grid.setText(gridRow, gridColumn, grid.intern(valueText));
        } else {
            const std::optional<double> number = parseNumber(valueText);
            if (!number) {
                if (!valueText.trimmed().isEmpty()) {
                    grid.setError(gridRow, gridColumn);
                    m_warnings.addCell(cellName(row, column), tr("\"%1\" is not a number; read as missing").arg(valueText));
                }
                return;
            }
            setNumber(grid, row, column, gridRow, gridColumn, *number, style, value);
        }
    }

    void setNumber(CellGrid &grid, qsizetype row, qsizetype column, qsizetype gridRow, qsizetype gridColumn, double number,
                   int style, std::string_view value)
    {
        const bool isDate = style >= 0 && size_t(style) < m_xfIsDate.size() && m_xfIsDate[size_t(style)];
        if (!isDate) {
            grid.setNumber(gridRow, gridColumn, number);
        } else if (const auto msecs = ExcelNumberFormat::serialToMsecs(number, m_date1904)) {
            grid.setDateTime(gridRow, gridColumn, *msecs);
        } else {
            grid.setError(gridRow, gridColumn);
            m_warnings.addCell(cellName(row, column), tr("%1 is not a valid date; read as missing")
                                                          .arg(QString::fromUtf8(value.data(), qsizetype(value.size()))));
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
    std::string m_value;                 // the current cell's value (UTF-8)
    std::string m_scratch;               // a decoded attribute
    SheetAssembler m_sheet{m_options, maxColumns};
};

} // namespace

ImportResult XlsxReader::read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const
{
    WorkbookReader reader(device, options, control);
    return reader.run();
}
