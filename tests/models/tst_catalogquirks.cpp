// Catalog folders that are broken in every way a real checkout can be. The app must keep what it
// can read and report every problem with its path — never crash, hang or drop silently.
#include "catalogindexcache.h"
#include "foldercatalogsource.h"
#include "specfolderparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray goodMarkdown = "# demo: Demo Plot\n\n## Description\n\nA demo.\n\n## Applications\n\n- Demos\n\n"
                                "## Data\n\n- `x` (numeric) - X values\n\n## Notes\n\n- None\n";
const QByteArray goodYaml = "# Specification-level metadata\nspec_id: demo\ntitle: Demo Plot\n"
                            "created: 2026-01-01T00:00:00Z\nupdated: null\nissue: 12\nsuggested: someone\n"
                            "tags:\n  plot_type: [scatter]\n  data_type: [numeric]\n  domain: [general]\n"
                            "  features: [basic]\n";
const QByteArray goodMetadata = "library: matplotlib\nspecification_id: demo\ncreated: '2026-01-01T00:00:00Z'\n"
                                "updated: 2026-01-02 10:00:00+00:00\ngenerated_by: x\nworkflow_run: 1\nissue: 0\n"
                                "python_version: '3.13'\nlibrary_version: 3.10.0\n"
                                "preview_url: https://example.org/plot.png\nquality_score: 88\n"
                                "review:\n  strengths: [a]\n  weaknesses: []\n  verdict: APPROVED\n";

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

void writeSpec(const QString &root, const QString &id, const QByteArray &markdown = goodMarkdown,
               const QByteArray &yaml = goodYaml)
{
    QByteArray md = markdown;
    md.replace("# demo:", QByteArray("# " + id.toUtf8() + ":"));
    QByteArray y = yaml;
    y.replace("spec_id: demo", QByteArray("spec_id: " + id.toUtf8()));
    write(root + u'/' + id + u"/specification.md"_s, md);
    write(root + u'/' + id + u"/specification.yaml"_s, y);
}

void writeImplementation(const QString &root, const QString &id, const QString &library,
                         const QByteArray &metadata = goodMetadata)
{
    QByteArray m = metadata;
    m.replace("specification_id: demo", QByteArray("specification_id: " + id.toUtf8()));
    m.replace("library: matplotlib", QByteArray("library: " + library.toUtf8()));
    write(root + u'/' + id + u"/implementations/python/"_s + library + u".py"_s, "print('hi')\n");
    write(root + u'/' + id + u"/metadata/python/"_s + library + u".yaml"_s, m);
}

CatalogPtr load(const QString &root, const QString &cacheDir = {})
{
    return CatalogLoader::loadBlocking(FolderCatalogSource(root, {!cacheDir.isEmpty(), cacheDir}));
}

bool hasWarning(const CatalogPtr &catalog, const QString &pathPart, CatalogWarning::Kind kind)
{
    for (const CatalogWarning &w : catalog->warnings()) {
        if (w.path.contains(pathPart) && w.kind == kind)
            return true;
    }
    return false;
}
} // namespace

using Setup = std::function<void(const QString &root)>;
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(CatalogWarning::Kind)

class TestCatalogQuirks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quirk_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<int>("specs");
        QTest::addColumn<int>("implementations");
        QTest::addColumn<QString>("warningPath");
        QTest::addColumn<CatalogWarning::Kind>("warningKind");
        using K = CatalogWarning::Kind;

        QTest::newRow("malformed yaml") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, goodMarkdown, "title: [unclosed\n  - : :\n");
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MalformedYaml;
        QTest::newRow("binary junk in markdown") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        }) << 1 << 0 << u"demo/specification.md"_s << K::MalformedMarkdown;
        QTest::newRow("invalid utf-8 markdown") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, "# demo: T\xff\xfe\n## Description\nx\n");
        }) << 1 << 0 << u"demo/specification.md"_s << K::MalformedMarkdown;
        QTest::newRow("yaml is a list") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, goodMarkdown, "- a\n- b\n");
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MalformedYaml;
        QTest::newRow("wrong types") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, goodMarkdown, "spec_id: demo\ntitle: [a, b]\ncreated: yesterday\nissue: many\n"
                                                  "tags: scatter\n");
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::InvalidValue;
        QTest::newRow("unknown field") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, goodMarkdown, goodYaml + "colour: blue\n");
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::UnknownField;
        QTest::newRow("spec_id differs from folder") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QFile::rename(r + u"/demo"_s, r + u"/other-name"_s);
        }) << 1 << 0 << u"other-name/specification.yaml"_s << K::InvalidValue;
        QTest::newRow("missing yaml") << Setup([](const QString &r) {
            write(r + u"/demo/specification.md"_s, goodMarkdown);
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MissingFile;
        QTest::newRow("code without metadata") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            write(r + u"/demo/implementations/python/plotly.py"_s, "pass\n");
        }) << 1 << 1 << u"demo/implementations/python/plotly.py"_s << K::MissingFile;
        QTest::newRow("metadata without code") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            write(r + u"/demo/metadata/python/plotly.yaml"_s, goodMetadata);
        }) << 1 << 1 << u"demo/metadata/python/plotly.yaml"_s << K::MissingFile;
        QTest::newRow("stray png in implementations") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            writeImplementation(r, u"demo"_s, u"seaborn"_s);
            write(r + u"/demo/implementations/python/plot.png"_s, "\x89PNG");
        }) << 1 << 1 << u"demo/implementations/python/plot.png"_s << K::UnexpectedFile;
        QTest::newRow("score out of range") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QByteArray m = goodMetadata;
            writeImplementation(r, u"demo"_s, u"bokeh"_s, m.replace("quality_score: 88", "quality_score: 150"));
        }) << 1 << 1 << u"demo/metadata/python/bokeh.yaml"_s << K::InvalidValue;
        QTest::newRow("verdict unknown") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QByteArray m = goodMetadata;
            writeImplementation(r, u"demo"_s, u"bokeh"_s, m.replace("APPROVED", "MAYBE"));
        }) << 1 << 1 << u"demo/metadata/python/bokeh.yaml"_s << K::InvalidValue;
        QTest::newRow("deep nesting") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, goodMarkdown, QByteArray(100000, '['));
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MalformedYaml;
        QTest::newRow("billion laughs") << Setup([](const QString &r) {
            QByteArray y = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
            for (char c = 'b'; c <= 'k'; ++c)
                y += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1)
                    + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *"
                    + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
            writeSpec(r, u"demo"_s, goodMarkdown, y);
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MalformedYaml;
        QTest::newRow("symlink loop") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QFile::link(r + u"/demo"_s, r + u"/demo/implementations-loop"_s);
        }) << 1 << 0 << u"demo/implementations-loop"_s << K::UnexpectedFile;
        QTest::newRow("symlinked spec folder") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QFile::link(r + u"/demo"_s, r + u"/alias"_s);
        }) << 1 << 0 << u"alias"_s << K::UnexpectedFile;
        QTest::newRow("folder where a file belongs") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            QFile::remove(r + u"/demo/specification.yaml"_s);
            QDir().mkpath(r + u"/demo/specification.yaml"_s);
        }) << 1 << 0 << u"demo/specification.yaml"_s << K::MissingFile;
        QTest::newRow("only gitkeep") << Setup([](const QString &r) {
            write(r + u"/demo/implementations/.gitkeep"_s, "");
        }) << 0 << 0 << u"demo"_s << K::MissingFile;
        QTest::newRow("old and new metadata layout at once") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            writeImplementation(r, u"demo"_s, u"plotly"_s);
            write(r + u"/demo/metadata/plotly.yaml"_s, goodMetadata);
        }) << 1 << 1 << u"demo/metadata/plotly.yaml"_s << K::UnexpectedFile;
        QTest::newRow("stray file in root") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s);
            write(r + u"/README.txt"_s, "hello");
        }) << 1 << 0 << u"README.txt"_s << K::UnexpectedFile;
        QTest::newRow("sections out of order") << Setup([](const QString &r) {
            writeSpec(r, u"demo"_s, "# demo: Demo\n\n## Data\n\n- `x` (numeric) - X\n\n## Description\n\nText\n");
        }) << 1 << 0 << u"demo/specification.md"_s << K::StructureRule;
    }

    void quirk()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, warningPath);
        QFETCH(CatalogWarning::Kind, warningKind);
        QTemporaryDir dir;
        setup(dir.path());
        const CatalogPtr catalog = load(dir.path());
        QVERIFY(catalog);
        QTEST(int(catalog->specs().size()), "specs");
        QTEST(int(catalog->implementations().size()), "implementations");
        if (!hasWarning(catalog, warningPath, warningKind)) {
            for (const CatalogWarning &w : catalog->warnings())
                qWarning() << w.path << CatalogWarning::kindKey(w.kind) << w.message;
            QFAIL("expected warning missing");
        }
    }

    void emptyAndMissingFolders()
    {
        QTemporaryDir dir;
        const CatalogPtr empty = load(dir.path());
        QVERIFY(empty);
        QCOMPARE(int(empty->specs().size()), 0);
        QVERIFY(empty->warnings().isEmpty());

        const CatalogPtr missing = load(dir.path() + u"/nowhere"_s);
        QVERIFY(missing);
        QCOMPARE(int(missing->specs().size()), 0);
        QCOMPARE(missing->warnings().size(), 1);
        QCOMPARE(missing->warnings().first().kind, CatalogWarning::Kind::Unreadable);
    }

    void repositoryRootOrPlotsFolder()
    {
        QTemporaryDir dir;
        writeSpec(dir.path() + u"/plots"_s, u"demo"_s);
        write(dir.path() + u"/README.md"_s, "repo readme, outside plots/");
        QCOMPARE(FolderCatalogSource::resolvePlotsFolder(dir.path()), dir.path() + u"/plots"_s);
        QCOMPARE(int(load(dir.path())->specs().size()), 1);
        QCOMPARE(int(load(dir.path() + u"/plots"_s)->specs().size()), 1);
        QVERIFY(load(dir.path())->warnings().isEmpty());
    }

    void legacyLayout()
    {
        QTemporaryDir dir;
        writeSpec(dir.path(), u"demo"_s);
        write(dir.path() + u"/demo/implementations/matplotlib.py"_s, "pass\n");
        write(dir.path() + u"/demo/metadata/matplotlib.yaml"_s, goodMetadata);
        const CatalogPtr catalog = load(dir.path());
        QVERIFY2(catalog->warnings().isEmpty(), qPrintable(catalog->warnings().value(0).message));
        const Implementation *impl = catalog->implementation(u"demo"_s, u"matplotlib"_s);
        QVERIFY(impl);
        QCOMPARE(impl->language, u"python"_s);
        QVERIFY(impl->hasCode());
        QCOMPARE(impl->qualityScore, std::optional<int>(88));
        QCOMPARE(impl->previews.image(PreviewTheme::Dark), u"https://example.org/plot.png"_s);
        // The unquoted PyYAML form "2026-01-02 10:00:00+00:00" is a timestamp too.
        QCOMPARE(impl->updated, QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
    }

    // anyplot has grown beyond Python: javascript (.js, .tsx), julia (.jl) and r (.R) folders.
    void otherLanguages()
    {
        QTemporaryDir dir;
        writeSpec(dir.path(), u"demo"_s);
        const QList<std::pair<QString, QString>> files{{u"javascript"_s, u"d3.js"_s}, {u"javascript"_s, u"muix.tsx"_s},
                                                       {u"julia"_s, u"makie.jl"_s}, {u"r"_s, u"ggplot2.R"_s}};
        for (const auto &[language, file] : files) {
            const QString library = QFileInfo(file).completeBaseName();
            QByteArray metadata = goodMetadata;
            write(dir.path() + u"/demo/implementations/"_s + language + u'/' + file, "code\n");
            write(dir.path() + u"/demo/metadata/"_s + language + u'/' + library + u".yaml"_s,
                  metadata.replace("library: matplotlib", QByteArray("library: " + library.toUtf8()))
                      .replace("specification_id: demo\n", QByteArray("specification_id: demo\nlanguage: " + language.toUtf8() + "\n")));
        }
        const CatalogPtr catalog = load(dir.path());
        QVERIFY2(catalog->warnings().isEmpty(), qPrintable(catalog->warnings().value(0).path + u": "_s
                                                           + catalog->warnings().value(0).message));
        QCOMPARE(catalog->languages(), (QStringList{u"javascript"_s, u"julia"_s, u"r"_s}));
        QCOMPARE(int(catalog->implementations().size()), 4);
        QVERIFY(catalog->implementation(u"demo"_s, u"muix"_s)->hasCode());
        QCOMPARE(catalog->fileCounts().codeFiles, 4);
    }

    void veryLongReviewText()
    {
        QTemporaryDir dir;
        writeSpec(dir.path(), u"demo"_s);
        const QByteArray longText(2 * 1024 * 1024, 'w');
        QByteArray m = goodMetadata;
        writeImplementation(dir.path(), u"demo"_s, u"altair"_s,
                            m.replace("strengths: [a]", QByteArray("strengths: [a]\n  image_description: " + longText)));
        const CatalogPtr catalog = load(dir.path());
        QCOMPARE(catalog->implementation(u"demo"_s, u"altair"_s)->review.imageDescription.size(), longText.size());
    }

    // A file that vanishes between the scan and the read (a git checkout running meanwhile).
    void fileRemovedWhileLoading()
    {
        SpecFolderListing listing;
        listing.specId = u"demo"_s;
        listing.files = {{u"demo/specification.md"_s, 10, 0}, {u"demo/specification.yaml"_s, 10, 0}};
        const auto reader = [](const QString &path, QString *error) -> std::optional<QByteArray> {
            if (path.endsWith(u".yaml"_s)) {
                *error = u"No such file or directory"_s;
                return std::nullopt;
            }
            return goodMarkdown;
        };
        const ParsedSpecFolder parsed = SpecFolderParser::parse(listing, reader);
        QVERIFY(parsed.spec);
        QCOMPARE(parsed.spec->title, u"Demo Plot"_s); // from the Markdown heading
        QCOMPARE(parsed.warnings.size(), 1);
        QCOMPARE(parsed.warnings.first().kind, CatalogWarning::Kind::Unreadable);
        QCOMPARE(parsed.warnings.first().path, u"demo/specification.yaml"_s);
    }

    void cancellationStopsEarly()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 50; ++i)
            writeSpec(dir.path(), u"spec-%1"_s.arg(i));
        FolderCatalogSource source(dir.path(), {false, {}});
        QPromise<CatalogPtr> promise;
        promise.start();
        promise.future().cancel();
        QCOMPARE(source.load(promise), CatalogPtr());
    }

    void indexCacheReusesUnchangedFolders()
    {
        QTemporaryDir dir;
        QTemporaryDir cacheDir;
        for (int i = 0; i < 5; ++i) {
            writeSpec(dir.path(), u"spec-%1"_s.arg(i));
            writeImplementation(dir.path(), u"spec-%1"_s.arg(i), u"plotly"_s);
        }
        const CatalogPtr uncached = load(dir.path());
        const CatalogPtr first = load(dir.path(), cacheDir.path());
        const CatalogIndexCache cache(QDir(dir.path()).absolutePath(), cacheDir.path());
        QVERIFY(QFileInfo::exists(cache.filePath()));
        QCOMPARE(cache.load().size(), 5);

        const CatalogPtr second = load(dir.path(), cacheDir.path());
        QCOMPARE(second->specs(), uncached->specs());
        QCOMPARE(second->implementations(), uncached->implementations());
        QCOMPARE(second->warnings(), uncached->warnings());
        QCOMPARE(second->fileCounts(), uncached->fileCounts());

        // A changed file is picked up (its size changes, so the fingerprint does).
        QByteArray yaml = goodYaml;
        writeSpec(dir.path(), u"spec-2"_s, goodMarkdown, yaml.replace("Demo Plot", "Renamed plot with a longer title"));
        const CatalogPtr third = load(dir.path(), cacheDir.path());
        QCOMPARE(third->spec(u"spec-2"_s)->title, u"Renamed plot with a longer title"_s);
        QCOMPARE(third->spec(u"spec-1"_s)->title, u"Demo Plot"_s);

        // A removed folder leaves the catalog and the cache.
        QDir(dir.path() + u"/spec-4"_s).removeRecursively();
        const CatalogPtr fourth = load(dir.path(), cacheDir.path());
        QCOMPARE(int(fourth->specs().size()), 4);
        QCOMPARE(cache.load().size(), 4);
    }

    // Re-opening shows the offline index at once, then the checked catalog only if files changed.
    void cachedCatalogIsPresentedFirst()
    {
        QTemporaryDir dir;
        QTemporaryDir cacheDir;
        writeSpec(dir.path(), u"demo"_s);
        writeImplementation(dir.path(), u"demo"_s, u"plotly"_s);
        FolderCatalogSource::Options options{true, cacheDir.path(), true};
        const auto source = std::make_shared<FolderCatalogSource>(dir.path(), options);

        QFuture<CatalogPtr> first = CatalogLoader::loadAsync(source); // no cache yet: one result
        first.waitForFinished();
        QCOMPARE(first.resultCount(), 1);

        QFuture<CatalogPtr> unchanged = CatalogLoader::loadAsync(source);
        unchanged.waitForFinished();
        QCOMPARE(unchanged.resultCount(), 1);
        QCOMPARE(unchanged.resultAt(0)->specs(), first.resultAt(0)->specs());

        QByteArray yaml = goodYaml;
        writeSpec(dir.path(), u"demo"_s, goodMarkdown, yaml.replace("Demo Plot", "A new and longer title"));
        QFuture<CatalogPtr> changed = CatalogLoader::loadAsync(source);
        changed.waitForFinished();
        QCOMPARE(changed.resultCount(), 2);
        QCOMPARE(changed.resultAt(0)->spec(u"demo"_s)->title, u"Demo Plot"_s); // the offline copy
        QCOMPARE(changed.resultAt(1)->spec(u"demo"_s)->title, u"A new and longer title"_s);
        QCOMPARE(CatalogLoader::loadBlocking(*source)->spec(u"demo"_s)->title, u"A new and longer title"_s);
    }

    // Regression: a load waiting for its cache read, whose decoding waited for a thread of the same
    // pool, deadlocked once every pool thread was a waiting load.
    void concurrentLoadsDoNotDeadlock()
    {
        QTemporaryDir dir;
        QTemporaryDir cacheDir;
        for (int i = 0; i < 20; ++i)
            writeSpec(dir.path(), u"spec-%1"_s.arg(i));
        const auto source = std::make_shared<FolderCatalogSource>(dir.path(), FolderCatalogSource::Options{true, cacheDir.path()});
        CatalogLoader::loadBlocking(*source); // writes the cache
        QList<QFuture<CatalogPtr>> loads;
        for (int i = 0; i < 2 * QThreadPool::globalInstance()->maxThreadCount() + 1; ++i)
            loads.append(CatalogLoader::loadAsync(source));
        for (const QFuture<CatalogPtr> &load : loads) {
            QTRY_VERIFY_WITH_TIMEOUT(load.isFinished(), 20000);
            QCOMPARE(int(load.result()->specs().size()), 20);
        }
    }

    void damagedCacheIsIgnored()
    {
        QTemporaryDir dir;
        QTemporaryDir cacheDir;
        writeSpec(dir.path(), u"demo"_s);
        load(dir.path(), cacheDir.path());
        const CatalogIndexCache cache(QDir(dir.path()).absolutePath(), cacheDir.path());
        QFile file(cache.filePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.seek(bytes.size() / 2);
        file.write(QByteArray(bytes.size() / 2, '\xff'));
        file.close();
        QVERIFY(cache.load().isEmpty());
        const CatalogPtr catalog = load(dir.path(), cacheDir.path());
        QCOMPARE(catalog->spec(u"demo"_s)->title, u"Demo Plot"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalogQuirks)
#include "tst_catalogquirks.moc"
