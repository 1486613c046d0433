// Seeded mutation fuzzing of every catalog parser: YAML, specification.yaml/.md, metadata, and a
// whole spec folder. Inputs start from the real sample catalog and are flipped, cut, spliced and
// salted with YAML/Markdown syntax. The parsers must return (with warnings) on all of it; run it in
// the asan preset to catch memory errors too. PLOTBENCH_FUZZ_SEED / _ITERATIONS override the run.
#include "metadataparser.h"
#include "specfolderparser.h"
#include "specmarkdownparser.h"
#include "specyamlparser.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<QByteArray> loadCorpus()
{
    QList<QByteArray> corpus;
    QDirIterator it(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s,
                    {u"*.yaml"_s, u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    return corpus;
}

class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_random(seed) {}

    QByteArray mutate(QByteArray input, const QList<QByteArray> &corpus)
    {
        const int rounds = 1 + int(m_random.bounded(8));
        for (int i = 0; i < rounds; ++i) {
            const qsizetype size = input.size();
            const qsizetype at = size > 0 ? qsizetype(m_random.bounded(quint32(size))) : 0;
            switch (m_random.bounded(7)) {
            case 0: // flip a byte
                if (size > 0)
                    input[at] = char(m_random.bounded(256));
                break;
            case 1: // insert syntax
                input.insert(at, syntax());
                break;
            case 2: // delete a range
                input.remove(at, qsizetype(m_random.bounded(64)));
                break;
            case 3: // duplicate a range
                input.insert(at, input.mid(at, qsizetype(m_random.bounded(256))));
                break;
            case 4: // truncate
                input.truncate(at);
                break;
            case 5: { // splice from another file
                const QByteArray &other = corpus[qsizetype(m_random.bounded(quint32(corpus.size())))];
                const qsizetype from = qsizetype(m_random.bounded(quint32(other.size() + 1)));
                input.insert(at, other.mid(from, qsizetype(m_random.bounded(512))));
                break;
            }
            default: // change indentation of a line
                input.insert(at, QByteArray(qsizetype(m_random.bounded(12)), ' ') + '\n');
                break;
            }
        }
        return input;
    }

private:
    QByteArray syntax()
    {
        static const QList<QByteArray> tokens{
            ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "|\n", ">-\n", "'", "\"", "\n", "\t", "#",
            QByteArray(1, '\0'), "\xff\xfe", "\xe2\x80", "---\n", "...\n", "? ", "%YAML 1.1\n", "## ", "# x: y\n",
            "`x` (", "null", "~", "1e999", "-1", "quality_score: ", "items:\n  - id: X\n", "\r"};
        return tokens[qsizetype(m_random.bounded(quint32(tokens.size())))];
    }

    QRandomGenerator m_random;
};
} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedCatalogFiles()
    {
        const QList<QByteArray> corpus = loadCorpus();
        QVERIFY(corpus.size() > 100);
        const quint32 seed = qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_SEED")
            ? quint32(qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_SEED")) : 20261122u;
        const int iterations = qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_ITERATIONS") : 30000;
        Mutator mutator(seed);
        QRandomGenerator pick(seed);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray input =
                mutator.mutate(corpus[qsizetype(pick.bounded(quint32(corpus.size())))], corpus);
            const YamlParseResult yaml = Yaml::parse(input);
            CatalogWarnings warnings;
            if (yaml.ok) {
                ++parsed;
                Spec spec;
                spec.id = u"fuzz"_s;
                SpecYamlParser::parse(yaml.root, u"fuzz.yaml"_s, spec, warnings);
                Implementation impl;
                MetadataParser::parse(yaml.root, u"fuzz.yaml"_s, impl, warnings);
            } else {
                ++rejected;
                QVERIFY2(!yaml.error.isEmpty(), "a rejected document must say why");
                QVERIFY(yaml.errorLine >= 0);
            }
            SpecMarkdownParser::parse(input, u"fuzz.md"_s, warnings);
            for (const CatalogWarning &warning : warnings)
                QVERIFY(!warning.message.isEmpty());
        }
        qInfo("seed %u: %d inputs, %d parsed as YAML, %d rejected with a message", seed, iterations, parsed, rejected);
        QVERIFY(parsed > 0 && rejected > 0); // the mutations reach both paths
    }

    void mutatedSpecFolders()
    {
        const QList<QByteArray> corpus = loadCorpus();
        Mutator mutator(7);
        QRandomGenerator pick(7);
        SpecFolderListing listing;
        listing.specId = u"fuzz"_s;
        listing.files = {{u"fuzz/specification.md"_s, 0, 0},     {u"fuzz/specification.yaml"_s, 0, 0},
                         {u"fuzz/metadata/python/altair.yaml"_s, 0, 0}, {u"fuzz/implementations/python/altair.py"_s, 0, 0},
                         {u"fuzz/metadata/bokeh.yaml"_s, 0, 0},   {u"fuzz/implementations/python/x.png"_s, 0, 0}};
        for (int i = 0; i < 1500; ++i) {
            const auto reader = [&](const QString &, QString *error) -> std::optional<QByteArray> {
                if (pick.bounded(10) == 0) {
                    *error = u"gone"_s;
                    return std::nullopt;
                }
                return mutator.mutate(corpus[qsizetype(pick.bounded(quint32(corpus.size())))], corpus);
            };
            const ParsedSpecFolder folder = SpecFolderParser::parse(listing, reader);
            QVERIFY(folder.spec.has_value());
            QCOMPARE(folder.fileCounts.total(), int(listing.files.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzzparsers.moc"
