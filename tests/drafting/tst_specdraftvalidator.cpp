// Live validation of a spec draft: every rule points at its file and line with a precise message.
#include "specdraftvalidator.h"

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"

using namespace Qt::StringLiterals;
using Problem = SpecDraftProblem;

namespace {
const QString goodMarkdown = uR"(# ridgeline-basic: Basic Ridgeline Plot

## Description

Stacked density curves, one per group, offset vertically so distributions can be compared.

## Applications

- Comparing temperature distributions per month

## Data

- `value` (numeric) - The measured values
- `group` (categorical) - Which ridge a value belongs to
- Size: 5-20 groups

## Notes

- Overlap the ridges slightly
)"_s;

const QString goodYaml = uR"(# Specification-level metadata for ridgeline-basic
spec_id: ridgeline-basic
title: Basic Ridgeline Plot
created: '2026-11-30T10:00:00Z'
updated: null
issue: null
suggested: someone
tags:
  plot_type:
    - density
  data_type:
    - numeric
    - categorical
  domain:
    - statistics
  features:
    - basic
)"_s;

SpecDraft draftOf(const QString &markdown, const QString &yaml)
{
    SpecDraft draft;
    draft.draftId = u"test"_s;
    draft.markdown = markdown;
    draft.yaml = yaml;
    return draft;
}

QString describe(const SpecDraftProblems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(u"%1:%2 %3 [%4] %5"_s.arg(p.file == Problem::File::Markdown ? u"md"_s : u"yaml"_s)
                         .arg(p.line)
                         .arg(p.severity == Problem::Severity::Error ? u"error"_s : u"warning"_s, p.rule, p.message));
    return lines.join(u'\n');
}

bool hasProblem(const SpecDraftProblems &problems, Problem::File file, int line, const QString &rule,
                Problem::Severity severity)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
        return p.file == file && p.line == line && p.rule == rule && p.severity == severity;
    });
}
} // namespace

class TestSpecDraftValidator : public QObject
{
    Q_OBJECT

    SpecDraftValidator m_validator;
    CatalogPtr m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DraftingTest::loadSampleCatalog();
        QVERIFY(m_catalog);
        QCOMPARE(m_catalog->specs().size(), size_t(42));
        m_validator = SpecDraftValidator::forCatalog(m_catalog.get());
    }

    void goodDraftHasNoProblems()
    {
        const SpecDraftProblems problems = m_validator.validate(draftOf(goodMarkdown, goodYaml));
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void templateNeedsFillingIn()
    {
        const SpecDraft draft = SpecDraft::fromTemplate(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        const SpecDraftProblems problems = m_validator.validate(draft);
        QVERIFY(SpecDraftValidator::hasErrors(problems));
        // Every placeholder line of the Markdown is pointed at: heading, description, bullets.
        for (int line : {1, 5, 9, 10, 14, 15, 16, 20})
            QVERIFY2(hasProblem(problems, Problem::File::Markdown, line, u"placeholder"_s, Problem::Severity::Error),
                     qPrintable(u"line %1\n"_s.arg(line) + describe(problems)));
        QVERIFY(hasProblem(problems, Problem::File::Yaml, 4, u"placeholder"_s, Problem::Severity::Error));
        // The template's own tags are real vocabulary: no tag warnings.
        for (const Problem &p : problems)
            QVERIFY2(!p.rule.startsWith(u"tag"_s), qPrintable(describe(problems)));
    }

    void oneRule_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("messagePart");
        const int md = int(Problem::File::Markdown), yaml = int(Problem::File::Yaml);
        auto replaceMd = [](const QString &from, const QString &to) { return QString(goodMarkdown).replace(from, to); };
        auto replaceYaml = [](const QString &from, const QString &to) { return QString(goodYaml).replace(from, to); };

        QTest::newRow("upper-case id") << replaceMd(u"ridgeline-basic"_s, u"Ridgeline-Basic"_s)
                                       << replaceYaml(u"ridgeline-basic"_s, u"Ridgeline-Basic"_s) << yaml << 2
                                       << u"id-invalid"_s << true << u"upper-case"_s;
        QTest::newRow("underscore id") << replaceMd(u"ridgeline-basic"_s, u"ridgeline_basic"_s)
                                       << replaceYaml(u"ridgeline-basic"_s, u"ridgeline_basic"_s) << yaml << 2
                                       << u"id-invalid"_s << true << u"'ridgeline-basic'."_s;
        QTest::newRow("double hyphen") << replaceMd(u"ridgeline-basic"_s, u"ridgeline--basic"_s)
                                       << replaceYaml(u"ridgeline-basic"_s, u"ridgeline--basic"_s) << yaml << 2
                                       << u"id-invalid"_s << true << u"'--'"_s;
        QTest::newRow("trailing hyphen") << replaceMd(u"ridgeline-basic"_s, u"ridgeline-"_s)
                                         << replaceYaml(u"ridgeline-basic"_s, u"ridgeline-"_s) << yaml << 2
                                         << u"id-invalid"_s << true << u"ends with"_s;
        QTest::newRow("dot in id") << replaceMd(u"ridgeline-basic"_s, u"ridge.line"_s)
                                   << replaceYaml(u"ridgeline-basic"_s, u"ridge.line"_s) << yaml << 2
                                   << u"id-invalid"_s << true << u"contains '.'"_s;
        QTest::newRow("reserved id") << replaceMd(u"ridgeline-basic"_s, u"stats"_s)
                                     << replaceYaml(u"ridgeline-basic"_s, u"stats"_s) << yaml << 2 << u"id-reserved"_s
                                     << true << u"reserved"_s;
        QTest::newRow("taken id") << replaceMd(u"ridgeline-basic"_s, u"scatter-basic"_s)
                                  << replaceYaml(u"ridgeline-basic"_s, u"scatter-basic"_s) << yaml << 2
                                  << u"id-taken"_s << true << u"Basic Scatter Plot"_s;
        QTest::newRow("id mismatch") << replaceMd(u"# ridgeline-basic"_s, u"# ridgeline-plain"_s) << goodYaml << md
                                     << 1 << u"id-mismatch"_s << true << u"'ridgeline-plain'"_s;
        QTest::newRow("no heading") << replaceMd(u"# ridgeline-basic: Basic Ridgeline Plot\n"_s, u"\n"_s) << goodYaml
                                    << md << 1 << u"heading-missing"_s << true << u"# spec-id: Title"_s;
        QTest::newRow("heading without colon") << replaceMd(u"ridgeline-basic: "_s, QString()) << goodYaml << md << 1
                                               << u"heading-form"_s << true << u"colon"_s;
        QTest::newRow("title differs") << goodMarkdown
                                       << replaceYaml(u"title: Basic Ridgeline Plot"_s, u"title: Ridgeline"_s) << yaml
                                       << 3 << u"title-mismatch"_s << false << u"'Ridgeline'"_s;
        QTest::newRow("missing notes") << replaceMd(u"## Notes\n\n- Overlap the ridges slightly\n"_s, QString())
                                       << goodYaml << md << 17 << u"section-missing"_s << true << u"after '## Data'"_s;
        QTest::newRow("missing applications")
            << replaceMd(u"## Applications\n\n- Comparing temperature distributions per month\n\n"_s, QString())
            << goodYaml << md << 7 << u"section-missing"_s << true << u"'## Applications'"_s;
        QTest::newRow("sections out of order")
            << replaceMd(u"## Applications\n\n- Comparing temperature distributions per month\n\n"_s, QString())
                   .append(u"\n## Applications\n\n- Late\n"_s)
            << goodYaml << md << 17 << u"section-order"_s << true << u"before '## Notes'"_s;
        QTest::newRow("duplicate section") << QString(goodMarkdown).append(u"\n## Data\n\n- `z` (numeric) - more\n"_s)
                                           << goodYaml << md << 21 << u"section-duplicate"_s << true << u"twice"_s;
        QTest::newRow("unknown section") << QString(goodMarkdown).append(u"\n## Gallery\n\n- a\n"_s) << goodYaml << md
                                         << 21 << u"section-unknown"_s << false << u"'## Gallery'"_s;
        QTest::newRow("empty description")
            << replaceMd(u"Stacked density curves, one per group, offset vertically so distributions can be compared.\n"_s,
                         QString())
            << goodYaml << md << 3 << u"section-empty"_s << true << u"Description"_s;
        QTest::newRow("malformed column") << replaceMd(u"- `group` (categorical) - Which"_s, u"- `group` categorical - Which"_s)
                                          << goodYaml << md << 14 << u"data-form"_s << true << u"does not parse"_s;
        QTest::newRow("free data bullet") << replaceMd(u"- Size: 5-20 groups"_s, u"- lots of values"_s) << goodYaml
                                          << md << 15 << u"data-form"_s << false << u"'Size:'"_s;
        QTest::newRow("duplicate column") << replaceMd(u"`group` (categorical)"_s, u"`value` (categorical)"_s)
                                          << goodYaml << md << 14 << u"data-duplicate"_s << true << u"line 13"_s;
        QTest::newRow("unknown type") << replaceMd(u"`group` (categorical)"_s, u"`group` (blob)"_s) << goodYaml << md
                                      << 14 << u"data-type"_s << false << u"'blob'"_s;
        QTest::newRow("empty type") << replaceMd(u"`group` (categorical)"_s, u"`group` ()"_s) << goodYaml << md << 14
                                    << u"data-type"_s << true << u"no type"_s;
        QTest::newRow("no meaning") << replaceMd(u" - Which ridge a value belongs to"_s, QString()) << goodYaml << md
                                    << 14 << u"data-meaning"_s << false << u"'group'"_s;
        QTest::newRow("yaml syntax") << goodMarkdown << replaceYaml(u"title: Basic"_s, u"title: [Basic"_s) << yaml << 4
                                     << u"yaml-syntax"_s << true << u"YAML error"_s;
        QTest::newRow("unknown key") << goodMarkdown << QString(goodYaml).append(u"colour: red\n"_s) << yaml << 18
                                     << u"yaml-field"_s << false << u"colour"_s;
        QTest::newRow("no tags") << goodMarkdown << goodYaml.left(goodYaml.indexOf(u"tags:"_s)) << yaml << 0
                                 << u"tags-missing"_s << true << u"plot_type"_s;
        QTest::newRow("too many tags")
            << goodMarkdown
            << replaceYaml(u"    - basic\n"_s, u"    - basic\n    - 2d\n    - grouped\n    - stacked\n    - multi\n    - 3d\n    - annotated\n"_s)
            << yaml << 17 << u"tags-count"_s << true << u"holds 7"_s;
        QTest::newRow("empty tag list") << goodMarkdown << replaceYaml(u"  domain:\n    - statistics\n"_s, u"  domain: []\n"_s)
                                        << yaml << 14 << u"tags-count"_s << true << u"holds 0"_s;
        QTest::newRow("null tag list") << goodMarkdown << replaceYaml(u"  domain:\n    - statistics\n"_s, u"  domain:\n"_s)
                                       << yaml << 14 << u"tags-count"_s << true << u"tags.domain is empty"_s;
        QTest::newRow("missing tag list") << goodMarkdown
                                          << replaceYaml(u"  domain:\n    - statistics\n"_s, QString()) << yaml << 9
                                          << u"tags-count"_s << true << u"tags.domain is missing"_s;
        QTest::newRow("misspelled tag") << goodMarkdown << replaceYaml(u"- density"_s, u"- densty"_s) << yaml << 10
                                        << u"tag-unknown"_s << false << u"did you mean 'density'"_s;
        QTest::newRow("new tag") << goodMarkdown << replaceYaml(u"- statistics"_s, u"- oceanography"_s) << yaml << 15
                                 << u"tag-unknown"_s << false << u"no spec in the catalog"_s;
        QTest::newRow("badly formed tag") << goodMarkdown << replaceYaml(u"- categorical"_s, u"- Categorical"_s) << yaml
                                          << 13 << u"tag-form"_s << false << u"did you mean 'categorical'"_s;
        QTest::newRow("duplicate tag") << goodMarkdown << replaceYaml(u"    - categorical\n"_s, u"    - numeric\n"_s)
                                       << yaml << 13 << u"tag-duplicate"_s << false << u"twice"_s;
        QTest::newRow("placeholder left") << replaceMd(u"- Overlap the ridges slightly"_s, u"- {Another use case}"_s)
                                          << goodYaml << md << 19 << u"placeholder"_s << true << u"{Another use case}"_s;
    }

    void oneRule()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, yaml);
        QFETCH(int, file);
        QFETCH(int, line);
        QFETCH(QString, rule);
        QFETCH(bool, isError);
        QFETCH(QString, messagePart);
        const SpecDraftProblems problems = m_validator.validate(draftOf(markdown, yaml));
        const auto it = std::find_if(problems.cbegin(), problems.cend(), [&](const Problem &p) {
            return int(p.file) == file && p.line == line && p.rule == rule;
        });
        QVERIFY2(it != problems.cend(), qPrintable(describe(problems)));
        QCOMPARE(it->severity == Problem::Severity::Error, isError);
        QVERIFY2(it->message.contains(messagePart), qPrintable(it->message));
        QCOMPARE(SpecDraftValidator::hasErrors(problems), isError);
    }

    // The issue's "draft with every kind of mistake": one draft, one precise message per mistake.
    void everyMistakeAtOnce()
    {
        const QString markdown = uR"(# Scatter_Basic: Basic Scatter Plot

## Applications

Used everywhere.

## Description

{2-4 sentences describing what this plot visualizes and when to use it.}

## Data

- `x` (numeric) - horizontal
- `x` (numeric) - again
- `y` numeric - vertical
- `size` (blob)
- many rows

## Extras

- whatever
)"_s;
        const QString yaml = uR"(spec_id: Scatter_Basic
title: Scatter
colour: red
tags:
  plot_type:
    - scater
    - Line Chart
    - scater
  data_type: []
  features:
    - basic
    - 2d
    - 3d
    - grouped
    - stacked
    - multi
    - annotated
)"_s;
        const SpecDraftProblems problems = m_validator.validate(draftOf(markdown, yaml));
        const QString text = describe(problems);
        QStringList got;
        for (const QString &line : text.split(u'\n'))
            got.append(line.section(u']', 0, 0) + u']');
        const QStringList want{
            u"md:3 warning [section-empty]"_s,   // Applications: prose, no bullets
            u"md:3 warning [section-prose]"_s,
            u"md:7 error [section-order]"_s,     // Description after Applications
            u"md:9 error [placeholder]"_s,       // template text left
            u"md:14 error [data-duplicate]"_s,   // `x` twice
            u"md:15 error [data-form]"_s,        // `y` numeric without parentheses
            u"md:16 warning [data-type]"_s,      // (blob)
            u"md:16 warning [data-meaning]"_s,   // no " - meaning"
            u"md:17 warning [data-form]"_s,      // a free bullet
            u"md:19 warning [section-unknown]"_s, // ## Extras
            u"md:22 error [section-missing]"_s,  // no ## Notes
            u"yaml:1 error [id-invalid]"_s,      // Scatter_Basic
            u"yaml:2 warning [title-mismatch]"_s,
            u"yaml:3 warning [yaml-field]"_s,    // colour
            u"yaml:5 error [tags-count]"_s,      // domain missing
            u"yaml:6 warning [tag-unknown]"_s,   // scater
            u"yaml:7 warning [tag-form]"_s,      // Line Chart
            u"yaml:8 warning [tag-duplicate]"_s, // scater again
            u"yaml:9 error [tags-count]"_s,      // data_type: []
            u"yaml:11 error [tags-count]"_s,     // 7 features
        };
        QCOMPARE(got, want);
        QVERIFY(text.contains(u"'Scatter_Basic' has upper-case letters. Spec ids are lower-case words joined by single '-': 'scatter-basic'."_s));
        QVERIFY(text.contains(u"did you mean 'scatter'?"_s));
        QVERIFY(text.contains(u"The column 'x' is already listed on line 13."_s));
        QVERIFY(text.contains(u"'## Notes' is missing; it belongs after '## Data'"_s));
        QVERIFY(text.contains(u"tags.features holds 7 values; give 1 to 6."_s));
    }

    void vocabularyIsOpenAndCompletes()
    {
        const SpecTagVocabulary &vocabulary = m_validator.vocabulary();
        QCOMPARE(SpecTagVocabulary::canonicalPlotTypes().size(), 46);
        QVERIFY(vocabulary.contains(SpecTagCategory::PlotType, u"gantt"_s)); // canonical, unused in the sample
        QVERIFY(vocabulary.contains(SpecTagCategory::Domain, u"statistics"_s)); // in use
        QVERIFY(!vocabulary.contains(SpecTagCategory::Domain, u"scatter"_s));
        const QStringList domains = vocabulary.values(SpecTagCategory::Domain);
        QVERIFY(!domains.isEmpty());
        QCOMPARE(domains.first(), u"general"_s); // the most used first
        QCOMPARE(vocabulary.closest(SpecTagCategory::Features, u"Basic"_s), u"basic"_s);
        QCOMPARE(vocabulary.closest(SpecTagCategory::PlotType, u"histgram"_s), u"histogram"_s);
        QVERIFY(vocabulary.closest(SpecTagCategory::PlotType, u"zzzzzzzz"_s).isEmpty());
    }

    void hostileDraftsDoNotCrash()
    {
        const QStringList inputs{QString(), u"\0\0"_s, u"#"_s, u"## Data\n- `"_s, QString(u'{').repeated(5000),
                                 u"# a: b\n## Data\n"_s + u"- `x` (\n"_s.repeated(2000)};
        for (const QString &md : inputs)
            for (const QString &yaml : {QString(), u"tags: 5"_s, u"tags: {plot_type: {a: b}}"_s, u"[[[["_s, md})
                (void)m_validator.validate(draftOf(md, yaml));
    }
};

QTEST_GUILESS_MAIN(TestSpecDraftValidator)
#include "tst_specdraftvalidator.moc"
