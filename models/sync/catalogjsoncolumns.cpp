#include "catalogjsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CatalogJsonColumns {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

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

QByteArray specTags(const SpecTags &tags)
{
    QJsonObject object;
    for (int i = 0; i < specTagCategoryCount; ++i)
        object.insert(QLatin1StringView(specTagCategoryKeys[i]), QJsonArray::fromStringList(tags.lists[i]));
    return compact(object);
}

std::optional<QByteArray> implTags(const ImplementationTags &tags)
{
    if (tags.isEmpty())
        return std::nullopt;
    QJsonObject object;
    for (int i = 0; i < implTagCategoryCount; ++i)
        object.insert(QLatin1StringView(implTagCategoryKeys[i]), QJsonArray::fromStringList(tags.lists[i]));
    return compact(object);
}

std::optional<QByteArray> criteria(const QList<CriteriaCategory> &categories)
{
    if (categories.isEmpty())
        return std::nullopt;
    QJsonObject object;
    for (const CriteriaCategory &category : categories) {
        QJsonArray items;
        for (const CriteriaItem &item : category.items) {
            items.append(QJsonObject{{u"id"_s, item.id}, {u"name"_s, item.name}, {u"score"_s, item.score},
                                     {u"max"_s, item.max}, {u"passed"_s, item.passed}, {u"comment"_s, item.comment}});
        }
        object.insert(category.key, QJsonObject{{u"score"_s, category.score}, {u"max"_s, category.max},
                                                {u"items"_s, items}});
    }
    return compact(object);
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
