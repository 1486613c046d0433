#include "specdraftvalidator.h"

#include "cataloglint.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

using Problem = SpecDraftProblem;

class DraftCheck
{
    Q_DECLARE_TR_FUNCTIONS(SpecDraftValidator)
public:
    DraftCheck(const SpecDraft &draft, const ParsedSpecDraft &parsed, const SpecTagVocabulary &vocabulary,
               const QHash<QString, QString> &existing)
        : m_draft(draft), m_parsed(parsed), m_vocabulary(vocabulary), m_existing(existing)
    {
    }

    SpecDraftProblems run()
    {
        checkHeading();
        checkId();
        checkTitle();
        checkSections();
        checkData();
        checkYaml();
        checkPlaceholders(Problem::File::Markdown, m_draft.markdown);
        checkPlaceholders(Problem::File::Yaml, m_draft.yaml);
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
            return std::tie(a.file, a.line) < std::tie(b.file, b.line);
        });
        return std::move(m_problems);
    }

private:
    void add(Problem::File file, int line, Problem::Severity severity, const char *rule, const QString &message)
    {
        m_problems.append({file, line, severity, QString::fromLatin1(rule), message});
    }
    void error(Problem::File file, int line, const char *rule, const QString &message)
    {
        add(file, line, Problem::Severity::Error, rule, message);
    }
    void warning(Problem::File file, int line, const char *rule, const QString &message)
    {
        add(file, line, Problem::Severity::Warning, rule, message);
    }

    const YamlNode *yamlRoot() const
    {
        return m_parsed.yaml.ok && m_parsed.yaml.root.isMapping() ? &m_parsed.yaml.root : nullptr;
    }
    const YamlNode *yamlField(std::string_view key) const
    {
        const YamlNode *root = yamlRoot();
        return root ? root->find(key) : nullptr;
    }
    int yamlLine(std::string_view key) const
    {
        const YamlNode *node = yamlField(key);
        return node ? node->line() : 0;
    }

    void checkHeading()
    {
        const SpecMarkdown &md = m_parsed.markdown;
        if (md.headingLine == 0) {
            error(Problem::File::Markdown, 1, "heading-missing",
                  tr("The file must start with the heading '# spec-id: Title'."));
            return;
        }
        if (md.headingId.isEmpty())
            error(Problem::File::Markdown, md.headingLine, "heading-form",
                  tr("The heading must read '# spec-id: Title' (the id, a colon, then the title)."));
    }

    // The id the user probably meant: lower case, words joined by single hyphens.
    static QString suggestedId(const QString &id)
    {
        static const QRegularExpression separators(u"[^a-z0-9]+"_s);
        QString result = id.toLower().replace(separators, u"-"_s);
        while (result.startsWith(u'-'))
            result.remove(0, 1);
        while (result.endsWith(u'-'))
            result.chop(1);
        return result;
    }

    // Says exactly which part of the id rule `^[a-z0-9]+(-[a-z0-9]+)*$` is broken.
    QString idRuleBroken(const QString &id) const
    {
        QString problem;
        static const QRegularExpression other(u"[^A-Za-z0-9 _-]"_s);
        if (id.contains(QRegularExpression(u"[A-Z]"_s)))
            problem = tr("'%1' has upper-case letters.").arg(id);
        else if (id.contains(u' ') || id.contains(u'_'))
            problem = tr("'%1' contains spaces or underscores.").arg(id);
        else if (const QRegularExpressionMatch m = other.match(id); m.hasMatch())
            problem = tr("'%1' contains '%2'; only a-z, 0-9 and '-' are allowed.").arg(id, m.captured());
        else if (id.startsWith(u'-') || id.endsWith(u'-'))
            problem = tr("'%1' starts or ends with '-'.").arg(id);
        else if (id.contains(u"--"_s))
            problem = tr("'%1' has '--'.").arg(id);
        if (problem.isEmpty())
            return {};
        const QString suggestion = suggestedId(id);
        return suggestion.isEmpty() || suggestion == id
            ? tr("%1 Spec ids are lower-case words joined by single '-'.").arg(problem)
            : tr("%1 Spec ids are lower-case words joined by single '-': '%2'.").arg(problem, suggestion);
    }

    void checkId()
    {
        const QString &headingId = m_parsed.markdown.headingId;
        const QString &yamlId = m_parsed.yamlSpecId;
        const bool inYaml = !yamlId.isEmpty();
        const QString id = inYaml ? yamlId : headingId;
        const Problem::File file = inYaml ? Problem::File::Yaml : Problem::File::Markdown;
        const int line = inYaml ? yamlLine("spec_id") : m_parsed.markdown.headingLine;
        if (!inYaml && yamlRoot())
            error(Problem::File::Yaml, 0, "id-missing", tr("'spec_id' is missing; it must equal the folder name."));
        if (id.isEmpty() || (id.startsWith(u'{') && id.endsWith(u'}')))
            return; // nothing yet, or the template's placeholder (reported as one)
        if (CatalogLint::reservedIds().contains(id)) {
            error(file, line, "id-reserved",
                  tr("'%1' is a reserved word of the anyplot site and cannot be a spec id.").arg(id));
        } else if (const QString broken = idRuleBroken(id); !broken.isEmpty()) {
            error(file, line, "id-invalid", broken);
        } else if (const auto it = m_existing.constFind(id); it != m_existing.cend()) {
            error(file, line, "id-taken",
                  tr("'%1' already exists in the catalog (%2); choose another id.").arg(id, it.value()));
        } else if (id.size() > SpecDraftValidator::longIdWarning) {
            warning(file, line, "id-long",
                    tr("'%1' has %2 characters; the longest id in the catalog has 32.").arg(id).arg(id.size()));
        }
        if (inYaml && !headingId.isEmpty() && headingId != yamlId)
            error(Problem::File::Markdown, m_parsed.markdown.headingLine, "id-mismatch",
                  tr("The heading says '%1' but spec_id says '%2'; they must be the same.").arg(headingId, yamlId));
    }

    void checkTitle()
    {
        const QString &headingTitle = m_parsed.markdown.headingTitle;
        const YamlNode *titleNode = yamlField("title");
        const QString yamlTitle = titleNode ? titleNode->toString().trimmed() : QString();
        if (m_parsed.markdown.headingLine > 0 && headingTitle.isEmpty())
            error(Problem::File::Markdown, m_parsed.markdown.headingLine, "title-missing",
                  tr("The heading has no title after the colon."));
        if (yamlRoot() && yamlTitle.isEmpty())
            error(Problem::File::Yaml, titleNode ? titleNode->line() : 0, "title-missing",
                  tr("'title' is missing or empty."));
        if (!headingTitle.isEmpty() && !yamlTitle.isEmpty() && headingTitle != yamlTitle)
            warning(Problem::File::Yaml, titleNode->line(), "title-mismatch",
                    tr("The title '%1' differs from the heading's '%2'.").arg(yamlTitle, headingTitle));
    }

    static QStringList requiredSections()
    {
        return {u"Description"_s, u"Applications"_s, u"Data"_s, u"Notes"_s};
    }

    // Lines of the section's body (after its heading up to the next heading), trimmed.
    QStringList sectionBody(int sectionIndex) const
    {
        const SpecMarkdown &md = m_parsed.markdown;
        const QStringList lines = m_draft.markdown.split(u'\n');
        const int from = md.sectionLines[sectionIndex]; // 1-based heading line → body starts at index from
        const int to = sectionIndex + 1 < md.sectionLines.size() ? md.sectionLines[sectionIndex + 1] - 1
                                                                  : int(lines.size());
        QStringList body;
        for (int i = from; i < to && i < lines.size(); ++i)
            if (const QString t = lines[i].trimmed(); !t.isEmpty())
                body.append(t);
        return body;
    }

    void checkSections()
    {
        const SpecMarkdown &md = m_parsed.markdown;
        const QStringList required = requiredSections();
        QHash<QString, int> firstIndex; // lower-case name → index into sectionOrder
        int expected = 0;               // next required section in order
        for (int i = 0; i < md.sectionOrder.size(); ++i) {
            const QString &name = md.sectionOrder[i];
            const int line = md.sectionLines[i];
            const int requiredIndex = int(required.indexOf(name, Qt::CaseInsensitive));
            if (requiredIndex < 0) {
                warning(Problem::File::Markdown, line, "section-unknown",
                        tr("'## %1' is not one of Description, Applications, Data, Notes; anyplot ignores it.")
                            .arg(name));
                continue;
            }
            if (firstIndex.contains(name.toLower())) {
                error(Problem::File::Markdown, line, "section-duplicate",
                      tr("'## %1' appears twice; keep one.").arg(name));
                continue;
            }
            firstIndex.insert(name.toLower(), i);
            if (name != required[requiredIndex])
                warning(Problem::File::Markdown, line, "section-name",
                        tr("Write '## %1' exactly.").arg(required[requiredIndex]));
            if (requiredIndex < expected)
                error(Problem::File::Markdown, line, "section-order",
                      tr("'## %1' must come before '## %2' (order: Description, Applications, Data, Notes).")
                          .arg(required[requiredIndex], required[expected - 1]));
            expected = std::max(expected, requiredIndex + 1);
        }
        const int lastLine = int(m_draft.markdown.count(u'\n')) + 1;
        for (int r = 0; r < required.size(); ++r) {
            const auto it = firstIndex.constFind(required[r].toLower());
            if (it == firstIndex.cend()) {
                // Point at the heading of the next required section that exists, or the end.
                int line = lastLine;
                for (int next = r + 1; next < required.size(); ++next)
                    if (const auto n = firstIndex.constFind(required[next].toLower()); n != firstIndex.cend()) {
                        line = md.sectionLines[n.value()];
                        break;
                    }
                error(Problem::File::Markdown, line, "section-missing",
                      r == 0 ? tr("The section '## %1' is missing; it must come first.").arg(required[r])
                             : tr("The section '## %1' is missing; it belongs after '## %2'.")
                                   .arg(required[r], required[r - 1]));
                continue;
            }
            checkSectionContent(r, it.value());
        }
    }

    void checkSectionContent(int requiredIndex, int sectionIndex)
    {
        const int line = m_parsed.markdown.sectionLines[sectionIndex];
        const QStringList body = sectionBody(sectionIndex);
        const auto bullets = std::count_if(body.cbegin(), body.cend(), [](const QString &l) {
            return l.startsWith(u"- "_s) || l.startsWith(u"* "_s);
        });
        switch (requiredIndex) {
        case 0:
            if (body.isEmpty())
                error(Problem::File::Markdown, line, "section-empty",
                      tr("'## Description' is empty; describe what the plot shows and when to use it."));
            break;
        case 1:
            if (bullets == 0)
                warning(Problem::File::Markdown, line, "section-empty",
                        tr("'## Applications' has no '- ' bullets; anyplot reads only bullets here."));
            break;
        case 2:
            if (bullets == 0)
                error(Problem::File::Markdown, line, "section-empty",
                      tr("'## Data' has no '- ' bullets; list each column as - `name` (type) - meaning."));
            break;
        case 3:
            if (bullets == 0 && !body.isEmpty())
                warning(Problem::File::Markdown, line, "section-empty",
                        tr("'## Notes' has text but no '- ' bullets; anyplot reads only bullets here."));
            break;
        default:
            break;
        }
        if (requiredIndex != 0 && static_cast<qsizetype>(bullets) < body.size())
            for (const QString &l : body)
                if (!l.startsWith(u"- "_s) && !l.startsWith(u"* "_s)) {
                    warning(Problem::File::Markdown, line, "section-prose",
                            tr("'## %1' holds text that is not a '- ' bullet; anyplot drops it.")
                                .arg(requiredSections()[requiredIndex]));
                    break;
                }
    }

    void checkData()
    {
        const SpecMarkdown &md = m_parsed.markdown;
        if (!md.sectionOrder.contains(u"Data"_s, Qt::CaseInsensitive) || md.data.isEmpty())
            return;
        static const QRegularExpression extra(u"^(size|example|examples)\\s*:"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        QHash<QString, int> seen;
        int columns = 0;
        for (int i = 0; i < md.data.size(); ++i) {
            const QString &bullet = md.data[i];
            const int line = md.dataLines.value(i);
            const std::optional<SpecDataColumn> column = SpecMarkdownParser::parseDataColumn(bullet);
            if (!column) {
                if (bullet.startsWith(u'`'))
                    error(Problem::File::Markdown, line, "data-form",
                          tr("Write the column as - `name` (type) - meaning; this bullet does not parse."));
                else if (!extra.match(bullet).hasMatch())
                    warning(Problem::File::Markdown, line, "data-form",
                            tr("Data bullets are columns (- `name` (type) - meaning), 'Size:' or 'Example:'."));
                continue;
            }
            ++columns;
            if (bullet.contains(u'{'))
                continue; // the template's `{column_name}` bullet: the placeholder rule says it
            if (const auto it = seen.constFind(column->name); it != seen.cend())
                error(Problem::File::Markdown, line, "data-duplicate",
                      tr("The column '%1' is already listed on line %2.").arg(column->name).arg(it.value()));
            else
                seen.insert(column->name, line);
            if (column->name.contains(u' '))
                warning(Problem::File::Markdown, line, "data-name",
                        tr("The column name '%1' contains spaces; use snake_case.").arg(column->name));
            if (column->typeText.isEmpty())
                error(Problem::File::Markdown, line, "data-type",
                      tr("The column '%1' has no type in its parentheses.").arg(column->name));
            else if (column->normalizedType == u"other"_s)
                warning(Problem::File::Markdown, line, "data-type",
                        tr("'%1' is not a type anyplot knows; use numeric, integer, categorical, string, "
                           "datetime, boolean or a list.")
                            .arg(column->typeText));
            if (column->meaning.isEmpty())
                warning(Problem::File::Markdown, line, "data-meaning",
                        tr("Say what the column '%1' means after ' - '.").arg(column->name));
        }
        if (columns == 0) {
            const int i = int(md.sectionOrder.indexOf(u"Data"_s, 0));
            error(Problem::File::Markdown, i >= 0 ? md.sectionLines[i] : 0, "data-none",
                  tr("No Data bullet has the form - `name` (type) - meaning."));
        }
    }

    void checkYaml()
    {
        const YamlParseResult &yaml = m_parsed.yaml;
        if (!yaml.ok) {
            error(Problem::File::Yaml, yaml.errorLine, "yaml-syntax", tr("YAML error: %1").arg(yaml.error));
            return;
        }
        if (!yaml.root.isMapping()) {
            error(Problem::File::Yaml, yaml.root.line(), "yaml-form",
                  tr("specification.yaml must be a mapping of keys (spec_id, title, …, tags)."));
            return;
        }
        for (const CatalogWarning &w : m_parsed.warnings)
            if (w.path == QLatin1StringView(SpecDraftFiles::yamlName)
                && !w.message.contains(u"differs from the folder name"_s))
                warning(Problem::File::Yaml, w.line, "yaml-field", w.message);
        checkTags();
    }

    void checkTags()
    {
        const YamlNode *tags = yamlField("tags");
        if (!tags || tags->isNull()) {
            error(Problem::File::Yaml, tags ? tags->line() : 0, "tags-missing",
                  tr("'tags' is missing: give plot_type, data_type, domain and features (1 to 6 values each)."));
            return;
        }
        if (!tags->isMapping())
            return; // the parser's warning says so
        for (int c = 0; c < specTagCategoryCount; ++c) {
            const char *key = specTagCategoryKeys[c];
            const QString name = QString::fromLatin1(key);
            const YamlNode *list = tags->find(key);
            if (!list) {
                error(Problem::File::Yaml, tags->line(), "tags-count",
                      tr("tags.%1 is missing; give 1 to 6 values.").arg(name));
                continue;
            }
            if (list->isNull() || !list->isSequence()) {
                error(Problem::File::Yaml, list->line(), "tags-count",
                      list->isNull() ? tr("tags.%1 is empty; give 1 to 6 values.").arg(name)
                                     : tr("tags.%1 must be a list ('- value' lines).").arg(name));
                continue;
            }
            const auto &items = list->children();
            if (items.empty() || items.size() > size_t(SpecDraftValidator::maxTagsPerList))
                error(Problem::File::Yaml, list->line(), "tags-count",
                      tr("tags.%1 holds %2 values; give 1 to 6.").arg(name).arg(items.size()));
            QSet<QString> seen;
            for (const YamlNode &item : items)
                checkTag(SpecTagCategory(c), name, item, seen);
        }
    }

    void checkTag(SpecTagCategory category, const QString &name, const YamlNode &item, QSet<QString> &seen)
    {
        if (!item.isScalar() || item.isNull()) {
            error(Problem::File::Yaml, item.line(), "tag-form", tr("A tags.%1 value must be a word.").arg(name));
            return;
        }
        const QString value = item.toString().trimmed();
        if (seen.contains(value)) {
            warning(Problem::File::Yaml, item.line(), "tag-duplicate",
                    tr("'%1' is listed twice in tags.%2.").arg(value, name));
            return;
        }
        seen.insert(value);
        if (!SpecTagVocabulary::isWellFormed(value)) {
            const QString suggestion = m_vocabulary.closest(category, value);
            warning(Problem::File::Yaml, item.line(), "tag-form",
                    suggestion.isEmpty()
                        ? tr("'%1': tags are lower-case words joined by '-'.").arg(value)
                        : tr("'%1': tags are lower-case words joined by '-' (did you mean '%2'?).")
                              .arg(value, suggestion));
            return;
        }
        if (!m_vocabulary.contains(category, value)) {
            const QString suggestion = m_vocabulary.closest(category, value);
            warning(Problem::File::Yaml, item.line(), "tag-unknown",
                    suggestion.isEmpty()
                        ? tr("'%1' is new in tags.%2: no spec in the catalog uses it.").arg(value, name)
                        : tr("'%1' is new in tags.%2; did you mean '%3'?").arg(value, name, suggestion));
        }
    }

    // The `{…}` texts of the template, wherever they are left.
    void checkPlaceholders(Problem::File file, const QString &text)
    {
        static const QStringList placeholders = [] {
            const SpecDraft blank = SpecDraft::fromTemplate();
            static const QRegularExpression brace(u"\\{[^{}\\n]+\\}"_s);
            QStringList found;
            for (const QString &t : {blank.markdown, blank.yaml})
                for (const QRegularExpressionMatch &m : brace.globalMatch(t))
                    if (!found.contains(m.captured()))
                        found.append(m.captured());
            return found;
        }();
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            QStringView line = lines[i];
            if (file == Problem::File::Yaml && line.trimmed().startsWith(u'#'))
                continue;
            for (const QString &placeholder : placeholders)
                if (line.contains(placeholder)) {
                    const QString shown = placeholder.size() > 32 ? placeholder.left(30) + u"…}"_s : placeholder;
                    error(file, i + 1, "placeholder", tr("Replace the placeholder %1.").arg(shown));
                    break;
                }
        }
    }

    const SpecDraft &m_draft;
    const ParsedSpecDraft &m_parsed;
    const SpecTagVocabulary &m_vocabulary;
    const QHash<QString, QString> &m_existing;
    SpecDraftProblems m_problems;
};

} // namespace

SpecDraftValidator::SpecDraftValidator(SpecTagVocabulary vocabulary, QHash<QString, QString> existingTitlesById)
    : m_vocabulary(std::move(vocabulary))
    , m_existingTitles(std::move(existingTitlesById))
{
}

SpecDraftValidator SpecDraftValidator::forCatalog(const Catalog *catalog)
{
    QHash<QString, QString> titles;
    if (catalog)
        for (const Spec &spec : catalog->specs())
            titles.insert(spec.id, spec.title);
    return SpecDraftValidator(SpecTagVocabulary::fromCatalog(catalog), std::move(titles));
}

SpecDraftProblems SpecDraftValidator::validate(const SpecDraft &draft) const
{
    return validate(draft, ParsedSpecDraft::parse(draft));
}

SpecDraftProblems SpecDraftValidator::validate(const SpecDraft &draft, const ParsedSpecDraft &parsed) const
{
    return DraftCheck(draft, parsed, m_vocabulary, m_existingTitles).run();
}

bool SpecDraftValidator::hasErrors(const SpecDraftProblems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const SpecDraftProblem &p) { return p.severity == SpecDraftProblem::Severity::Error; });
}
