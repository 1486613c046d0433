// PostgresStore::push against a real PostgreSQL 15 server (tests/sync/with-postgres.sh).
#include "catalogfileprovider.h"
#include "catalogjsoncolumns.h"
#include "foldercatalogsource.h"
#include "postgrescatalogsource.h"
#include "postgresconnection.h"
#include "offlinecatalogstore.h"
#include "postgresstore.h"
#include "testcatalogwriter.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;

namespace {
QString fixturePlots()
{
    return QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s;
}

CatalogSourcePtr sourceNamed(const QString &name)
{
    if (name == u"sample"_s)
        return std::make_shared<SampleCatalogSource>();
    return std::make_shared<FolderCatalogSource>(fixturePlots(), FolderCatalogSource::Options{false, {}, false});
}

struct Pushed
{
    CatalogPtr catalog;
    PostgresPushReport report;
};

// Where these tests' pushes remember their rows, as `db push` and the GUI do in the user's cache.
QString memoryDirectory()
{
    static QTemporaryDir dir;
    return dir.path();
}

PostgresStore::Options remembered(bool dryRun = false)
{
    PostgresStore::Options options;
    options.dryRun = dryRun;
    options.memoryDirectory = memoryDirectory();
    return options;
}

PostgresStore::Options rowByRow()
{
    PostgresStore::Options options;
    options.method = PostgresStore::Method::RowByRow;
    return options;
}

Pushed pushSource(const TestDatabase &db, const CatalogSource &source, PostgresStore::Options options = remembered())
{
    Pushed pushed;
    pushed.catalog = CatalogLoader::loadBlocking(source);
    auto connection = db.connect();
    if (!connection || !pushed.catalog)
        return pushed;
    PostgresStore store(*connection);
    pushed.report = store.push(*pushed.catalog, CatalogFiles::readerFor(source, *pushed.catalog), options);
    return pushed;
}

int count(PostgresConnection &connection, const char *sql)
{
    return TestDatabase::scalar(connection, sql).toInt();
}

// The catalog tables as the catalog describes them: columns, constraints, indexes.
QString schemaDescription(PostgresConnection &connection)
{
    return TestDatabase::scalar(
        connection,
        "SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
        " SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '"
        "  || a.attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || a.attnum AS line"
        " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        " WHERE c.relname IN ('languages', 'libraries', 'specs', 'impls') AND a.attnum > 0 AND NOT a.attisdropped"
        " UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
        "  WHERE conrelid::regclass::text IN ('languages', 'libraries', 'specs', 'impls')"
        " UNION ALL SELECT indexdef FROM pg_indexes WHERE tablename IN ('languages', 'libraries', 'specs', 'impls')) lines");
}

QHash<QString, QString> implIds(PostgresConnection &connection)
{
    QHash<QString, QString> ids;
    const PostgresResult result = connection.exec(
        "SELECT spec_id || '/' || language_id || '/' || library_id, id::text, updated_at::text FROM impls");
    for (int row = 0; row < result.rows(); ++row)
        ids.insert(result.text(row, 0), result.text(row, 1) + u'@' + result.text(row, 2));
    return ids;
}
} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    static void addThreeImplementations(TestCatalogWriter &writer)
    {
        writer.addSpec(u"alpha-basic"_s);
        writer.addImplementation(u"alpha-basic"_s, u"matplotlib"_s);
        writer.addImplementation(u"alpha-basic"_s, u"seaborn"_s);
        writer.addSpec(u"beta-basic"_s);
        writer.addImplementation(u"beta-basic"_s, u"plotly"_s);
    }

    static void withAndWithoutMemory()
    {
        QTest::addColumn<bool>("memory");
        QTest::newRow("push memory") << true;
        QTest::newRow("every row sent") << false;
    }

    // Every column Plotbench writes, compared with the catalog it came from.
    void verifyRows(PostgresConnection &connection, const Catalog &catalog, const SpecFolderParser::FileReader &read)
    {
        QCOMPARE(count(connection, "SELECT count(*) FROM specs"), int(catalog.specs().size()));
        QCOMPARE(count(connection, "SELECT count(*) FROM impls"), int(catalog.implementations().size()));
        const PostgresResult specs = connection.exec(
            "SELECT id, title, description, applications, data, notes, created, updated, issue, suggested, tags::text "
            "FROM specs ORDER BY id");
        QVERIFY2(specs.ok(), qPrintable(specs.error()));
        QCOMPARE(specs.rows(), int(catalog.specs().size()));
        for (int row = 0; row < specs.rows(); ++row) {
            const Spec *spec = catalog.spec(specs.text(row, 0));
            QVERIFY2(spec, qPrintable(specs.text(row, 0)));
            QCOMPARE(specs.text(row, 1), spec->title);
            QCOMPARE(specs.text(row, 2), spec->description);
            QCOMPARE(PostgresCopy::parseArray(specs.view(row, 3)), spec->applications);
            QCOMPARE(PostgresCopy::parseArray(specs.view(row, 4)), spec->data);
            QCOMPARE(PostgresCopy::parseArray(specs.view(row, 5)), spec->notes);
            QCOMPARE(specs.isNull(row, 6), !spec->created.isValid());
            QCOMPARE(CatalogJsonColumns::parseTimestamp(specs.view(row, 6)), spec->created);
            QCOMPARE(CatalogJsonColumns::parseTimestamp(specs.view(row, 7)), spec->updated);
            QCOMPARE(specs.text(row, 8).toInt(), spec->issue);
            QCOMPARE(specs.text(row, 9), spec->suggestedBy);
            QCOMPARE(CatalogJsonColumns::parseSpecTags(specs.view(row, 10)), spec->tags);
        }
        const PostgresResult impls = connection.exec(
            "SELECT spec_id, language_id, library_id, code, preview_url_light, preview_url_dark, quality_score, "
            "review_verdict, generated_at, python_version, library_version, review_strengths, review_weaknesses, "
            "impl_tags::text, review_criteria_checklist::text, issue, workflow_run FROM impls");
        QVERIFY2(impls.ok(), qPrintable(impls.error()));
        for (int row = 0; row < impls.rows(); ++row) {
            const QString key = impls.text(row, 0) + u'/' + impls.text(row, 1) + u'/' + impls.text(row, 2);
            const Implementation *impl = nullptr;
            for (const Implementation *candidate : catalog.implementationsOf(impls.text(row, 0))) {
                if (candidate->language == impls.text(row, 1) && candidate->libraryId == impls.text(row, 2))
                    impl = candidate;
            }
            QVERIFY2(impl, qPrintable(key));
            if (impl->hasCode()) {
                QString error;
                const std::optional<QByteArray> code = read(impl->codePath, &error);
                QVERIFY2(code, qPrintable(error));
                QCOMPARE(impls.bytes(row, 3), *code);
            } else {
                QVERIFY2(impls.isNull(row, 3), qPrintable(key));
            }
            const QString light = impl->previews.light.isEmpty() ? impl->previews.legacy : impl->previews.light;
            QCOMPARE(impls.text(row, 4), light);
            QCOMPARE(impls.text(row, 5), impl->previews.dark);
            QCOMPARE(impls.isNull(row, 6), !impl->qualityScore.has_value());
            if (impl->qualityScore)
                QCOMPARE(impls.text(row, 6).toDouble(), double(*impl->qualityScore));
            const QString verdict = impl->review.verdict == Verdict::Approved ? u"APPROVED"_s
                : impl->review.verdict == Verdict::Rejected                       ? u"REJECTED"_s
                                                                                  : QString();
            QCOMPARE(impls.text(row, 7), verdict);
            QCOMPARE(CatalogJsonColumns::parseTimestamp(impls.view(row, 8)), impl->created);
            QCOMPARE(impls.text(row, 9), impl->languageVersion);
            QCOMPARE(impls.text(row, 10), impl->libraryVersion);
            QCOMPARE(PostgresCopy::parseArray(impls.view(row, 11)), impl->review.strengths);
            QCOMPARE(PostgresCopy::parseArray(impls.view(row, 12)), impl->review.weaknesses);
            QCOMPARE(CatalogJsonColumns::parseImplTags(impls.view(row, 13)), impl->tags);
            QCOMPARE(CatalogJsonColumns::parseCriteria(impls.view(row, 14)).size(), impl->review.criteria.size());
            QCOMPARE(impls.text(row, 15).toInt(), impl->issue);
            QCOMPARE(impls.text(row, 16).toLongLong(), impl->workflowRun);
        }
    }

private Q_SLOTS:
    void pushIntoEmptyDatabase_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("embedded sample") << u"sample"_s;
        QTest::newRow("42-spec fixture") << u"fixture"_s;
    }

    void pushIntoEmptyDatabase()
    {
        QFETCH(QString, source);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const CatalogSourcePtr catalogSource = sourceNamed(source);
        const Pushed pushed = pushSource(db, *catalogSource);
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        QVERIFY(pushed.report.schemaCreated);
        QVERIFY(pushed.catalog->specs().size() >= 16);
        QCOMPARE(pushed.report.table(u"specs"_s)->added.size(), qsizetype(pushed.catalog->specs().size()));
        QCOMPARE(pushed.report.table(u"impls"_s)->added.size(), qsizetype(pushed.catalog->implementations().size()));

        auto connection = db.connect();
        QVERIFY(connection);
        verifyRows(*connection, *pushed.catalog, CatalogFiles::readerFor(*catalogSource, *pushed.catalog));
        // anyplot's seed: the python language and its nine libraries, whatever the catalog uses.
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT name FROM languages WHERE id = 'python'"), u"Python"_s);
        QVERIFY(count(*connection, "SELECT count(*) FROM libraries WHERE language_id = 'python'") == 9);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT name FROM libraries WHERE id = 'letsplot'"), u"lets-plot"_s);
        // Schema as anyplot has it: constraints, GIN indexes, alembic head.
        QCOMPARE(count(*connection, "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gin%'"), 2);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT version_num FROM alembic_version"), u"f2d9c8a1b4e0"_s);
        QCOMPARE(count(*connection, "SELECT count(*) FROM pg_constraint WHERE conname IN "
                                    "('uq_impl', 'ck_quality_score_range', 'ck_review_verdict_valid')"),
                 3);
        // Languages beyond anyplot's seed come along when the catalog uses them.
        for (const QString &language : pushed.catalog->languages())
            QVERIFY2(!TestDatabase::scalar(*connection, "SELECT name FROM languages WHERE id = $1",
                                           PostgresParams().add(language)).isEmpty(),
                     qPrintable(language));
    }

    void secondPushKeepsIdsAndChangesNothing_data() { withAndWithoutMemory(); }

    void secondPushKeepsIdsAndChangesNothing()
    {
        QFETCH(bool, memory);
        const PostgresStore::Options options = memory ? remembered() : PostgresStore::Options{};
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const CatalogSourcePtr source = sourceNamed(u"sample"_s);
        QVERIFY(pushSource(db, *source, options).report.ok);
        auto connection = db.connect();
        const QHash<QString, QString> before = implIds(*connection);
        const QString specsStamp = TestDatabase::scalar(*connection, "SELECT max(updated_at)::text FROM specs");
        QVERIFY(!before.isEmpty());

        const Pushed again = pushSource(db, *source, options);
        QVERIFY2(again.report.ok, qPrintable(again.report.error));
        QVERIFY(!again.report.schemaCreated);
        // With the memory, none of the implementations was even sent.
        QCOMPARE(again.report.implementationsNotSent, memory ? again.report.implementations : 0);
        for (const PostgresTableDiff &diff : again.report.tables)
            QVERIFY2(diff.isEmpty(), qPrintable(diff.table));
        // Same uuid and untouched rows (updated_at is only bumped for a row that changed).
        QCOMPARE(implIds(*connection), before);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT max(updated_at)::text FROM specs"), specsStamp);
    }

    void changesAndRemovalsFollowTheFolder_data() { withAndWithoutMemory(); }

    void changesAndRemovalsFollowTheFolder()
    {
        QFETCH(bool, memory);
        const PostgresStore::Options options = memory ? remembered() : PostgresStore::Options{};
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        writer.addSpec(u"keep-basic"_s);
        writer.addImplementation(u"keep-basic"_s, u"matplotlib"_s);
        writer.addImplementation(u"keep-basic"_s, u"seaborn"_s);
        writer.addSpec(u"gone-basic"_s);
        writer.addImplementation(u"gone-basic"_s, u"plotly"_s);
        QVERIFY(pushSource(db, *writer.source(), options).report.ok);
        auto connection = db.connect();
        const QHash<QString, QString> before = implIds(*connection);
        QCOMPARE(before.size(), 3);

        writer.remove(u"gone-basic"_s);
        writer.remove(u"keep-basic/implementations/python/seaborn.py"_s);
        writer.remove(u"keep-basic/metadata/python/seaborn.yaml"_s);
        writer.addImplementation(u"keep-basic"_s, u"matplotlib"_s, {}, "print('changed')\n");
        writer.addSpec(u"new-basic"_s, "Brand New");
        const Pushed pushed = pushSource(db, *writer.source(), options);
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        QCOMPARE(pushed.report.table(u"specs"_s)->added, QStringList{u"new-basic"_s});
        QCOMPARE(pushed.report.table(u"specs"_s)->removed, QStringList{u"gone-basic"_s});
        QCOMPARE(pushed.report.table(u"impls"_s)->changed, QStringList{u"keep-basic/python/matplotlib"_s});
        QCOMPARE(pushed.report.table(u"impls"_s)->removed,
                 (QStringList{u"gone-basic/python/plotly"_s, u"keep-basic/python/seaborn"_s}));

        QCOMPARE(count(*connection, "SELECT count(*) FROM specs"), 2);
        QCOMPARE(count(*connection, "SELECT count(*) FROM impls"), 1);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT code FROM impls"), u"print('changed')\n"_s);
        // The changed implementation keeps its uuid.
        QCOMPARE(implIds(*connection).value(u"keep-basic/python/matplotlib"_s).section(u'@', 0, 0),
                 before.value(u"keep-basic/python/matplotlib"_s).section(u'@', 0, 0));
    }

    // The push memory leaves out what the database provably holds, and only that.
    void memorySendsOnlyWhatChanged()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        addThreeImplementations(writer);
        const Pushed first = pushSource(db, *writer.source());
        QVERIFY2(first.report.ok, qPrintable(first.report.error));
        QCOMPARE(first.report.implementationsNotSent, 0);
        QCOMPARE(pushSource(db, *writer.source()).report.implementationsNotSent, 3);

        writer.addImplementation(u"alpha-basic"_s, u"seaborn"_s, {}, "print('new seaborn')\n");
        const Pushed dry = pushSource(db, *writer.source(), remembered(true));
        QVERIFY2(dry.report.ok, qPrintable(dry.report.error));
        QCOMPARE(dry.report.implementationsNotSent, 2);
        QCOMPARE(dry.report.table(u"impls"_s)->changed, QStringList{u"alpha-basic/python/seaborn"_s});

        const Pushed edited = pushSource(db, *writer.source());
        QVERIFY2(edited.report.ok, qPrintable(edited.report.error));
        QCOMPARE(edited.report.implementationsNotSent, 2); // the dry run renewed nothing
        QCOMPARE(edited.report.table(u"impls"_s)->changed, QStringList{u"alpha-basic/python/seaborn"_s});
        QVERIFY2(edited.report.toText().contains(QRegularExpression(u"\\b2 implementation.* not sent"_s)),
                 qPrintable(edited.report.toText()));
        QCOMPARE(edited.report.toJson().value(u"implementations_not_sent"_s).toInt(), 2);
        auto connection = db.connect();
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT code FROM impls WHERE library_id = 'seaborn'"),
                 u"print('new seaborn')\n"_s);
        // The edit is remembered in turn.
        QCOMPARE(pushSource(db, *writer.source()).report.implementationsNotSent, 3);
    }

    // A row changed or deleted behind the memory's back is sent again and restored; a rewrite of
    // the table (a new file, where row versions start over) makes the whole memory void.
    void memoryDistrustsRowsChangedBehindIt()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        addThreeImplementations(writer);
        QVERIFY(pushSource(db, *writer.source()).report.ok);
        auto other = db.connect();
        QVERIFY(other->exec("UPDATE impls SET code = 'tampered' WHERE library_id = 'matplotlib'").ok());
        QVERIFY(other->exec("UPDATE impls SET updated_at = now() WHERE library_id = 'seaborn'").ok());
        QVERIFY(other->exec("DELETE FROM impls WHERE library_id = 'plotly'").ok());

        const Pushed repaired = pushSource(db, *writer.source());
        QVERIFY2(repaired.report.ok, qPrintable(repaired.report.error));
        QCOMPARE(repaired.report.implementationsNotSent, 0);
        QCOMPARE(repaired.report.table(u"impls"_s)->changed, QStringList{u"alpha-basic/python/matplotlib"_s});
        QCOMPARE(repaired.report.table(u"impls"_s)->added, QStringList{u"beta-basic/python/plotly"_s});
        QCOMPARE(count(*other, "SELECT count(*) FROM impls"), 3);
        QCOMPARE(count(*other, "SELECT count(*) FROM impls WHERE code = 'tampered'"), 0);
        QCOMPARE(pushSource(db, *writer.source()).report.implementationsNotSent, 3);

        QVERIFY(other->exec("VACUUM FULL impls").ok());
        const Pushed rewritten = pushSource(db, *writer.source());
        QVERIFY2(rewritten.report.ok, qPrintable(rewritten.report.error));
        QCOMPARE(rewritten.report.implementationsNotSent, 0);
        QVERIFY(rewritten.report.table(u"impls"_s)->isEmpty());
        QCOMPARE(pushSource(db, *writer.source()).report.implementationsNotSent, 3);
    }

    // A damaged memory file is not trusted: everything is sent, and the file is written anew.
    void damagedMemoryIsIgnored_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept of the file, or -1 for garbage of its size
        QTest::newRow("truncated") << 40;
        QTest::newRow("empty") << 0;
        QTest::newRow("garbage") << -1;
    }

    void damagedMemoryIsIgnored()
    {
        QFETCH(int, keep);
        QTemporaryDir memory;
        PostgresStore::Options options;
        options.memoryDirectory = memory.path();
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        addThreeImplementations(writer);
        QVERIFY(pushSource(db, *writer.source(), options).report.ok);
        const QStringList files = QDir(memory.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(memory.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (keep >= 0) {
            QVERIFY(file.resize(keep));
        } else {
            QVERIFY(file.seek(0));
            file.write(QByteArray(size, '\x5a'));
        }
        file.close();

        const Pushed pushed = pushSource(db, *writer.source(), options);
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        QCOMPARE(pushed.report.implementationsNotSent, 0);
        for (const PostgresTableDiff &diff : pushed.report.tables)
            QVERIFY2(diff.isEmpty(), qPrintable(diff.table));
        QCOMPARE(pushSource(db, *writer.source(), options).report.implementationsNotSent, 3);
    }

    // While another transaction writes the implementations, a push with a memory waits for it a
    // bounded time (its comparisons must not race with that writer), then fails in words.
    void anotherWriterMakesThePushFailInWords()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        addThreeImplementations(writer);
        QVERIFY(pushSource(db, *writer.source()).report.ok);
        writer.addSpec(u"alpha-basic"_s, "Renamed");
        auto other = db.connect();
        QVERIFY(other->exec("BEGIN").ok());
        QVERIFY(other->exec("UPDATE impls SET updated_at = now() WHERE library_id = 'plotly'").ok());

        PostgresStore::Options options = remembered();
        options.lockTimeoutMs = 200;
        const Pushed blocked = pushSource(db, *writer.source(), options);
        QVERIFY(!blocked.report.ok);
        QVERIFY2(blocked.report.error.contains(u"another sync or push is writing the implementations"_s),
                 qPrintable(blocked.report.error));
        QVERIFY(other->exec("ROLLBACK").ok());
        QCOMPARE(TestDatabase::scalar(*other, "SELECT title FROM specs WHERE id = 'alpha-basic'"), u"A Title"_s);

        const Pushed pushed = pushSource(db, *writer.source(), options);
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        QCOMPARE(TestDatabase::scalar(*other, "SELECT title FROM specs WHERE id = 'alpha-basic'"), u"Renamed"_s);
    }

    void nullRules_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected"); // "NULL" for SQL NULL

        const QByteArray base = "created: '2026-03-14T22:22:53Z'\nupdated: '2026-03-14T22:47:58Z'\nissue: 0\n"
                                "quality_score: 88\nreview:\n  verdict: REJECTED\n";
        QTest::newRow("unparseable timestamp") << QByteArray("created: 'last tuesday'\nquality_score: 90\n")
                                               << u"generated_at"_s << u"NULL"_s;
        QTest::newRow("unquoted +00:00 timestamp is naive UTC")
            << QByteArray("created: 2026-01-05 10:11:12+00:00\n") << u"generated_at"_s << u"2026-01-05 10:11:12"_s;
        QTest::newRow("Z timestamp is naive UTC") << base << u"updated"_s << u"2026-03-14 22:47:58"_s;
        QTest::newRow("quality above 100") << QByteArray("quality_score: 150\n") << u"quality_score"_s << u"NULL"_s;
        QTest::newRow("quality below 0") << QByteArray("quality_score: -3\n") << u"quality_score"_s << u"NULL"_s;
        QTest::newRow("quality in range") << base << u"quality_score"_s << u"88"_s;
        QTest::newRow("verdict other") << QByteArray("review:\n  verdict: MAYBE\n") << u"review_verdict"_s << u"NULL"_s;
        QTest::newRow("verdict REJECTED kept") << base << u"review_verdict"_s << u"REJECTED"_s;
        QTest::newRow("issue 0 stays 0") << base << u"issue"_s << u"0"_s;
        QTest::newRow("legacy preview is the light one")
            << QByteArray("preview_url: https://x.org/plot.png\npreview_html: https://x.org/plot.html\n")
            << u"preview_url_light"_s << u"https://x.org/plot.png"_s;
        QTest::newRow("legacy html is the light one")
            << QByteArray("preview_url: https://x.org/plot.png\npreview_html: https://x.org/plot.html\n")
            << u"preview_html_light"_s << u"https://x.org/plot.html"_s;
        QTest::newRow("legacy has no dark preview")
            << QByteArray("preview_url: https://x.org/plot.png\n") << u"preview_url_dark"_s << u"NULL"_s;
        QTest::newRow("new schema dark preview")
            << QByteArray("language: python\npreview_url_light: https://x.org/l.png\npreview_url_dark: https://x.org/d.png\n")
            << u"preview_url_dark"_s << u"https://x.org/d.png"_s;
        QTest::newRow("missing strengths are an empty array") << base << u"review_strengths"_s << u"{}"_s;
        QTest::newRow("no impl_tags") << base << u"impl_tags"_s << u"NULL"_s;
        QTest::newRow("no workflow_run") << base << u"workflow_run"_s << u"NULL"_s;
    }

    void nullRules()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        writer.addSpec(u"rule-basic"_s);
        writer.addImplementation(u"rule-basic"_s, u"matplotlib"_s, metadata);
        const Pushed pushed = pushSource(db, *writer.source());
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        auto connection = db.connect();
        // The column name comes from the test table above, never from input.
        const QByteArray sql = "SELECT " + column.toLatin1() + "::text IS NULL, " + column.toLatin1() + "::text FROM impls";
        const PostgresResult result = connection->exec(sql.constData());
        QVERIFY2(result.ok() && result.rows() == 1, qPrintable(result.error()));
        const QString actual = result.view(0, 0) == "t" ? u"NULL"_s : result.text(0, 1);
        QCOMPARE(actual, expected);
    }

    void specNullRules()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        writer.addSpec(u"stamp-basic"_s);
        writer.write(u"stamp-basic/specification.yaml"_s,
                     "spec_id: stamp-basic\ntitle: Stamps\ncreated: not a date\nupdated: 2026-02-03T04:05:06Z\n"
                     "issue: 12\nsuggested: null\ntags:\n  plot_type: [line]\n");
        QVERIFY(pushSource(db, *writer.source()).report.ok);
        auto connection = db.connect();
        const PostgresResult row = connection->exec(
            "SELECT created IS NULL, updated::text, suggested IS NULL, tags->'plot_type'->>0, issue FROM specs");
        QVERIFY2(row.ok() && row.rows() == 1, qPrintable(row.error()));
        QCOMPARE(row.text(0, 0), u"t"_s);
        QCOMPARE(row.text(0, 1), u"2026-02-03 04:05:06"_s);
        QCOMPARE(row.text(0, 2), u"t"_s);
        QCOMPARE(row.text(0, 3), u"line"_s);
        QCOMPARE(row.text(0, 4), u"12"_s);
    }

    void dryRunPrintsTheDiffAndWritesNothing()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        writer.addSpec(u"one-basic"_s);
        writer.addImplementation(u"one-basic"_s, u"matplotlib"_s);

        // On an empty database: the schema and every row would be created; nothing is.
        Pushed dry = pushSource(db, *writer.source(), remembered(true));
        QVERIFY2(dry.report.ok, qPrintable(dry.report.error));
        QVERIFY(dry.report.dryRun);
        QVERIFY(dry.report.schemaCreated);
        QCOMPARE(dry.report.table(u"specs"_s)->added, QStringList{u"one-basic"_s});
        QCOMPARE(dry.report.table(u"libraries"_s)->added.size(), 9);
        auto connection = db.connect();
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT to_regclass('specs') IS NULL"), u"t"_s);

        QVERIFY(pushSource(db, *writer.source()).report.ok);
        writer.addSpec(u"one-basic"_s, "Renamed");
        writer.addSpec(u"two-basic"_s);
        writer.remove(u"one-basic/implementations"_s);
        writer.remove(u"one-basic/metadata"_s);
        dry = pushSource(db, *writer.source(), remembered(true));
        QVERIFY2(dry.report.ok, qPrintable(dry.report.error));
        QVERIFY(!dry.report.schemaCreated);
        QCOMPARE(dry.report.table(u"specs"_s)->added, QStringList{u"two-basic"_s});
        QCOMPARE(dry.report.table(u"specs"_s)->changed, QStringList{u"one-basic"_s});
        QCOMPARE(dry.report.table(u"impls"_s)->removed, QStringList{u"one-basic/python/matplotlib"_s});
        QVERIFY(dry.report.table(u"libraries"_s)->added.isEmpty());
        const QString text = dry.report.toText();
        QVERIFY2(text.contains(u"  + two-basic"_s) && text.contains(u"  ~ one-basic"_s)
                     && text.contains(u"  - one-basic/python/matplotlib"_s),
                 qPrintable(text));
        QCOMPARE(dry.report.toJson().value(u"tables"_s).toObject().value(u"specs"_s).toObject()
                     .value(u"added"_s).toArray().first().toString(), u"two-basic"_s);
        // Nothing written.
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT title FROM specs"), u"A Title"_s);
        QCOMPARE(count(*connection, "SELECT count(*) FROM specs"), 1);
        QCOMPARE(count(*connection, "SELECT count(*) FROM impls"), 1);
    }

    void injectionLookingIdIsJustAString()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        const QString hostile = u"x'); drop table specs;--"_s;
        writer.addSpec(hostile, "Robert'); DROP TABLE impls;-- \\ back");
        writer.addImplementation(hostile, u"matplotlib"_s, {}, "s = 'a\\tb\\\\c'\n\tindented\r\n\\N\n");
        const Pushed pushed = pushSource(db, *writer.source());
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        auto connection = db.connect();
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT id FROM specs"), hostile);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT spec_id FROM impls WHERE spec_id = $1", PostgresParams().add(hostile)),
                 hostile);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT code FROM impls"), u"s = 'a\\tb\\\\c'\n\tindented\r\n\\N\n"_s);
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT to_regclass('specs') IS NOT NULL AND to_regclass('impls') IS NOT NULL"),
                 u"t"_s);
        // And read back through the database source.
        const CatalogPtr back = CatalogLoader::loadBlocking(PostgresCatalogSource(db.url()));
        QVERIFY(back->spec(hostile));
    }

    void readBackEqualsTheFolderCatalog_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("embedded sample") << u"sample"_s;
        QTest::newRow("42-spec fixture") << u"fixture"_s;
    }

    void readBackEqualsTheFolderCatalog()
    {
        QFETCH(QString, source);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const CatalogSourcePtr folder = sourceNamed(source);
        const Pushed pushed = pushSource(db, *folder);
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));

        const PostgresCatalogSource database(db.url());
        const CatalogPtr back = CatalogLoader::loadBlocking(database);
        QVERIFY(back);
        QCOMPARE(back->origin().kind, u"postgresql"_s);
        QVERIFY2(!back->origin().displayName.contains(u"plotbench:"_s), qPrintable(back->origin().displayName));
        const Catalog &original = *pushed.catalog;
        QCOMPARE(back->specs().size(), original.specs().size());
        QCOMPARE(back->implementations().size(), original.implementations().size());
        for (const Spec &spec : original.specs()) {
            const Spec *read = back->spec(spec.id);
            QVERIFY2(read, qPrintable(spec.id));
            Spec expected = spec;
            expected.folderPath = spec.id;
            QCOMPARE(*read, expected);
        }
        const SpecFolderParser::FileReader folderFiles = CatalogFiles::readerFor(*folder, original);
        const SpecFolderParser::FileReader databaseFiles = CatalogFiles::readerFor(database, *back);
        for (const Implementation &impl : original.implementations()) {
            const Implementation *read = back->implementation(impl.specId, impl.libraryId);
            QVERIFY2(read, qPrintable(impl.specId + u'/' + impl.libraryId));
            QCOMPARE(read->language, impl.language);
            for (const PreviewTheme theme : {PreviewTheme::Light, PreviewTheme::Dark}) {
                QCOMPARE(read->previews.image(theme), impl.previews.image(theme));
                QCOMPARE(read->previews.html(theme), impl.previews.html(theme));
            }
            QCOMPARE(read->languageVersion, impl.languageVersion);
            QCOMPARE(read->libraryVersion, impl.libraryVersion);
            QCOMPARE(read->qualityScore, impl.qualityScore);
            QCOMPARE(read->created, impl.created);
            QCOMPARE(read->updated, impl.updated);
            QCOMPARE(read->generatedBy, impl.generatedBy);
            QCOMPARE(read->workflowRun, impl.workflowRun);
            QCOMPARE(read->issue, impl.issue);
            QCOMPARE(read->tags, impl.tags);
            QCOMPARE(read->review.strengths, impl.review.strengths);
            QCOMPARE(read->review.weaknesses, impl.review.weaknesses);
            QCOMPARE(read->review.imageDescription, impl.review.imageDescription);
            QCOMPARE(read->review.verdict, impl.review.verdict);
            // jsonb orders keys its own way: compare the categories as sets.
            QCOMPARE(read->review.criteria.size(), impl.review.criteria.size());
            for (const CriteriaCategory &category : impl.review.criteria) {
                const auto match = std::find_if(read->review.criteria.begin(), read->review.criteria.end(),
                                                [&](const CriteriaCategory &c) { return c.key == category.key; });
                QVERIFY(match != read->review.criteria.end());
                QCOMPARE(*match, category);
            }
            QCOMPARE(read->hasCode(), impl.hasCode());
            if (impl.hasCode()) {
                QString error;
                QCOMPARE(databaseFiles(read->codePath, &error), folderFiles(impl.codePath, &error));
            }
        }
    }

    // Reading is one REPEATABLE READ, READ ONLY snapshot: a connection killed in the middle
    // (pg_terminate_backend from a second connection, while the reader waits for the
    // implementations after reading the specs) gives an error and no catalog — so nothing that
    // could replace the previous offline copy — and simply running it again gives the whole catalog.
    void killedReadFailsCleanlyAndARerunWorks()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const Pushed pushed = pushSource(db, *sourceNamed(u"sample"_s));
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));

        // The offline copy of an earlier, good read.
        QString error;
        const CatalogPtr good = PostgresCatalogSource::read(db.url(), &error);
        QVERIFY2(good, qPrintable(error));
        QTemporaryDir offline;
        const OfflineCatalogStore store(offline.path() + u"/db"_s);
        OfflineCopy copy;
        copy.info.kind = u"postgresql"_s;
        copy.info.location = good->origin().location;
        copy.info.syncedAt = QDateTime::currentDateTimeUtc();
        copy.folders = OfflineCatalogStore::foldersOf(*good);
        QVERIFY2(store.save(copy, &error), qPrintable(error));
        QFile file(store.catalogFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // A second connection holds the implementations so that the reader stops between its queries.
        auto locker = db.connect();
        QVERIFY(locker);
        QVERIFY(locker->exec("BEGIN").ok());
        QVERIFY(locker->exec("LOCK TABLE impls IN ACCESS EXCLUSIVE MODE").ok());
        CatalogPtr killed;
        QString killedError;
        std::thread reader([&] { killed = PostgresCatalogSource::read(db.url(), &killedError); });
        auto killer = db.connect();
        QString pid;
        for (int i = 0; i < 200 && pid.isEmpty(); ++i) {
            pid = TestDatabase::scalar(*killer,
                                       "SELECT pid::text FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND application_name = 'plotbench' AND wait_event_type = 'Lock' "
                                       "AND query LIKE '%FROM impls%'");
            if (pid.isEmpty())
                QThread::msleep(25);
        }
        QVERIFY2(!pid.isEmpty(), "the reader never waited for the implementations");
        QCOMPARE(TestDatabase::scalar(*killer, "SELECT pg_terminate_backend($1::int)", PostgresParams().add(pid)), u"t"_s);
        reader.join();
        QVERIFY(locker->exec("ROLLBACK").ok());
        QVERIFY(!killed);
        QVERIFY2(killedError.contains(u"implementations"_s) && killedError.contains(u"terminat"_s)
                     && killedError.contains(u"run it again"_s),
                 qPrintable(killedError));
        QVERIFY2(!killedError.contains(QUrl(db.url()).password()), qPrintable(killedError));
        // The offline copy is exactly as it was.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        // Run again: the whole catalog, equal to the good read.
        const CatalogPtr again = PostgresCatalogSource::read(db.url(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->specs(), good->specs());
        QCOMPARE(again->implementations(), good->implementations());
    }

    void rowByRowWritesTheSameRows()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const CatalogSourcePtr source = sourceNamed(u"sample"_s);
        const Pushed pushed = pushSource(db, *source, rowByRow());
        QVERIFY2(pushed.report.ok, qPrintable(pushed.report.error));
        auto connection = db.connect();
        verifyRows(*connection, *pushed.catalog, CatalogFiles::readerFor(*source, *pushed.catalog));
        // And the staged push then finds nothing to change.
        const Pushed again = pushSource(db, *source);
        QVERIFY2(again.report.ok, qPrintable(again.report.error));
        QVERIFY(again.report.table(u"impls"_s)->isEmpty());
        QVERIFY(again.report.table(u"specs"_s)->isEmpty());
    }

    // The binary COPY (empty database and staged upsert) and the row-by-row text parameters store
    // exactly the same values, also for strings that need escaping in every text format.
    void binaryCopyAndRowByRowStoreIdenticalRows()
    {
        TestCatalogWriter writer;
        writer.addSpec(u"odd-basic"_s, "\"Quotes\" \\ back\\slash, {braces} — ümlaut 🎉");
        writer.addImplementation(
            u"odd-basic"_s, u"matplotlib"_s,
            "language: python\ncreated: '2026-03-14T22:22:53.456Z'\nupdated: '2026-03-14T22:47:58Z'\n"
            "generated_by: \"tab\\there\"\nworkflow_run: 9007199254740993\nissue: 7\nquality_score: 100\n"
            "preview_url_light: \"https://x.org/a b.png\"\n"
            "review:\n  strengths: ['with \"quotes\"', 'back\\slash', 'comma, {brace}', 'NULL', '', 'ümlaut 🎉']\n"
            "  weaknesses: []\n  image_description: \"line one\\nline two\\r\\n\\ttabbed \\\\ end\"\n"
            "  criteria_checklist:\n    visual_quality:\n      score: 7.5\n      max: 30\n      items:\n"
            "      - id: VQ-01\n        name: \"Text \\\"Legibility\\\"\"\n        score: 7.5\n        max: 8\n"
            "        passed: true\n        comment: \"multi\\nline\\tcomment with \\\\ and \\u00e9\"\n"
            "  verdict: APPROVED\n"
            "impl_tags:\n  dependencies: []\n  techniques: ['a\"b', 'c\\\\d']\n  patterns: []\n  dataprep: []\n  styling: []\n",
            "x = '\\t'\t# a real tab\r\nprint(\"\\\\n\")  # ümlaut 🎉\n\\.\n");
        writer.addImplementation(u"odd-basic"_s, u"seaborn"_s); // the defaults, no criteria
        const char *rows = "SELECT string_agg((to_jsonb(t) - 'id' - 'updated_at')::text, E'\\n' ORDER BY library_id) FROM impls t";
        const char *specs = "SELECT string_agg((to_jsonb(t) - 'updated_at')::text, E'\\n' ORDER BY id) FROM specs t";

        TestDatabase copyDb, stagedDb, rowDb;
        PLOTBENCH_CREATE_TEST_DATABASE(copyDb);
        PLOTBENCH_CREATE_TEST_DATABASE(stagedDb);
        PLOTBENCH_CREATE_TEST_DATABASE(rowDb);
        QVERIFY2(pushSource(copyDb, *writer.source()).report.ok, "binary COPY into the empty database");
        QVERIFY2(pushSource(rowDb, *writer.source(), rowByRow()).report.ok,
                 "row by row");
        // Staged: the database holds another catalog first, so the rows go through the upsert.
        {
            TestCatalogWriter other;
            other.addSpec(u"other-basic"_s);
            other.addImplementation(u"other-basic"_s, u"matplotlib"_s);
            QVERIFY(pushSource(stagedDb, *other.source()).report.ok);
        }
        const Pushed staged = pushSource(stagedDb, *writer.source());
        QVERIFY2(staged.report.ok, qPrintable(staged.report.error));
        QCOMPARE(staged.report.table(u"impls"_s)->added.size(), 2);

        auto copyConnection = copyDb.connect();
        auto stagedConnection = stagedDb.connect();
        auto rowConnection = rowDb.connect();
        const QString expectedImpls = TestDatabase::scalar(*rowConnection, rows);
        const QString expectedSpecs = TestDatabase::scalar(*rowConnection, specs);
        QVERIFY(expectedImpls.contains(u"ümlaut 🎉"_s));
        QVERIFY(expectedImpls.contains(u"\"NULL\", \"\""_s)); // the string NULL and an empty string, not SQL NULL
        QVERIFY(expectedImpls.contains(u"\"score\": 7.5"_s));
        QVERIFY(expectedImpls.contains(u"\"generated_at\": \"2026-03-14T22:22:53.456\""_s));
        QVERIFY(expectedImpls.contains(u"9007199254740993"_s));
        QCOMPARE(TestDatabase::scalar(*copyConnection, rows), expectedImpls);
        QCOMPARE(TestDatabase::scalar(*stagedConnection, rows), expectedImpls);
        QCOMPARE(TestDatabase::scalar(*copyConnection, specs), expectedSpecs);
        QCOMPARE(TestDatabase::scalar(*stagedConnection, specs), expectedSpecs);
        // The COPY push adds impls' keys and indexes after its rows; the schema comes out the same.
        const QString schema = schemaDescription(*rowConnection);
        QVERIFY2(schema.contains(u"impls impls_spec_id_fkey FOREIGN KEY (spec_id) REFERENCES specs(id) ON DELETE CASCADE"_s),
                 qPrintable(schema));
        QVERIFY(schema.contains(u"CREATE UNIQUE INDEX uq_impl ON public.impls USING btree (spec_id, language_id, library_id)"_s));
        QVERIFY(schema.contains(u"impls.id uuid true"_s));
        QCOMPARE(schemaDescription(*copyConnection), schema);
        // The code went through byte for byte.
        QCOMPARE(TestDatabase::scalar(*copyConnection, "SELECT code FROM impls WHERE library_id = 'matplotlib'"),
                 u"x = '\\t'\t# a real tab\r\nprint(\"\\\\n\")  # ümlaut 🎉\n\\.\n"_s);
    }

    // The push reports where its time went: phases in order that add up to the whole push.
    void pushReportsItsPhases()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const Pushed first = pushSource(db, *sourceNamed(u"sample"_s));
        QVERIFY2(first.report.ok, qPrintable(first.report.error));
        QStringList names;
        double sum = 0;
        for (const PostgresPushReport::Phase &phase : first.report.phases) {
            names << phase.name;
            if (!phase.name.startsWith(u'('))
                sum += phase.ms;
        }
        QVERIFY2(names.contains(u"schema created"_s) && names.contains(u"copy implementations"_s)
                     && names.contains(u"commit"_s),
                 qPrintable(names.join(u", "_s)));
        QVERIFY(!names.contains(u"diff"_s)); // an empty database needs none
        QVERIFY(sum <= double(first.report.elapsedMs) + 1);
        QVERIFY(sum >= double(first.report.elapsedMs) * 0.9 - 2);
        const QJsonObject json = first.report.toJson();
        QCOMPARE(json.value(u"phases"_s).toArray().size(), first.report.phases.size());
        const Pushed again = pushSource(db, *sourceNamed(u"sample"_s));
        QStringList againNames;
        for (const PostgresPushReport::Phase &phase : again.report.phases)
            againNames << phase.name;
        QVERIFY2(againNames.contains(u"diff"_s) && againNames.contains(u"upsert implementations"_s),
                 qPrintable(againNames.join(u", "_s)));
    }

    void cancelLeavesTheDatabaseUntouched_data()
    {
        QTest::addColumn<int>("cancelAtCheck"); // the push asks before BEGIN, after staging, before COMMIT
        QTest::newRow("before anything") << 1;
        QTest::newRow("after staging") << 2;
        QTest::newRow("before commit") << 3;
    }

    void cancelLeavesTheDatabaseUntouched()
    {
        QFETCH(int, cancelAtCheck);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        TestCatalogWriter writer;
        writer.addSpec(u"first-basic"_s);
        writer.addImplementation(u"first-basic"_s, u"matplotlib"_s);
        QVERIFY(pushSource(db, *writer.source()).report.ok);
        writer.addSpec(u"second-basic"_s);
        writer.remove(u"first-basic/metadata"_s);
        writer.remove(u"first-basic/implementations"_s);

        int checks = 0;
        PostgresStore::Options options;
        options.isCanceled = [&] { return ++checks >= cancelAtCheck; };
        const Pushed pushed = pushSource(db, *writer.source(), options);
        QVERIFY(!pushed.report.ok);
        QCOMPARE(pushed.report.error, u"canceled"_s);
        auto connection = db.connect();
        QCOMPARE(TestDatabase::scalar(*connection, "SELECT string_agg(id, ',') FROM specs"), u"first-basic"_s);
        QCOMPARE(count(*connection, "SELECT count(*) FROM impls"), 1);
    }

    void connectionFailuresAreClearAndKeepThePassword_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << u"password"_s << u"password authentication failed"_s;
        QTest::newRow("unreachable server") << u"unreachable"_s << u"cannot connect"_s;
        QTest::newRow("TLS required, server has none") << u"tls"_s << u"SSL"_s;
    }

    void connectionFailuresAreClearAndKeepThePassword()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const QString secret = u"S3cr3t-Pa55-word"_s;
        QUrl url(db.url());
        if (kind == u"password"_s) {
            url.setPassword(secret);
        } else if (kind == u"unreachable"_s) {
            QTcpServer probe; // a port nobody listens on: bind, note, close
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            url.setPassword(secret);
            url.setPort(port);
        } else {
            url.setPassword(secret);
            url.setQuery(u"sslmode=require"_s);
        }
        QString error;
        const auto connection = PostgresConnection::open(url.toString(), &error);
        QVERIFY(!connection);
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY2(error.contains(u"plotbench@127.0.0.1"_s), qPrintable(error)); // says where, without the secret

        // The same through a catalog source and a push.
        const CatalogPtr catalog = CatalogLoader::loadBlocking(PostgresCatalogSource(url.toString()));
        QVERIFY(catalog && catalog->specs().empty());
        QCOMPARE(catalog->warnings().size(), 1);
        QVERIFY(!catalog->warnings().first().message.contains(secret));
        QVERIFY(!catalog->origin().displayName.contains(secret));
        QVERIFY(!catalog->origin().location.contains(secret));
    }

    void scrubRemovesEnvironmentPassword()
    {
        qputenv("PGPASSWORD", "env-secret-123");
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        auto connection = db.connect();
        QVERIFY(connection);
        QCOMPARE(connection->scrub(u"failed: env-secret-123 and more"_s), u"failed: ******** and more"_s);
        qunsetenv("PGPASSWORD");
        QVERIFY(!connection->displayName().contains(u':' + QUrl(TestDatabase::serverUrl()).password()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
