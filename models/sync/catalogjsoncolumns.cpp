#include "catalogjsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringConverter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CatalogJsonColumns {

namespace {
QJsonObject parseObject(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
        else if (item.isDouble())
            list.append(QString::number(item.toDouble()));
    }
    return list;
}
} // namespace

namespace {
// JSON text written directly: QJsonDocument costs several times more, and a push writes ~10 MB
// of reviews. Strings are escaped as RFC 8259 asks; numbers are finite (NaN/inf become 0).
bool needsEscaping(QStringView value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    }
    return false;
}

void appendString(QByteArray &out, const QString &value)
{
    if (!needsEscaping(value)) { // most strings: UTF-8 straight into the output
        thread_local QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        const qsizetype at = out.size();
        out.resize(at + 1 + utf8.requiredSpace(value.size()));
        out[at] = '"';
        char *const end = utf8.appendToBuffer(out.data() + at + 1, value);
        out.resize(end - out.constData());
        out.append('"');
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out.append('"');
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

void appendNumber(QByteArray &out, double value)
{
    // Scores are whole numbers nearly always: printed as integers (the same text %.15g gives),
    // which is many times cheaper than the shortest-double conversion.
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15) {
        out.append(QByteArray::number(qint64(value)));
        return;
    }
    out.append(std::isfinite(value) ? QByteArray::number(value, 'g', 15) : QByteArrayLiteral("0"));
}

void appendList(QByteArray &out, const QStringList &values)
{
    out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, values[i]);
    }
    out.append(']');
}

template<std::size_t N>
QByteArray listsObject(const std::array<const char *, N> &keys, const std::array<QStringList, N> &lists)
{
    QByteArray out("{");
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0)
            out.append(',');
        out.append('"').append(keys[i]).append("\":");
        appendList(out, lists[i]);
    }
    out.append('}');
    return out;
}
} // namespace

QByteArray specTags(const SpecTags &tags)
{
    return listsObject(specTagCategoryKeys, tags.lists);
}

std::optional<QByteArray> implTags(const ImplementationTags &tags)
{
    if (tags.isEmpty())
        return std::nullopt;
    return listsObject(implTagCategoryKeys, tags.lists);
}

std::optional<QByteArray> criteria(const QList<CriteriaCategory> &categories)
{
    if (categories.isEmpty())
        return std::nullopt;
    QByteArray out("{");
    for (qsizetype c = 0; c < categories.size(); ++c) {
        const CriteriaCategory &category = categories[c];
        if (c > 0)
            out.append(',');
        appendString(out, category.key);
        out.append(":{\"score\":");
        appendNumber(out, category.score);
        out.append(",\"max\":");
        appendNumber(out, category.max);
        out.append(",\"items\":[");
        for (qsizetype i = 0; i < category.items.size(); ++i) {
            const CriteriaItem &item = category.items[i];
            if (i > 0)
                out.append(',');
            out.append("{\"id\":");
            appendString(out, item.id);
            out.append(",\"name\":");
            appendString(out, item.name);
            out.append(",\"score\":");
            appendNumber(out, item.score);
            out.append(",\"max\":");
            appendNumber(out, item.max);
            out.append(item.passed ? ",\"passed\":true" : ",\"passed\":false");
            out.append(",\"comment\":");
            appendString(out, item.comment);
            out.append('}');
        }
        out.append("]}");
    }
    out.append('}');
    return out;
}

SpecTags parseSpecTags(QByteArrayView json)
{
    SpecTags tags;
    const QJsonObject object = parseObject(json);
    for (int i = 0; i < specTagCategoryCount; ++i)
        tags.lists[i] = strings(object.value(QLatin1StringView(specTagCategoryKeys[i])));
    return tags;
}

ImplementationTags parseImplTags(QByteArrayView json)
{
    ImplementationTags tags;
    const QJsonObject object = parseObject(json);
    for (int i = 0; i < implTagCategoryCount; ++i)
        tags.lists[i] = strings(object.value(QLatin1StringView(implTagCategoryKeys[i])));
    return tags;
}

QList<CriteriaCategory> parseCriteria(QByteArrayView json)
{
    // jsonb keeps keys sorted by length then bytes, not in file order: the categories come back
    // in that order. Only values that have `items` are categories (CONTRACTS.md §1).
    QList<CriteriaCategory> categories;
    const QJsonObject object = parseObject(json);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject value = it.value().toObject();
        if (!value.value(u"items"_s).isArray())
            continue;
        CriteriaCategory category;
        category.key = it.key();
        category.score = value.value(u"score"_s).toDouble();
        category.max = value.value(u"max"_s).toDouble();
        const QJsonArray items = value.value(u"items"_s).toArray();
        for (const QJsonValue &itemValue : items) {
            const QJsonObject item = itemValue.toObject();
            category.items.append({item.value(u"id"_s).toString(), item.value(u"name"_s).toString(),
                                   item.value(u"score"_s).toDouble(), item.value(u"max"_s).toDouble(),
                                   item.value(u"passed"_s).toBool(), item.value(u"comment"_s).toString()});
        }
        categories.append(std::move(category));
    }
    return categories;
}

std::optional<QByteArray> timestamp(const QDateTime &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1();
}

QDateTime parseTimestamp(QByteArrayView text)
{
    QString value = QString::fromLatin1(text);
    value.replace(u' ', u'T');
    // Microseconds are cut to the milliseconds QDateTime keeps.
    if (const qsizetype dot = value.indexOf(u'.'); dot >= 0 && value.size() - dot > 4)
        value.truncate(dot + 4);
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

} // namespace CatalogJsonColumns
