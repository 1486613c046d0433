// Seeded mutation fuzzing of the CSV reader and of type inference. Inputs start from the quirk
// fixtures and are flipped, cut, spliced and salted with CSV syntax (quotes, delimiters, line ends,
// NUL, BOMs, broken UTF-8/UTF-16); the options are drawn at random too. The reader must return a
// consistent table with warnings on all of it; big inputs must give the same table on one thread
// and on several. Run it in the asan preset to catch memory errors. PLOTBENCH_FUZZ_SEED /
// PLOTBENCH_FUZZ_ITERATIONS override the run.
#include "csvreader.h"
#include "importtesthelpers.h"
#include "typeinference.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

namespace {
QList<QByteArray> loadCorpus()
{
    QList<QByteArray> corpus;
    QDirIterator it(QStringLiteral(PLOTBENCH_TEST_FIXTURES), QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    return corpus;
}

quint32 seedFromEnvironment(quint32 fallback)
{
    return qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_SEED"))
                                                            : fallback;
}

// Under AddressSanitizer a run is ~10x slower: fewer inputs keep the test command's stage short.
#ifdef __SANITIZE_ADDRESS__
constexpr int defaultIterations = 6000;
#else
constexpr int defaultIterations = 20000;
#endif

int iterationsFromEnvironment(int fallback)
{
    return qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_ITERATIONS")
                                                                  : fallback;
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
            case 0:
                if (size > 0)
                    input[at] = char(m_random.bounded(256));
                break;
            case 1:
                input.insert(at, syntax());
                break;
            case 2:
                input.remove(at, qsizetype(m_random.bounded(64)));
                break;
            case 3:
                input.insert(at, input.mid(at, qsizetype(m_random.bounded(256))));
                break;
            case 4:
                input.truncate(at);
                break;
            case 5: {
                const QByteArray &other = corpus[qsizetype(m_random.bounded(quint32(corpus.size())))];
                const qsizetype from = qsizetype(m_random.bounded(quint32(other.size() + 1)));
                input.insert(at, other.mid(from, qsizetype(m_random.bounded(512))));
                break;
            }
            default:
                input.insert(at, QByteArray(qsizetype(m_random.bounded(40)), ",;\t| \""[m_random.bounded(6)]));
                break;
            }
        }
        return input;
    }

    ImportOptions options()
    {
        ImportOptions options;
        static const char delimiters[] = {0, ',', ';', '\t', '|', ' '};
        if (const char d = delimiters[m_random.bounded(6)])
            options.delimiter = QChar(char16_t(d));
        if (m_random.bounded(4) == 0)
            options.quote = m_random.bounded(2) ? QChar(u'\'') : QChar();
        if (m_random.bounded(4) == 0)
            options.escape = QChar(u'\\');
        options.skipLines = int(m_random.bounded(4)) - 1; // -1: detected
        options.headerRow = int(m_random.bounded(4)) - 1;
        if (m_random.bounded(3) == 0)
            options.commentPrefix = u"#"_s;
        if (m_random.bounded(3) == 0) {
            options.decimalSeparator = u',';
            options.thousandsSeparator = m_random.bounded(2) ? QChar(u'.') : QChar();
        }
        options.unixTimestamps = m_random.bounded(2);
        if (m_random.bounded(4) == 0) {
            static const ColumnType types[] = {ColumnType::Integer,  ColumnType::Float,       ColumnType::Boolean,
                                               ColumnType::DateTime, ColumnType::Categorical, ColumnType::Text};
            options.typeOverrides.insert(int(m_random.bounded(4)), types[m_random.bounded(6)]);
        }
        if (m_random.bounded(4) == 0)
            options.renames.insert(int(m_random.bounded(4)), u"renamed"_s);
        if (m_random.bounded(5) == 0)
            options.maxFieldBytes = qsizetype(1 + m_random.bounded(16));
        if (m_random.bounded(5) == 0)
            options.maxColumns = int(1 + m_random.bounded(4));
        if (m_random.bounded(5) == 0)
            options.maxRows = qsizetype(m_random.bounded(5));
        if (m_random.bounded(8) == 0)
            options.encoding = m_random.bounded(2) ? u"UTF-16LE"_s : u"Windows-1252"_s;
        return options;
    }

    QRandomGenerator &random() { return m_random; }

private:
    QByteArray syntax()
    {
        static const QList<QByteArray> tokens{
            "\"", "\"\"", ",", ";", "\t", "|", " ", "\n", "\r", "\r\n", QByteArray(1, '\0'), "\xef\xbb\xbf", "\xff\xfe",
            "\xfe\xff", "\xe2\x80", "\xc3", "\xff", "#", "\\", "'", "NA", "-", "1e999", "-0", "2024-02-30", "12/13/2024",
            "1,5", "1.234,5", "true", "9223372036854775808", "1700000000", "T25:61", "+99:99", "\"a\nb\"", "x\"y"};
        return tokens[qsizetype(m_random.bounded(quint32(tokens.size())))];
    }

    QRandomGenerator m_random;
};

// What every result must satisfy, whatever the input.
void checkResult(const ImportResult &result, const QByteArray &input)
{
    if (!result.error.isEmpty()) {
        QVERIFY2(false, qPrintable(u"unexpected error: "_s + result.error));
        return;
    }
    QVERIFY(result.table);
    const DataTable &table = *result.table;
    QCOMPARE(table.columnNames().size(), table.columnCount());
    QCOMPARE(DataTable::uniqueNames(table.columnNames()), table.columnNames());
    const qint64 lines = input.count('\n') + input.count('\r') + 2;
    for (const ImportWarning &warning : result.warnings) {
        QVERIFY(!warning.message.isEmpty());
        QVERIFY(warning.line >= 0 && warning.line <= lines);
    }
    for (const DataColumn &column : table.columns()) {
        QCOMPARE(column.rowCount(), table.rowCount());
        QVERIFY(column.missingCount() <= column.rowCount());
        for (qsizetype row = 0; row < column.rowCount(); ++row) {
            (void)column.text(row);
            (void)column.value(row);
        }
    }
}
} // namespace

class TestFuzzCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedFiles()
    {
        const QList<QByteArray> corpus = loadCorpus();
        QVERIFY(corpus.size() > 30);
        const quint32 seed = seedFromEnvironment(20261201u);
        const int iterations = iterationsFromEnvironment(defaultIterations);
        Mutator mutator(seed);
        const CsvReader reader;
        qsizetype rows = 0, warnings = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray input = mutator.mutate(corpus[qsizetype(mutator.random().bounded(quint32(corpus.size())))], corpus);
            const ImportResult result = reader.read(QByteArrayView(input), mutator.options());
            checkResult(result, input);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u, iteration %d failed on input: %s", seed, i, input.toPercentEncoding().constData());
                return;
            }
            rows += result.table->rowCount();
            warnings += result.warnings.size();
        }
        qInfo("seed %u: %d inputs, %lld rows, %lld warnings", seed, iterations, qint64(rows), qint64(warnings));
        QVERIFY(rows > 0 && warnings > 0);
    }

    // Inputs over the chunking threshold: several threads must give what one gives.
    void mutatedBigFilesParallelEqualsSerial()
    {
        const QList<QByteArray> corpus = loadCorpus();
        const quint32 seed = seedFromEnvironment(20261201u) + 1;
        Mutator mutator(seed);
        const CsvReader reader;
        const int iterations = std::max(3, iterationsFromEnvironment(defaultIterations) / 1000);
        for (int i = 0; i < iterations; ++i) {
            QByteArray input = "a,b,c,d\n";
            while (input.size() < (3 << 20) / 2)
                input += mutator.mutate(corpus[qsizetype(mutator.random().bounded(quint32(corpus.size())))], corpus);
            if (i % 2 == 0) {
                // Plain lines only (no quote, escape or CR): the counted, direct-to-column path.
                input.replace('"', "");
                input.replace('\'', "");
                input.replace('\\', "");
                input.replace('\r', "");
            }
            ImportOptions options = mutator.options();
            options.maxRows = -1;
            options.encoding.clear();
            if (i % 2 == 0)
                options.commentPrefix.clear();
            options.threads = 1;
            const ImportResult serial = reader.read(QByteArrayView(input), options);
            options.threads = 3;
            const ImportResult parallel = reader.read(QByteArrayView(input), options);
            checkResult(parallel, input);
            QCOMPARE(parallel.table->rowCount(), serial.table->rowCount());
            QCOMPARE(typeKeys(*parallel.table), typeKeys(*serial.table));
            QCOMPARE(parallel.warnings.size(), serial.warnings.size());
            for (qsizetype w = 0; w < serial.warnings.size(); ++w)
                QCOMPARE(parallel.warnings.at(w).line, serial.warnings.at(w).line);
            for (qsizetype row = 0; row < serial.table->rowCount(); row += 101)
                for (qsizetype c = 0; c < serial.table->columnCount(); ++c)
                    QCOMPARE(cellText(*parallel.table, row, c), cellText(*serial.table, row, c));
        }
    }

    void randomCellsThroughInference()
    {
        const quint32 seed = seedFromEnvironment(20261201u) + 2;
        QRandomGenerator random(seed);
        static const QStringList pieces{u"1"_s,  u"-"_s,  u"."_s, u","_s, u"e"_s,  u"2024"_s, u"/"_s, u":"_s,
                                        u"T"_s,  u"Z"_s,  u"+"_s, u" "_s, u"NA"_s, u"true"_s, u"x"_s, u"ü"_s,
                                        u"99"_s, u"00"_s, u"12"_s, u"31"_s, u"inf"_s, u"nan"_s};
        static const ColumnType types[] = {ColumnType::Integer,  ColumnType::Float,       ColumnType::Boolean,
                                           ColumnType::DateTime, ColumnType::Categorical, ColumnType::Text};
        const int iterations = std::max(100, iterationsFromEnvironment(defaultIterations) / 4);
        for (int i = 0; i < iterations; ++i) {
            ImportOptions options;
            options.unixTimestamps = random.bounded(2);
            if (random.bounded(3) == 0)
                options.decimalSeparator = u',';
            const TypeInference inference(options);
            QStringList cells;
            const int rows = int(random.bounded(12));
            for (int r = 0; r < rows; ++r) {
                QString cell;
                const int parts = int(random.bounded(6));
                for (int p = 0; p < parts; ++p)
                    cell += pieces.at(qsizetype(random.bounded(quint32(pieces.size()))));
                cells.append(cell);
            }
            std::optional<ColumnType> forced;
            if (random.bounded(3) == 0)
                forced = types[random.bounded(6)];
            QList<ImportWarning> warnings;
            const DataColumn column = inference.build(u"c"_s, cells, 0, &warnings, {}, forced);
            QCOMPARE(column.rowCount(), qsizetype(rows));
            if (forced)
                QCOMPARE(column.type(), *forced);
            for (qsizetype r = 0; r < column.rowCount(); ++r)
                (void)column.value(r);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCsv)
#include "tst_fuzzcsv.moc"
