// The structure rules of `plotbench catalog lint`, one row per rule, on catalogs built in memory.
#include "cataloglint.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Spec validSpec(const QString &id)
{
    Spec spec;
    spec.id = id;
    spec.folderPath = id;
    spec.title = u"Title"_s;
    spec.description = u"Text."_s;
    spec.data = {u"`x` (numeric) - X"_s};
    spec.dataColumns = {{u"x"_s, u"numeric"_s, u"numeric"_s, false, u"X"_s}};
    spec.created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    spec.issue = 7;
    for (QStringList &tags : spec.tags.lists)
        tags = {u"basic"_s};
    return spec;
}

Implementation validImplementation(const QString &specId)
{
    Implementation impl;
    impl.specId = specId;
    impl.language = u"python"_s;
    impl.libraryId = u"plotly"_s;
    impl.codePath = specId + u"/implementations/python/plotly.py"_s;
    impl.metadataPath = specId + u"/metadata/python/plotly.yaml"_s;
    impl.qualityScore = 90;
    impl.previews.light = u"https://example.org/p.png"_s;
    impl.created = QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC);
    return impl;
}

CatalogWarnings lint(const Spec &spec, const std::optional<Implementation> &impl = {},
                     const CatalogWarnings &loadWarnings = {})
{
    CatalogBuilder builder({u"test"_s, u"/tmp"_s, u"test"_s});
    builder.addSpec(spec);
    if (impl)
        builder.addImplementation(*impl);
    builder.addWarnings(loadWarnings);
    return CatalogLint::run(*std::move(builder).build());
}
} // namespace

using Mutation = std::function<void(Spec &, Implementation &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(CatalogWarning::Kind)

class TestCatalogLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCatalogIsClean()
    {
        const CatalogWarnings findings = lint(validSpec(u"scatter-basic"_s), validImplementation(u"scatter-basic"_s));
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
    }

    // Plotbench's native implementation is drawn live and never reviewed: no score and no stored
    // preview are not findings for it, but still are for a Python library without them.
    void nativeImplementationNeedsNoScoreOrPreview()
    {
        Implementation impl = validImplementation(u"scatter-basic"_s);
        impl.language = u"cpp"_s;
        impl.libraryId = u"qtcharts"_s;
        impl.codePath = u"scatter-basic/implementations/cpp/qtcharts.cpp"_s;
        impl.metadataPath = u"scatter-basic/metadata/cpp/qtcharts.yaml"_s;
        impl.qualityScore.reset();
        impl.previews = {};
        const CatalogWarnings native = lint(validSpec(u"scatter-basic"_s), impl);
        QVERIFY2(native.isEmpty(), qPrintable(native.value(0).message));
        impl.libraryId = u"plotly"_s; // a cpp plotly is not ours
        QCOMPARE(lint(validSpec(u"scatter-basic"_s), impl).size(), 2);
    }

    void rule_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        QTest::newRow("upper-case id") << Mutation([](Spec &s, Implementation &i) { s.id = i.specId = u"Scatter"_s; })
                                       << u"not a valid spec id"_s << true;
        QTest::newRow("double dash") << Mutation([](Spec &s, Implementation &i) { s.id = i.specId = u"a--b"_s; })
                                     << u"not a valid spec id"_s << true;
        QTest::newRow("reserved word") << Mutation([](Spec &s, Implementation &i) { s.id = i.specId = u"stats"_s; })
                                       << u"reserved word"_s << true;
        QTest::newRow("empty description") << Mutation([](Spec &s, Implementation &) { s.description.clear(); })
                                           << u"Description section is empty"_s << false;
        QTest::newRow("no column bullets") << Mutation([](Spec &s, Implementation &) { s.dataColumns.clear(); })
                                           << u"no Data bullet"_s << false;
        QTest::newRow("no issue") << Mutation([](Spec &s, Implementation &) { s.issue = 0; })
                                  << u"'issue' is missing"_s << false;
        QTest::newRow("empty tag list") << Mutation([](Spec &s, Implementation &) { s.tags.lists[2].clear(); })
                                        << u"tags.domain should hold 1 to 6 values"_s << false;
        QTest::newRow("seven tags") << Mutation([](Spec &s, Implementation &) {
            s.tags.lists[0] = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
        }) << u"tags.plot_type should hold 1 to 6 values"_s << false;
        QTest::newRow("created in the future") << Mutation([](Spec &s, Implementation &) {
            s.created = QDateTime::currentDateTimeUtc().addDays(3);
        }) << u"'created' lies in the future"_s << false;
        QTest::newRow("updated before created") << Mutation([](Spec &, Implementation &i) {
            i.updated = i.created.addDays(-1);
        }) << u"'updated' is earlier than 'created'"_s << false;
        QTest::newRow("no score") << Mutation([](Spec &, Implementation &i) { i.qualityScore.reset(); })
                                  << u"no valid quality_score"_s << false;
        QTest::newRow("no preview") << Mutation([](Spec &, Implementation &i) { i.previews = {}; })
                                    << u"no preview image URL"_s << false;
    }

    void rule()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        Spec spec = validSpec(u"scatter-basic"_s);
        Implementation impl = validImplementation(spec.id);
        mutate(spec, impl);
        spec.folderPath = spec.id;
        const CatalogWarnings findings = lint(spec, impl);
        const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                        [&](const CatalogWarning &w) { return w.message.contains(message); });
        QVERIFY2(found != findings.cend(), qPrintable(message));
        QCOMPARE(found->severity == CatalogWarning::Severity::Error, isError);
        QCOMPARE(CatalogLint::errorCount(findings), isError ? 1 : 0);
    }

    // Load problems keep their place in the report, with the severity a maintainer's CI needs.
    void loadProblemsAreGraded_data()
    {
        QTest::addColumn<CatalogWarning::Kind>("kind");
        QTest::addColumn<bool>("isError");
        using K = CatalogWarning::Kind;
        QTest::newRow("malformed yaml") << K::MalformedYaml << true;
        QTest::newRow("missing file") << K::MissingFile << true;
        QTest::newRow("unreadable") << K::Unreadable << true;
        QTest::newRow("unknown field") << K::UnknownField << false;
        QTest::newRow("unexpected file") << K::UnexpectedFile << false;
    }

    void loadProblemsAreGraded()
    {
        QFETCH(CatalogWarning::Kind, kind);
        const CatalogWarnings findings = lint(validSpec(u"demo"_s), validImplementation(u"demo"_s),
                                              {{u"demo/x.yaml"_s, 3, kind, CatalogWarning::Severity::Warning, u"m"_s}});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, 3);
        QTEST(findings.first().severity == CatalogWarning::Severity::Error, "isError");
    }
};

QTEST_GUILESS_MAIN(TestCatalogLint)
#include "tst_cataloglint.moc"
