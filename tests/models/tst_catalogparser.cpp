// The catalog reader on the real anyplot sample (../shared/fixtures/anyplot-sample). Expected values
// are read from the files themselves with plain text scanning, never from the parser under test.
#include "catalogtreescanner.h"
#include "foldercatalogsource.h"
#include "specmarkdownparser.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fixtureRoot()
{
    return QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// First capture of a line-anchored pattern, or an empty string.
QString lineValue(const QString &text, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    return re.match(text).captured(1).trimmed();
}

QStringList metadataFiles()
{
    QStringList files;
    QDirIterator it(fixtureRoot(), {u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/metadata/"_s))
            files.append(path);
    }
    files.sort();
    return files;
}

// The list values below `  {key}:` in a specification.yaml's tags block.
QStringList yamlTagList(const QString &text, const QString &key)
{
    QStringList values;
    bool inside = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"  "_s + key + u": ["_s)) { // flow style: `  plot_type: [polar, line]`
            for (const QString &value : line.section(u'[', 1).section(u']', 0, 0).split(u','))
                values.append(value.trimmed());
            return values;
        }
        if (line == u"  "_s + key + u':') {
            inside = true;
            continue;
        }
        if (inside && line.startsWith(u"    - "_s))
            values.append(line.mid(6).trimmed());
        else if (inside)
            break;
    }
    return values;
}
} // namespace

class TestCatalogParser : public QObject
{
    Q_OBJECT

private:
    CatalogPtr m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(fixtureRoot()), qPrintable(fixtureRoot()));
        QTemporaryDir cache;
        m_catalog = CatalogLoader::loadBlocking(FolderCatalogSource(fixtureRoot(), {false, cache.path()}));
        QVERIFY(m_catalog);
    }

    void countsMatchTheFiles()
    {
        const QStringList specDirs = QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(int(m_catalog->specs().size()), int(specDirs.size()));
        const QStringList metadata = metadataFiles();
        QCOMPARE(int(m_catalog->implementations().size()), int(metadata.size()));

        int emptyOnDisk = 0;
        for (const QString &dir : specDirs) {
            const bool hasMetadata = std::any_of(metadata.cbegin(), metadata.cend(), [&](const QString &path) {
                return path.contains(u'/' + dir + u"/metadata/"_s);
            });
            const int index = m_catalog->specIndex(dir);
            QVERIFY2(index >= 0, qPrintable(dir));
            QCOMPARE(m_catalog->libraryCount(index) > 0, hasMetadata);
            emptyOnDisk += hasMetadata ? 0 : 1;
        }
        QVERIFY(emptyOnDisk >= 2); // upset-basic and bar-3d-categorical at least (SOURCE.md)
        QVERIFY(m_catalog->spec(u"upset-basic"_s));
        QCOMPARE(m_catalog->libraryCount(m_catalog->specIndex(u"bar-3d-categorical"_s)), 0);
    }

    void everyFileIsAccountedFor()
    {
        int filesOnDisk = 0;
        QDirIterator it(fixtureRoot(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++filesOnDisk;
        }
        const CatalogFileCounts &counts = m_catalog->fileCounts();
        QCOMPARE(counts.total(), filesOnDisk);
        QCOMPARE(counts.metadataFiles, int(metadataFiles().size()));
        QCOMPARE(counts.codeFiles, 0); // the fixture carries no code (SOURCE.md)
        QCOMPARE(counts.unexpectedFiles, 0);
    }

    // The fixture has no .py files: every implementation is listed, marked without code and warned about.
    void missingCodeIsReportedNotDropped()
    {
        int missingCodeWarnings = 0;
        for (const CatalogWarning &warning : m_catalog->warnings()) {
            QVERIFY2(warning.kind == CatalogWarning::Kind::MissingFile,
                     qPrintable(warning.path + u": "_s + warning.message));
            ++missingCodeWarnings;
        }
        QCOMPARE(missingCodeWarnings, int(m_catalog->implementations().size()));
        for (const Implementation &impl : m_catalog->implementations())
            QVERIFY(!impl.hasCode());
    }

    void specFieldsMatchTheFiles()
    {
        for (const Spec &spec : m_catalog->specs()) {
            const QString folder = fixtureRoot() + u'/' + spec.id;
            const QString yaml = readText(folder + u"/specification.yaml"_s);
            const QString md = readText(folder + u"/specification.md"_s);
            QCOMPARE(spec.title, lineValue(yaml, u"^title: (.*)$"_s));
            QCOMPARE(spec.issue, lineValue(yaml, u"^issue: (\\d+)"_s).toInt());
            QCOMPARE(spec.suggestedBy, lineValue(yaml, u"^suggested: (.*)$"_s).remove(u"null"_s));
            QCOMPARE(spec.created.toString(Qt::ISODate).left(16),
                     lineValue(yaml, u"^created: ['\"]?([0-9T:-]+)"_s).left(16));
            QCOMPARE(spec.updated.isValid(), lineValue(yaml, u"^updated: (.*)$"_s) != u"null"_s);
            for (int i = 0; i < specTagCategoryCount; ++i)
                QCOMPARE(spec.tags.lists[i], yamlTagList(yaml, QString::fromLatin1(specTagCategoryKeys[i])));

            const int bullets = int(md.count(QRegularExpression(u"^[-*] "_s, QRegularExpression::MultilineOption)));
            QCOMPARE(int(spec.applications.size() + spec.data.size() + spec.notes.size()), bullets);
            const int columnBullets = int(md.count(QRegularExpression(u"^- `[^`]+` \\("_s,
                                                                       QRegularExpression::MultilineOption)));
            QCOMPARE(int(spec.dataColumns.size()), columnBullets);
            QVERIFY(!spec.description.isEmpty());
            QVERIFY(!spec.description.contains(u"## "_s));
        }
    }

    void implementationFieldsMatchTheFiles()
    {
        for (const QString &path : metadataFiles()) {
            const QString text = readText(path);
            const QStringList parts = path.split(u'/');
            const QString libraryId = QFileInfo(path).completeBaseName();
            const QString specId = parts[parts.size() - 4];
            const Implementation *impl = m_catalog->implementation(specId, libraryId);
            QVERIFY2(impl, qPrintable(path));
            QCOMPARE(impl->language, u"python"_s);
            QCOMPARE(impl->qualityScore.value_or(-1), lineValue(text, u"^quality_score: (\\d+)"_s).toInt());
            QCOMPARE(impl->libraryVersion, lineValue(text, u"^library_version: '?([^'\\n]*)'?$"_s));
            QCOMPARE(impl->issue, lineValue(text, u"^issue: (\\d+)"_s).toInt());
            QVERIFY2(impl->created.isValid(), qPrintable(path));

            const QString verdict = lineValue(text, u"^  verdict: (\\w+)"_s);
            QCOMPARE(Review::verdictText(impl->review.verdict),
                     Review::verdictText(verdict == u"APPROVED"_s   ? Verdict::Approved
                                         : verdict == u"REJECTED"_s ? Verdict::Rejected
                                                                    : Verdict::None));
            const bool newSchema = text.contains(QRegularExpression(u"^language: python$"_s,
                                                                    QRegularExpression::MultilineOption));
            QCOMPARE(impl->previews.dark.isEmpty(), !newSchema);
            QCOMPARE(impl->previews.legacy.isEmpty(), newSchema);
            QVERIFY(impl->previews.image(PreviewTheme::Dark).startsWith(u"https://"_s));

            // Every checklist item in the file has an `- id:` line; categories hold them all.
            const int itemLines = int(text.count(QRegularExpression(u"^\\s+- id: "_s, QRegularExpression::MultilineOption)));
            int items = 0;
            for (const CriteriaCategory &category : impl->review.criteria)
                items += int(category.items.size());
            QCOMPARE(items, itemLines);
            const int strengthLines = int(text.section(u"  strengths:\n"_s, 1).section(u"  weaknesses:"_s, 0, 0)
                                              .count(QRegularExpression(u"^  - "_s, QRegularExpression::MultilineOption)));
            QCOMPARE(int(impl->review.strengths.size()), strengthLines);
        }
    }

    void currentRubricChecklist()
    {
        const Implementation *impl = m_catalog->implementation(u"scatter-basic"_s, u"matplotlib"_s);
        QVERIFY(impl);
        QStringList keys;
        double maxSum = 0;
        for (const CriteriaCategory &category : impl->review.criteria) {
            keys.append(category.key);
            maxSum += category.max;
        }
        QCOMPARE(keys, (QStringList{u"visual_quality"_s, u"design_excellence"_s, u"spec_compliance"_s,
                                    u"data_quality"_s, u"code_quality"_s, u"library_mastery"_s}));
        QCOMPARE(maxSum, 100.0);
        const CriteriaItem &first = impl->review.criteria.first().items.first();
        QCOMPARE(first.id, u"VQ-01"_s);
        QCOMPARE(first.name, u"Text Legibility"_s);
        QCOMPARE(first.max, 8.0);
        QVERIFY(first.passed);
        QCOMPARE(impl->review.verdict, Verdict::Rejected); // verdict is not the merge decision
        QVERIFY(impl->review.imageDescription.startsWith(u"Light render"_s));
        QCOMPARE(impl->tags[ImplTagCategory::Patterns], (QStringList{u"data-generation"_s, u"explicit-figure"_s}));
    }

    void dataColumns_data()
    {
        QTest::addColumn<QString>("bullet");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("optional");
        QTest::newRow("plain") << u"`x` (numeric) - Independent values"_s << u"x"_s << u"numeric"_s << false;
        QTest::newRow("optional") << u"`color` (categorical, optional) - Groups"_s << u"color"_s << u"categorical"_s << true;
        QTest::newRow("array") << u"`values` (numeric array) - Samples"_s << u"values"_s << u"list"_s << false;
        QTest::newRow("str") << u"`label` (str) - Names"_s << u"label"_s << u"text"_s << false;
        QTest::newRow("int") << u"`count` (int) - Counts"_s << u"count"_s << u"integer"_s << false;
        QTest::newRow("datetime") << u"`date` (datetime) - Days"_s << u"date"_s << u"datetime"_s << false;
        QTest::newRow("list of dicts") << u"`rows` (list of dicts) - Records"_s << u"rows"_s << u"list"_s << false;
        QTest::newRow("no meaning") << u"`y` (float)"_s << u"y"_s << u"numeric"_s << false;
    }

    void dataColumns()
    {
        QFETCH(QString, bullet);
        const std::optional<SpecDataColumn> column = SpecMarkdownParser::parseDataColumn(bullet);
        QVERIFY(column);
        QTEST(column->name, "name");
        QTEST(column->normalizedType, "type");
        QTEST(column->optional, "optional");
    }

    void notAColumn()
    {
        QVERIFY(!SpecMarkdownParser::parseDataColumn(u"Size: 50-500 points"_s));
        QVERIFY(!SpecMarkdownParser::parseDataColumn(u"Example: random data"_s));
    }

    void embeddedCatalogIsNotNeededHere()
    {
        // The sample catalog lives in plotbench_plots; models tests stay independent of it.
        QVERIFY(!QFileInfo::exists(QString::fromLatin1(SampleCatalogSource::resourceRoot)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogParser)
#include "tst_catalogparser.moc"
