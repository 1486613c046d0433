#include "specmarkdownparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace SpecMarkdownParser {

namespace {
QString bulletText(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(u"- ") || trimmed.startsWith(u"* "))
        return trimmed.mid(2).trimmed().toString();
    return {};
}

void warn(CatalogWarnings &warnings, const QString &path, int line, CatalogWarning::Kind kind, const QString &message)
{
    warnings.append({path, line, kind, CatalogWarning::Severity::Warning, message});
}
} // namespace

SpecMarkdown parse(QByteArrayView content, const QString &path, CatalogWarnings &warnings)
{
    SpecMarkdown result;
    if (content.contains('\0')) {
        warn(warnings, path, 0, CatalogWarning::Kind::MalformedMarkdown,
             QCoreApplication::translate("SpecMarkdownParser", "contains binary data (NUL bytes); not read"));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(content);
    if (decoder.hasError())
        warn(warnings, path, 0, CatalogWarning::Kind::MalformedMarkdown,
             QCoreApplication::translate("SpecMarkdownParser", "is not valid UTF-8; unreadable characters replaced"));

    enum class Section { None, Description, Applications, Data, Notes, Other };
    Section section = Section::None;
    QStringList descriptionLines;
    bool sawHeading = false;
    int lineNumber = 0;
    bool inFence = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().startsWith(u"```"))
            inFence = !inFence;
        if (!inFence && line.startsWith(u"# ") && !sawHeading) {
            sawHeading = true;
            result.headingLine = lineNumber;
            const QStringView heading = line.mid(2).trimmed();
            const qsizetype colon = heading.indexOf(u':');
            if (colon > 0) {
                result.headingId = heading.left(colon).trimmed().toString();
                result.headingTitle = heading.mid(colon + 1).trimmed().toString();
            } else {
                result.headingTitle = heading.toString();
                warn(warnings, path, lineNumber, CatalogWarning::Kind::MalformedMarkdown,
                     QCoreApplication::translate("SpecMarkdownParser", "the heading should read '# spec-id: Title'"));
            }
            continue;
        }
        if (!inFence && line.startsWith(u"## ")) {
            const QString name = line.mid(3).trimmed().toString();
            result.sectionOrder.append(name);
            result.sectionLines.append(lineNumber);
            const QString key = name.toLower();
            section = key == u"description"_s ? Section::Description
                : key == u"applications"_s    ? Section::Applications
                : key == u"data"_s            ? Section::Data
                : key == u"notes"_s           ? Section::Notes
                                              : Section::Other;
            continue;
        }
        switch (section) {
        case Section::Description:
            descriptionLines.append(line.toString());
            break;
        case Section::Applications:
            if (const QString bullet = bulletText(line); !bullet.isEmpty())
                result.applications.append(bullet);
            break;
        case Section::Data:
            if (const QString bullet = bulletText(line); !bullet.isEmpty()) {
                result.data.append(bullet);
                result.dataLines.append(lineNumber);
                if (auto column = parseDataColumn(bullet))
                    result.dataColumns.append(std::move(*column));
            }
            break;
        case Section::Notes:
            if (const QString bullet = bulletText(line); !bullet.isEmpty())
                result.notes.append(bullet);
            break;
        case Section::None:
        case Section::Other:
            break;
        }
    }
    result.description = descriptionLines.join(u'\n').trimmed();
    if (!sawHeading)
        warn(warnings, path, 1, CatalogWarning::Kind::MalformedMarkdown,
             QCoreApplication::translate("SpecMarkdownParser", "no '# spec-id: Title' heading"));
    return result;
}

std::optional<SpecDataColumn> parseDataColumn(const QString &bullet)
{
    // `name` (type[, optional]) - meaning; the dash may be an en/em dash or a colon.
    static const QRegularExpression pattern(
        uR"(^`([^`]+)`\s*\(([^)]*)\)\s*(?:[-–—:]\s*(.*))?$)"_s);
    const QRegularExpressionMatch match = pattern.match(bullet);
    if (!match.hasMatch())
        return std::nullopt;
    SpecDataColumn column;
    column.name = match.captured(1).trimmed();
    QStringList typeParts;
    for (const QString &part : match.captured(2).split(u',')) {
        const QString word = part.trimmed();
        if (word.compare(u"optional"_s, Qt::CaseInsensitive) == 0)
            column.optional = true;
        else if (!word.isEmpty())
            typeParts.append(word);
    }
    column.typeText = typeParts.join(u", "_s);
    column.normalizedType = normalizeType(column.typeText);
    column.meaning = match.captured(3).trimmed();
    return column;
}

QString normalizeType(const QString &typeText)
{
    const QString t = typeText.toLower();
    const auto has = [&t](QStringView word) { return t.contains(word); };
    if (has(u"list") || has(u"array") || has(u"dict") || has(u"matrix") || has(u"[]"))
        return u"list"_s;
    if (has(u"date") || has(u"time"))
        return u"datetime"_s;
    if (has(u"bool"))
        return u"boolean"_s;
    if (has(u"int") || has(u"count"))
        return u"integer"_s;
    if (has(u"numeric") || has(u"number") || has(u"float") || has(u"double") || has(u"continuous")
        || has(u"real") || has(u"decimal") || has(u"percent"))
        return u"numeric"_s;
    if (has(u"categor") || has(u"factor") || has(u"label") || has(u"group") || has(u"discrete"))
        return u"categorical"_s;
    if (has(u"str") || has(u"text") || has(u"name"))
        return u"text"_s;
    return u"other"_s;
}

} // namespace SpecMarkdownParser
