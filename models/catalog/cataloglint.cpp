#include "cataloglint.h"


#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace CatalogLint {

namespace {
// What a load problem means for a maintainer's CI: files the site cannot use are errors; oddities
// that anyplot itself tolerates are warnings.
CatalogWarning::Severity severityOf(const CatalogWarning &warning)
{
    switch (warning.kind) {
    case CatalogWarning::Kind::Unreadable:
    case CatalogWarning::Kind::MalformedYaml:
    case CatalogWarning::Kind::MalformedMarkdown:
    case CatalogWarning::Kind::MissingFile:
        return CatalogWarning::Severity::Error;
    case CatalogWarning::Kind::UnexpectedFile:
    case CatalogWarning::Kind::UnknownField:
    case CatalogWarning::Kind::InvalidValue:
    case CatalogWarning::Kind::StructureRule:
        break;
    }
    return warning.severity;
}

class SpecRules
{
    // Context "CatalogLint", not the "CatalogLint::SpecRules" lupdate would file a plain tr() of
    // this class under (where the translations would never be looked up).
    Q_DECLARE_TR_FUNCTIONS(CatalogLint)
public:
    SpecRules(const Catalog &catalog, CatalogWarnings &findings) : m_catalog(catalog), m_findings(findings) {}

    void check(const Spec &spec)
    {
        const QString md = spec.folderPath + u"/specification.md"_s;
        const QString yaml = spec.folderPath + u"/specification.yaml"_s;
        if (!isValidSpecId(spec.id))
            add(spec.folderPath, CatalogWarning::Severity::Error,
                reservedIds().contains(spec.id) ? tr("'%1' is a reserved word and cannot be a spec id").arg(spec.id)
                                                : tr("'%1' is not a valid spec id (lower-case words joined by '-')")
                                                      .arg(spec.id));
        if (spec.description.isEmpty())
            add(md, CatalogWarning::Severity::Warning, tr("the Description section is empty"));
        if (!spec.data.isEmpty() && spec.dataColumns.isEmpty())
            add(md, CatalogWarning::Severity::Warning,
                tr("no Data bullet has the form `name` (type) - meaning"));
        if (!spec.created.isValid())
            add(yaml, CatalogWarning::Severity::Warning, tr("'created' is missing"));
        checkDates(yaml, spec.created, spec.updated);
        if (spec.issue <= 0)
            add(yaml, CatalogWarning::Severity::Warning, tr("'issue' is missing: the spec is not linked to its issue"));
        for (int i = 0; i < specTagCategoryCount; ++i) {
            const qsizetype count = spec.tags.lists[i].size();
            if (count == 0 || count > 6)
                add(yaml, CatalogWarning::Severity::Warning,
                    tr("tags.%1 should hold 1 to 6 values, it holds %2")
                        .arg(QString::fromLatin1(specTagCategoryKeys[i])).arg(count));
        }
        for (const Implementation *impl : m_catalog.implementationsOf(spec.id))
            check(*impl);
    }

private:
    // A stamp from the future or an update before the creation is a generator's or a clock's bug.
    void checkDates(const QString &path, const QDateTime &created, const QDateTime &updated)
    {
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3600);
        if (created.isValid() && created > soon)
            add(path, CatalogWarning::Severity::Warning, tr("'created' lies in the future"));
        if (updated.isValid() && updated > soon)
            add(path, CatalogWarning::Severity::Warning, tr("'updated' lies in the future"));
        if (created.isValid() && updated.isValid() && updated < created)
            add(path, CatalogWarning::Severity::Warning, tr("'updated' is earlier than 'created'"));
    }

    void check(const Implementation &impl)
    {
        const QString &path = impl.metadataPath.isEmpty() ? impl.codePath : impl.metadataPath;
        if (!impl.metadataPath.isEmpty())
            checkDates(path, impl.created, impl.updated);
        // Plotbench's own native implementations are drawn live and never AI-reviewed: no score,
        // no stored preview is their honest state, not a defect.
        const bool native = impl.language == u"cpp"_s && impl.libraryId == u"qtcharts"_s;
        if (!impl.metadataPath.isEmpty() && !impl.qualityScore && !native)
            add(path, CatalogWarning::Severity::Warning, tr("no valid quality_score"));
        if (!impl.metadataPath.isEmpty() && impl.previews.image(PreviewTheme::Light).isEmpty() && !native)
            add(path, CatalogWarning::Severity::Warning, tr("no preview image URL"));
    }

    void add(const QString &path, CatalogWarning::Severity severity, const QString &message)
    {
        m_findings.append({path, 0, CatalogWarning::Kind::StructureRule, severity, message});
    }

    const Catalog &m_catalog;
    CatalogWarnings &m_findings;
};
} // namespace

const QStringList &reservedIds()
{
    static const QStringList ids{u"plots"_s, u"specs"_s, u"libraries"_s, u"palette"_s, u"about"_s, u"legal"_s,
                                 u"mcp"_s, u"stats"_s, u"debug"_s, u"api"_s, u"og"_s, u"sitemap.xml"_s,
                                 u"robots.txt"_s};
    return ids;
}

bool isValidSpecId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(id).hasMatch() && !reservedIds().contains(id);
}

CatalogWarnings run(const Catalog &catalog)
{
    CatalogWarnings findings;
    for (CatalogWarning warning : catalog.warnings()) {
        warning.severity = severityOf(warning);
        findings.append(std::move(warning));
    }
    SpecRules rules(catalog, findings);
    for (const Spec &spec : catalog.specs())
        rules.check(spec);
    std::stable_sort(findings.begin(), findings.end(), [](const CatalogWarning &a, const CatalogWarning &b) {
        return std::tie(a.path, a.line) < std::tie(b.path, b.line);
    });
    return findings;
}

int errorCount(const CatalogWarnings &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const CatalogWarning &w) {
        return w.severity == CatalogWarning::Severity::Error;
    }));
}

} // namespace CatalogLint
