#include "metadataparser.h"

#include "yamlfieldreader.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MetadataParser {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MetadataParser", text);
}

CriteriaItem parseItem(const YamlFieldReader &item)
{
    CriteriaItem parsed;
    parsed.id = item.string("id");
    parsed.name = item.string("name");
    parsed.score = item.number("score").value_or(0);
    parsed.max = item.number("max").value_or(0);
    const YamlNode *passed = item.node("passed");
    parsed.passed = passed && passed->toBool().value_or(false);
    parsed.comment = item.string("comment");
    return parsed;
}

// Three rubric versions coexist; only values that carry `items` are categories (`total`,
// `score_caps`, … are not).
QList<CriteriaCategory> parseChecklist(const YamlNode &checklist, const YamlFieldReader &review)
{
    QList<CriteriaCategory> categories;
    if (checklist.isNull())
        return categories;
    if (!checklist.isMapping()) {
        review.warn(&checklist, CatalogWarning::Kind::InvalidValue, tr("'criteria_checklist' should be a mapping"));
        return categories;
    }
    for (std::size_t i = 0; i < checklist.keys().size(); ++i) {
        const YamlNode &value = checklist.children()[i];
        const YamlNode *items = value.isMapping() ? value.find("items") : nullptr;
        if (!items || !items->isSequence())
            continue;
        const YamlFieldReader fields = review.nested(value);
        CriteriaCategory category;
        category.key = QString::fromStdString(checklist.keys()[i]);
        category.score = fields.number("score").value_or(0);
        category.max = fields.number("max").value_or(0);
        for (const YamlNode &itemNode : items->children()) {
            if (itemNode.isMapping())
                category.items.append(parseItem(review.nested(itemNode)));
            else
                review.warn(&itemNode, CatalogWarning::Kind::InvalidValue, tr("a checklist item should be a mapping"));
        }
        categories.append(std::move(category));
    }
    return categories;
}

void parseReview(const YamlNode &node, const YamlFieldReader &parent, Review &review)
{
    if (node.isNull())
        return;
    if (!node.isMapping()) {
        parent.warn(&node, CatalogWarning::Kind::InvalidValue, tr("'review' should be a mapping"));
        return;
    }
    const YamlFieldReader fields = parent.nested(node);
    fields.warnUnknownKeys({"strengths", "weaknesses", "improvements", "image_description",
                            "criteria_checklist", "verdict"});
    review.strengths = fields.stringList("strengths");
    review.weaknesses = fields.stringList("weaknesses");
    review.improvements = fields.stringList("improvements");
    review.imageDescription = fields.string("image_description");
    if (const YamlNode *checklist = fields.node("criteria_checklist"))
        review.criteria = parseChecklist(*checklist, fields);
    const QString verdict = fields.string("verdict");
    if (verdict == u"APPROVED"_s) {
        review.verdict = Verdict::Approved;
    } else if (verdict == u"REJECTED"_s) {
        review.verdict = Verdict::Rejected;
    } else if (!verdict.isEmpty()) {
        fields.warn(fields.node("verdict"), CatalogWarning::Kind::InvalidValue,
                    tr("verdict '%1' is neither APPROVED nor REJECTED").arg(verdict.left(40)));
    }
}

void parseImplTags(const YamlNode &node, const YamlFieldReader &parent, ImplementationTags &tags)
{
    if (node.isNull())
        return;
    if (!node.isMapping()) {
        parent.warn(&node, CatalogWarning::Kind::InvalidValue, tr("'impl_tags' should be a mapping of lists"));
        return;
    }
    const YamlFieldReader fields = parent.nested(node);
    fields.warnUnknownKeys({"dependencies", "techniques", "patterns", "dataprep", "styling"});
    for (int i = 0; i < implTagCategoryCount; ++i)
        tags.lists[i] = fields.stringList(implTagCategoryKeys[i]);
}
} // namespace

void parse(const YamlNode &root, const QString &path, Implementation &impl, CatalogWarnings &warnings)
{
    if (!root.isMapping()) {
        warnings.append({path, root.line(), CatalogWarning::Kind::MalformedYaml, CatalogWarning::Severity::Warning,
                         tr("expected a mapping of keys, found a %1").arg(root.typeName())});
        return;
    }
    const YamlFieldReader fields(root, path, warnings);
    fields.warnUnknownKeys({"library", "language", "specification_id", "created", "updated", "generated_by",
                            "workflow_run", "issue", "python_version", "language_version", "library_version", "quality_score",
                            "review", "impl_tags", "preview_url_light", "preview_url_dark",
                            "preview_html_light", "preview_html_dark", "preview_url", "preview_html"});

    const QString library = fields.string("library");
    if (!library.isEmpty() && library != impl.libraryId)
        fields.warn(fields.node("library"), CatalogWarning::Kind::InvalidValue,
                    tr("library '%1' differs from the file name '%2'").arg(library, impl.libraryId));
    const QString specId = fields.string("specification_id");
    if (!specId.isEmpty() && specId != impl.specId)
        fields.warn(fields.node("specification_id"), CatalogWarning::Kind::InvalidValue,
                    tr("specification_id '%1' differs from the folder '%2'").arg(specId, impl.specId));
    const QString language = fields.string("language");
    if (!language.isEmpty() && language != impl.language)
        fields.warn(fields.node("language"), CatalogWarning::Kind::InvalidValue,
                    tr("language '%1' differs from the folder '%2'").arg(language, impl.language));

    impl.created = fields.timestamp("created");
    impl.updated = fields.timestamp("updated");
    impl.generatedBy = fields.string("generated_by");
    impl.workflowRun = fields.integer("workflow_run").value_or(0);
    impl.issue = int(fields.integer("issue").value_or(0)); // 0 means none
    impl.languageVersion = fields.has("language_version") ? fields.string("language_version")
                                                          : fields.string("python_version");
    impl.libraryVersion = fields.string("library_version");

    if (const auto score = fields.number("quality_score")) {
        if (*score >= 0 && *score <= 100)
            impl.qualityScore = int(std::lround(*score));
        else
            fields.warn(fields.node("quality_score"), CatalogWarning::Kind::InvalidValue,
                        tr("quality_score %1 is outside 0–100").arg(*score));
    }

    impl.previews.light = fields.string("preview_url_light");
    impl.previews.dark = fields.string("preview_url_dark");
    impl.previews.htmlLight = fields.string("preview_html_light");
    impl.previews.htmlDark = fields.string("preview_html_dark");
    impl.previews.legacy = fields.string("preview_url");
    impl.previews.legacyHtml = fields.string("preview_html");

    if (const YamlNode *review = fields.node("review"))
        parseReview(*review, fields, impl.review);
    if (const YamlNode *tags = fields.node("impl_tags"))
        parseImplTags(*tags, fields, impl.tags);
}

} // namespace MetadataParser
