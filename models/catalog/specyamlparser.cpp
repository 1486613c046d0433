#include "specyamlparser.h"

#include "yamlfieldreader.h"

#include <QCoreApplication>

namespace SpecYamlParser {

void parse(const YamlNode &root, const QString &path, Spec &spec, CatalogWarnings &warnings)
{
    if (!root.isMapping()) {
        warnings.append({path, root.line(), CatalogWarning::Kind::MalformedYaml, CatalogWarning::Severity::Warning,
                         QCoreApplication::translate("SpecYamlParser", "expected a mapping of keys, found a %1")
                             .arg(root.typeName())});
        return;
    }
    const YamlFieldReader fields(root, path, warnings);
    fields.warnUnknownKeys({"spec_id", "title", "created", "updated", "issue", "suggested", "tags"});

    const QString specId = fields.string("spec_id");
    if (!specId.isEmpty() && specId != spec.id)
        fields.warn(fields.node("spec_id"), CatalogWarning::Kind::InvalidValue,
                    QCoreApplication::translate("SpecYamlParser", "spec_id '%1' differs from the folder name '%2'")
                        .arg(specId, spec.id));
    if (const QString title = fields.string("title"); !title.isEmpty())
        spec.title = title;
    spec.created = fields.timestamp("created");
    spec.updated = fields.timestamp("updated");
    spec.issue = int(fields.integer("issue").value_or(0));
    spec.suggestedBy = fields.string("suggested");

    const YamlNode *tags = fields.node("tags");
    if (!tags || tags->isNull())
        return;
    if (!tags->isMapping()) {
        fields.warn(tags, CatalogWarning::Kind::InvalidValue,
                    QCoreApplication::translate("SpecYamlParser", "'tags' should be a mapping of four lists"));
        return;
    }
    const YamlFieldReader tagFields(*tags, path, warnings);
    tagFields.warnUnknownKeys({"plot_type", "data_type", "domain", "features"});
    for (int i = 0; i < specTagCategoryCount; ++i)
        spec.tags.lists[i] = tagFields.stringList(specTagCategoryKeys[i]);
}

} // namespace SpecYamlParser
