#include "apicatalogmapper.h"

#include "specmarkdownparser.h"
#include "yamlfieldreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ApiCatalogMapper", text, disambiguation, n);
}

// Reads fields of one JSON object, reporting every wrong type under `path` and a field prefix
// ("implementations[3].").
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(QJsonObject object, QString path, QString prefix, CatalogWarnings &warnings)
        : m_object(std::move(object)), m_path(std::move(path)), m_prefix(std::move(prefix)), m_warnings(warnings)
    {
    }

    const QJsonObject &object() const { return m_object; }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    void warn(const QString &key, const QString &message) const
    {
        if (m_warnings.size() >= maxWarnings)
            return; // a hostile payload cannot flood the problems panel
        m_warnings.append({m_path, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Warning,
                           m_prefix + key + u": "_s + message});
    }

    QString text(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        QString result;
        if (v.isString()) {
            result = v.toString();
        } else if (v.isDouble()) {
            result = QString::number(v.toDouble()); // python_version: 3.12 sent as a number
        } else {
            warn(key, tr("should be text"));
            return {};
        }
        return capped(key, std::move(result));
    }

    QStringList textList(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return {capped(key, v.toString())}; // one value where a list was meant: keep it
        if (!v.isArray()) {
            warn(key, tr("should be a list of text values"));
            return {};
        }
        QStringList result;
        bool reported = false;
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString()) {
                result.append(capped(key, item.toString()));
            } else if (!item.isNull() && !reported) {
                warn(key, tr("has values that are not text; they are left out"));
                reported = true;
            }
        }
        return result;
    }

    std::optional<double> number(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double parsed = v.toString().toDouble(&ok);
            if (ok && std::isfinite(parsed))
                return parsed;
        }
        warn(key, tr("should be a number"));
        return std::nullopt;
    }

    int integer(const QString &key) const
    {
        const std::optional<double> v = number(key);
        if (!v)
            return 0;
        if (*v < 0 || *v > 2e9 || std::floor(*v) != *v) {
            warn(key, tr("should be a whole number ≥ 0, not %1").arg(*v));
            return 0;
        }
        return int(*v);
    }

    QDateTime timestamp(const QString &key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = YamlFieldReader::parseTimestamp(value); // naive stamps are UTC
        if (!parsed.isValid())
            warn(key, tr("is not a date and time: '%1'").arg(value.left(40)));
        return parsed;
    }

    QJsonObject childObject(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            warn(key, tr("should be an object"));
        return {};
    }

private:
    static constexpr qsizetype maxWarnings = 500;

    QString capped(const QString &key, QString value) const
    {
        if (value.size() > ApiCatalogMapper::maxTextLength) {
            warn(key, tr("is %1 characters long; cut to %2").arg(value.size()).arg(ApiCatalogMapper::maxTextLength));
            value.truncate(ApiCatalogMapper::maxTextLength);
        }
        return value;
    }

    QJsonObject m_object;
    QString m_path;
    QString m_prefix;
    CatalogWarnings &m_warnings;
};

template<class Tags, std::size_t N>
Tags tagLists(const JsonFields &parent, const QString &key, const std::array<const char *, N> &keys)
{
    Tags tags;
    const QJsonObject object = parent.childObject(key);
    for (std::size_t i = 0; i < N; ++i) {
        const QString name = QString::fromLatin1(keys[i]);
        const QJsonValue v = object.value(name);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isArray()) {
            parent.warn(key + u'.' + name, tr("should be a list of text values"));
            continue;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString() && !item.toString().isEmpty() && item.toString().size() <= 200)
                tags.lists[i].append(item.toString());
        }
    }
    return tags;
}

bool isSpecId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return id.size() <= 200 && pattern.match(id).hasMatch();
}

bool isLibraryId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+([._-][a-z0-9]+)*$"_s); // no "..", no '/'

    return id.size() <= 100 && pattern.match(id).hasMatch();
}

std::optional<int> score(const std::optional<double> &value)
{
    // The API sends floats (92.0); the catalog knows whole scores 0–100, like anyplot's own sync.
    if (!value || *value < 0 || *value > 100)
        return std::nullopt;
    return int(std::lround(*value));
}

QList<CriteriaCategory> criteriaFrom(const QJsonValue &checklist, const JsonFields &fields)
{
    QList<CriteriaCategory> categories;
    if (checklist.isUndefined() || checklist.isNull())
        return categories;
    if (!checklist.isObject()) {
        fields.warn(u"review_criteria_checklist"_s, tr("should be an object"));
        return categories;
    }
    const QJsonObject object = checklist.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // `total`, `score_caps` and other non-categories have no items: skipped, as in the files.
        const QJsonObject category = it.value().toObject();
        const QJsonValue items = category.value(u"items"_s);
        if (!items.isArray())
            continue;
        CriteriaCategory result;
        result.key = it.key().left(100);
        result.score = category.value(u"score"_s).toDouble();
        result.max = category.value(u"max"_s).toDouble();
        for (const QJsonValue &itemValue : items.toArray()) {
            const QJsonObject item = itemValue.toObject();
            CriteriaItem criteria;
            criteria.id = item.value(u"id"_s).toString().left(100);
            criteria.name = item.value(u"name"_s).toString().left(1000);
            criteria.score = item.value(u"score"_s).toDouble();
            criteria.max = item.value(u"max"_s).toDouble();
            criteria.passed = item.value(u"passed"_s).toBool();
            criteria.comment = item.value(u"comment"_s).toString().left(ApiCatalogMapper::maxTextLength);
            result.items.append(std::move(criteria));
        }
        categories.append(std::move(result));
    }
    return categories;
}

PreviewUrls previewsFrom(const JsonFields &f, const char *light, const char *dark, const char *htmlLight,
                         const char *htmlDark, const char *legacy, const char *legacyHtml)
{
    PreviewUrls urls;
    urls.light = f.text(QString::fromLatin1(light));
    urls.dark = f.text(QString::fromLatin1(dark));
    urls.htmlLight = f.text(QString::fromLatin1(htmlLight));
    urls.htmlDark = f.text(QString::fromLatin1(htmlDark));
    urls.legacy = f.text(QString::fromLatin1(legacy));
    urls.legacyHtml = f.text(QString::fromLatin1(legacyHtml));
    return urls;
}

void sortImplementations(std::vector<Implementation> &implementations)
{
    std::sort(implementations.begin(), implementations.end(), [](const Implementation &a, const Implementation &b) {
        return std::tie(a.language, a.libraryId) < std::tie(b.language, b.libraryId);
    });
}
} // namespace

QByteArray ApiIndexEntry::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()), text.size() * 2));
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(id);
    add(title);
    add(description);
    for (const QStringList &list : tags.lists) {
        for (const QString &tag : list)
            add(tag);
        add(u"|"_s);
    }
    add(QString::number(libraryCount));
    for (const Image &image : images) {
        add(image.library);
        add(image.language);
        add(image.quality ? QString::number(*image.quality, 'g', 17) : u"-"_s);
        const PreviewUrls &p = image.previews;
        for (const QString *url : {&p.light, &p.dark, &p.htmlLight, &p.htmlDark, &p.legacy, &p.legacyHtml})
            add(*url);
    }
    return hash.result();
}

namespace ApiCatalogMapper {

QString codePath(const QString &specId, const QString &language, const QString &libraryId)
{
    static const QHash<QString, QString> extensions{{u"python"_s, u"py"_s}, {u"javascript"_s, u"js"_s},
                                                    {u"julia"_s, u"jl"_s}, {u"r"_s, u"r"_s},
                                                    {u"typescript"_s, u"ts"_s}, {u"cpp"_s, u"cpp"_s}};
    return u"code/"_s + specId + u'/' + language + u'/' + libraryId + u'.' + extensions.value(language, u"txt"_s);
}

std::vector<ApiIndexEntry> index(const QJsonDocument &specs, const QJsonDocument &plotsFilter, CatalogWarnings &warnings)
{
    std::vector<ApiIndexEntry> entries;
    QHash<QString, std::size_t> byId;
    if (!specs.isArray()) {
        warnings.append({u"/specs"_s, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Error,
                         tr("the answer should be a list of specs")});
    }
    const QJsonArray specList = specs.array();
    int position = 0;
    for (const QJsonValue &value : specList) {
        const QString prefix = u"[%1]."_s.arg(position++);
        if (!value.isObject()) {
            warnings.append({u"/specs"_s, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Warning,
                             prefix + tr("an entry is not an object; skipped")});
            continue;
        }
        const JsonFields fields(value.toObject(), u"/specs"_s, prefix, warnings);
        ApiIndexEntry entry;
        entry.id = fields.text(u"id"_s);
        if (!isSpecId(entry.id)) {
            fields.warn(u"id"_s, tr("'%1' is not a spec id; the entry is skipped").arg(entry.id.left(60)));
            continue;
        }
        if (byId.contains(entry.id)) {
            fields.warn(u"id"_s, tr("'%1' is listed twice; the first entry is kept").arg(entry.id));
            continue;
        }
        entry.title = fields.text(u"title"_s);
        entry.description = fields.text(u"description"_s);
        entry.tags = tagLists<SpecTags>(fields, u"tags"_s, specTagCategoryKeys);
        entry.libraryCount = fields.integer(u"library_count"_s);
        byId.insert(entry.id, entries.size());
        entries.push_back(std::move(entry));
    }

    if (!plotsFilter.isObject() || !plotsFilter.object().value(u"images"_s).isArray()) {
        warnings.append({u"/plots/filter"_s, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Error,
                         tr("the answer should be an object with a list of images")});
    }
    position = 0;
    for (const QJsonValue &value : plotsFilter.object().value(u"images"_s).toArray()) {
        const QString prefix = u"images[%1]."_s.arg(position++);
        const JsonFields fields(value.toObject(), u"/plots/filter"_s, prefix, warnings);
        const QString specId = fields.text(u"spec_id"_s);
        const auto found = byId.constFind(specId);
        if (found == byId.cend())
            continue; // an image of a spec the index does not list: nothing to compare it with
        ApiIndexEntry::Image image;
        image.library = fields.text(u"library"_s);
        image.language = fields.text(u"language"_s);
        image.quality = fields.number(u"quality"_s);
        image.previews = previewsFrom(fields, "url_light", "url_dark", "html_light", "html_dark", "url", "html");
        entries[*found].images.push_back(std::move(image));
    }
    for (ApiIndexEntry &entry : entries) {
        std::sort(entry.images.begin(), entry.images.end(), [](const auto &a, const auto &b) {
            return std::tie(a.language, a.library) < std::tie(b.language, b.library);
        });
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return entries;
}

std::optional<SpecDetail> specDetail(const QJsonDocument &document, const QString &expectedId, const QString &path,
                                     CatalogWarnings &warnings)
{
    if (!document.isObject()) {
        warnings.append({path, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Error,
                         tr("the answer should be an object; the spec is skipped")});
        return std::nullopt;
    }
    const JsonFields fields(document.object(), path, {}, warnings);
    SpecDetail detail;
    Spec &spec = detail.spec;
    spec.id = fields.text(u"id"_s);
    if (spec.id != expectedId) {
        fields.warn(u"id"_s, tr("is '%1', not the '%2' that was asked for; '%2' is used").arg(spec.id.left(60), expectedId));
        spec.id = expectedId;
    }
    spec.title = fields.text(u"title"_s);
    spec.description = fields.text(u"description"_s);
    spec.applications = fields.textList(u"applications"_s);
    spec.data = fields.textList(u"data"_s);
    for (const QString &bullet : std::as_const(spec.data)) {
        if (auto column = SpecMarkdownParser::parseDataColumn(bullet))
            spec.dataColumns.append(std::move(*column));
    }
    spec.notes = fields.textList(u"notes"_s);
    spec.tags = tagLists<SpecTags>(fields, u"tags"_s, specTagCategoryKeys);
    spec.created = fields.timestamp(u"created"_s);
    spec.updated = fields.timestamp(u"updated"_s);
    spec.issue = fields.integer(u"issue"_s);
    spec.suggestedBy = fields.text(u"suggested"_s);
    spec.folderPath = u"specs/"_s + spec.id;

    const QJsonValue implementations = fields.value(u"implementations"_s);
    if (!implementations.isArray() && !implementations.isUndefined() && !implementations.isNull())
        fields.warn(u"implementations"_s, tr("should be a list"));
    QSet<QString> seen;
    int position = 0;
    for (const QJsonValue &value : implementations.toArray()) {
        const QString prefix = u"implementations[%1]."_s.arg(position++);
        if (!value.isObject()) {
            warnings.append({path, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Warning,
                             prefix + tr(" is not an object; skipped")});
            continue;
        }
        const JsonFields f(value.toObject(), path, prefix, warnings);
        Implementation impl;
        impl.specId = spec.id;
        impl.libraryId = f.text(u"library_id"_s);
        if (!isLibraryId(impl.libraryId)) {
            f.warn(u"library_id"_s, tr("'%1' is not a library id; the implementation is skipped").arg(impl.libraryId.left(60)));
            continue;
        }
        impl.language = f.text(u"language"_s);
        if (impl.language.isEmpty())
            impl.language = u"python"_s; // every anyplot implementation so far
        if (!isLibraryId(impl.language)) {
            f.warn(u"language"_s, tr("'%1' is not a language id; 'python' is used").arg(impl.language.left(60)));
            impl.language = u"python"_s;
        }
        if (seen.contains(impl.language + u'/' + impl.libraryId)) {
            f.warn(u"library_id"_s, tr("'%1' appears twice; the first is kept").arg(impl.libraryId));
            continue;
        }
        seen.insert(impl.language + u'/' + impl.libraryId);
        impl.codePath = codePath(spec.id, impl.language, impl.libraryId);
        impl.metadataPath = path + u'#' + impl.libraryId;
        impl.previews = previewsFrom(f, "preview_url_light", "preview_url_dark", "preview_html_light",
                                     "preview_html_dark", "preview_url", "preview_html");
        impl.languageVersion = f.text(u"python_version"_s);
        impl.libraryVersion = f.text(u"library_version"_s);
        const std::optional<double> quality = f.number(u"quality_score"_s);
        impl.qualityScore = score(quality);
        if (quality && !impl.qualityScore)
            f.warn(u"quality_score"_s, tr("%1 is outside 0–100; left out").arg(*quality));
        impl.created = f.timestamp(u"generated_at"_s);
        impl.updated = f.timestamp(u"updated"_s);
        impl.generatedBy = f.text(u"generated_by"_s);
        Review &review = impl.review;
        review.strengths = f.textList(u"review_strengths"_s);
        review.weaknesses = f.textList(u"review_weaknesses"_s);
        review.imageDescription = f.text(u"review_image_description"_s);
        review.criteria = criteriaFrom(f.value(u"review_criteria_checklist"_s), f);
        const QString verdict = f.text(u"review_verdict"_s);
        if (verdict == u"APPROVED"_s)
            review.verdict = Verdict::Approved;
        else if (verdict == u"REJECTED"_s)
            review.verdict = Verdict::Rejected;
        else if (!verdict.isEmpty())
            f.warn(u"review_verdict"_s, tr("'%1' is neither APPROVED nor REJECTED").arg(verdict.left(40)));
        impl.tags = tagLists<ImplementationTags>(f, u"impl_tags"_s, implTagCategoryKeys);
        detail.implementations.push_back(std::move(impl));
    }
    sortImplementations(detail.implementations);
    return detail;
}

SpecDetail fromIndex(const ApiIndexEntry &entry)
{
    SpecDetail detail;
    detail.spec.id = entry.id;
    detail.spec.title = entry.title;
    detail.spec.description = entry.description;
    detail.spec.tags = entry.tags;
    detail.spec.folderPath = u"specs/"_s + entry.id;
    for (const ApiIndexEntry::Image &image : entry.images) {
        if (!isLibraryId(image.library))
            continue;
        Implementation impl;
        impl.specId = entry.id;
        impl.libraryId = image.library;
        impl.language = isLibraryId(image.language) ? image.language : u"python"_s;
        impl.codePath = codePath(entry.id, impl.language, impl.libraryId);
        impl.previews = image.previews;
        impl.qualityScore = score(image.quality);
        detail.implementations.push_back(std::move(impl));
    }
    sortImplementations(detail.implementations);
    return detail;
}

QList<Library> libraries(const QJsonDocument &document, CatalogWarnings &warnings)
{
    QList<Library> result;
    const QJsonValue list = document.object().value(u"libraries"_s);
    if (!list.isArray()) {
        warnings.append({u"/libraries"_s, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Warning,
                         tr("the answer should be an object with a list of libraries")});
        return result;
    }
    int position = 0;
    for (const QJsonValue &value : list.toArray()) {
        const JsonFields f(value.toObject(), u"/libraries"_s, u"libraries[%1]."_s.arg(position++), warnings);
        Library library;
        library.id = f.text(u"id"_s);
        if (!isLibraryId(library.id))
            continue;
        const Library known = Library::byId(library.id);
        library.name = f.text(u"name"_s);
        library.language = f.text(u"language"_s);
        library.version = f.text(u"version"_s);
        library.documentationUrl = f.text(u"documentation_url"_s);
        library.description = f.text(u"description"_s);
        library.interactive = known.interactive;
        result.append(std::move(library));
    }
    return result;
}

std::optional<QString> code(const QJsonDocument &document, QString *error)
{
    const QJsonValue value = document.object().value(u"code"_s);
    if (!value.isString()) {
        *error = value.isNull() ? tr("the API has no code for this implementation")
                                : tr("the answer carries no code");
        return std::nullopt;
    }
    return value.toString();
}

} // namespace ApiCatalogMapper
