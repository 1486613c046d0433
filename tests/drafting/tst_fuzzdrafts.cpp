// Seeded mutation fuzzing of everything a typed draft goes through: parsing, validation, the
// similar-spec ranking, the issue body and the tag-category lookup. Drafts start from the real
// sample specs and are flipped, cut, spliced and salted with Markdown/YAML syntax. Nothing may
// crash or hang, and every problem must point inside the text. PLOTBENCH_FUZZ_SEED /
// _ITERATIONS override the run.
#include "similarspecfinder.h"
#include "specdraftissue.h"
#include "specdraftvalidator.h"

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"

using namespace Qt::StringLiterals;

class TestFuzzDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedDraftsNeverCrash()
    {
        const CatalogPtr catalog = DraftingTest::loadSampleCatalog();
        QVERIFY(catalog);
        const SpecDraftValidator validator = SpecDraftValidator::forCatalog(catalog.get());
        const auto finder = SimilarSpecFinder::build(*catalog);
        QList<SpecDraft> corpus;
        for (const Spec &spec : catalog->specs()) {
            SpecDraft draft;
            draft.draftId = spec.id;
            QFile md(catalog->absolutePath(spec.folderPath + u"/specification.md"_s));
            QFile yaml(catalog->absolutePath(spec.folderPath + u"/specification.yaml"_s));
            if (md.open(QIODevice::ReadOnly) && yaml.open(QIODevice::ReadOnly)) {
                draft.markdown = QString::fromUtf8(md.readAll());
                draft.yaml = QString::fromUtf8(yaml.readAll());
                corpus.append(draft);
            }
        }
        corpus.append(SpecDraft::fromTemplate());
        QVERIFY(corpus.size() > 40);

        const quint32 seed = qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_SEED")
            ? quint32(qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_SEED")) : 20261201u;
        const int iterations = qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_ITERATIONS") : 3000;
        QRandomGenerator random(seed);
        const QStringList syntax{u"\n## "_s, u"\n# "_s, u"- `"_s, u"`"_s, u"("_s, u")"_s, u" - "_s, u"\n```\n"_s,
                                 u"{"_s, u"}"_s, u"\n  - "_s, u"tags:\n"_s, u": "_s, u"&a "_s, u"*a"_s, u"["_s,
                                 u"\t"_s, u"\r\n"_s, QString(QChar(0)), u"\u00e9\u202e"_s, u"spec_id: "_s};
        auto mutate = [&](QString text) {
            const int rounds = 1 + int(random.bounded(6));
            for (int r = 0; r < rounds; ++r) {
                const qsizetype at = text.isEmpty() ? 0 : qsizetype(random.bounded(quint32(text.size())));
                switch (random.bounded(5)) {
                case 0: text.insert(at, syntax[qsizetype(random.bounded(quint32(syntax.size())))]); break;
                case 1: text.remove(at, qsizetype(random.bounded(80))); break;
                case 2: text.insert(at, text.mid(at, qsizetype(random.bounded(200)))); break;
                case 3: text.truncate(at); break;
                default:
                    if (!text.isEmpty())
                        text[at] = QChar(char16_t(random.bounded(0x250)));
                }
            }
            return text;
        };
        QElapsedTimer slowest;
        qint64 worstNs = 0;
        for (int i = 0; i < iterations; ++i) {
            SpecDraft draft = corpus[qsizetype(random.bounded(quint32(corpus.size())))];
            if (random.bounded(2))
                draft.markdown = mutate(draft.markdown);
            else
                draft.yaml = mutate(draft.yaml);
            slowest.start();
            const ParsedSpecDraft parsed = ParsedSpecDraft::parse(draft);
            const SpecDraftProblems problems = validator.validate(draft, parsed);
            (void)finder->rank(parsed.spec);
            (void)SpecDraftIssue::fromDraft(parsed);
            worstNs = std::max(worstNs, slowest.nsecsElapsed());
            const int mdLines = int(draft.markdown.count(u'\n')) + 1;
            const int yamlLines = int(draft.yaml.count(u'\n')) + 1;
            for (const SpecDraftProblem &p : problems) {
                const int lines = p.file == SpecDraftProblem::File::Markdown ? mdLines : yamlLines;
                QVERIFY2(p.line >= 0 && p.line <= lines + 1,
                         qPrintable(u"seed %1 iteration %2: line %3 of %4 (%5)"_s.arg(seed).arg(i).arg(p.line).arg(lines)
                                        .arg(p.rule)));
                QVERIFY(!p.message.isEmpty());
            }
        }
        qInfo("%d mutated drafts, slowest %.2f ms", iterations, double(worstNs) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestFuzzDrafts)
#include "tst_fuzzdrafts.moc"
