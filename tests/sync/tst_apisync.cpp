#include "apicatalogsource.h"
#include "catalogsources.h"
#include "codeloader.h"
#include "fakeanyplotapi.h"
#include "offlinecatalogsource.h"
#include "offlinecatalogstore.h"
#include "syncerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fault = FakeAnyplotApi::Fault;
using FaultKind = FakeAnyplotApi::FaultKind;

Q_DECLARE_METATYPE(FakeAnyplotApi::FaultKind)

// The REST API as a catalog source against the fake anyplot API: field mapping of the recorded
// shapes, the offline copy, request counts of re-syncs, faults that must keep the offline copy,
// hostile payloads, cancellation and lazily fetched code.
class TestApiSync : public QObject
{
    Q_OBJECT

    static constexpr int recordedSpecs = 312;
    static constexpr int recordedImplementations = 2708;
    // The small catalog of the fault tests: the recorded pages and a few made-up ones.
    static QStringList smallCatalog()
    {
        return {u"acf-pacf"_s, u"area-basic"_s, u"bar-basic"_s, u"heatmap-basic"_s, u"histogram-basic"_s,
                u"line-basic"_s, u"scatter-basic"_s, u"violin-basic"_s, u"pie-basic"_s, u"box-basic"_s};
    }

    ApiCatalogSource::Options options(const FakeAnyplotApi &server, const QTemporaryDir &root) const
    {
        ApiCatalogSource::Options result;
        result.baseUrl = server.baseUrl();
        result.offlineRoot = root.path();
        result.client.initialBackoffMs = 20;
        result.client.maxBackoffMs = 100;
        result.client.maxAttempts = 3;
        result.client.transferTimeoutMs = 2000;
        return result;
    }

    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QString syncError(const ApiCatalogSource &source)
    {
        try {
            CatalogLoader::loadBlocking(source);
        } catch (const SyncError &error) {
            return error.message();
        }
        return {};
    }

private Q_SLOTS:
    void fullSyncMapsTheRecordedShapes()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        const ApiCatalogSource source(options(server, root));
        const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
        QVERIFY(catalog);
        QCOMPARE(int(catalog->specs().size()), recordedSpecs);
        QCOMPARE(int(catalog->implementations().size()), recordedImplementations);
        const ApiCatalogSource::Report report = source.lastReport();
        QCOMPARE(report.requests, 4 + recordedSpecs);
        QCOMPARE(report.changedSpecs, recordedSpecs);
        QVERIFY(report.peakInFlight <= 6);
        QVERIFY(server.peakOpenRequests() <= 6);
        QCOMPARE(report.stats.value(u"plots"_s).toInt(), 2708);
        QCOMPARE(catalog->origin().kind, u"api"_s);
        QCOMPARE(catalog->origin().remote, server.baseUrl().toString());
        QVERIFY(catalog->origin().syncedAt.isValid());
        QVERIFY(!catalog->origin().offlineCopy);
        QVERIFY2(catalog->warnings().isEmpty(), qPrintable(catalog->warnings().value(0).message));

        // scatter-basic: the recorded page, new preview fields.
        const Spec *spec = catalog->spec(u"scatter-basic"_s);
        QVERIFY(spec);
        QCOMPARE(spec->title, u"Basic Scatter Plot"_s);
        QCOMPARE(spec->issue, 611);
        QCOMPARE(spec->suggestedBy, u"MarkusNeusinger"_s);
        QCOMPARE(spec->created, QDateTime(QDate(2025, 12, 11), QTime(22, 45, 43), Qt::UTC)); // naive = UTC
        QCOMPARE(spec->tags[SpecTagCategory::PlotType], (QStringList{u"scatter"_s, u"point"_s}));
        QCOMPARE(spec->applications.size(), 3);
        QVERIFY(spec->dataColumns.size() >= 2);
        QCOMPARE(spec->dataColumns.first().name, u"x"_s);
        QCOMPARE(spec->dataColumns.first().normalizedType, u"numeric"_s);
        const Implementation *altair = catalog->implementation(u"scatter-basic"_s, u"altair"_s);
        QVERIFY(altair);
        QCOMPARE(altair->language, u"python"_s);
        QCOMPARE(altair->qualityScore, std::optional<int>(89)); // 89.0 on the wire
        QVERIFY(altair->previews.dark.endsWith(u"/python/altair/plot-dark.png"_s));
        QVERIFY(altair->previews.htmlLight.endsWith(u"plot-light.html"_s));
        QCOMPARE(altair->previews.image(PreviewTheme::Dark), altair->previews.dark);
        QCOMPARE(altair->review.verdict, Verdict::Rejected);
        QVERIFY(!altair->review.strengths.isEmpty());
        QVERIFY(!altair->review.imageDescription.isEmpty());
        QVERIFY(!altair->review.criteria.isEmpty());
        QVERIFY(!altair->review.criteria.first().items.isEmpty());
        QCOMPARE(altair->languageVersion, u"3.14.4"_s);
        QCOMPARE(altair->libraryVersion, u"6.1.0"_s);
        QCOMPARE(altair->generatedBy, u"claude-opus"_s);
        QCOMPARE(altair->updated, QDateTime(QDate(2026, 4, 23), QTime(21, 55, 57), Qt::UTC));
        QCOMPARE(altair->tags[ImplTagCategory::Styling], (QStringList{u"alpha-blending"_s, u"edge-highlighting"_s}));
        QVERIFY(altair->hasCode()); // fetched when shown

        // acf-pacf: the recorded page, legacy previews (no dark image).
        const Implementation *legacy = catalog->implementation(u"acf-pacf"_s, u"altair"_s);
        QVERIFY(legacy);
        QVERIFY(legacy->previews.dark.isEmpty());
        QVERIFY(!legacy->previews.legacy.isEmpty());
        QCOMPARE(legacy->previews.image(PreviewTheme::Dark), legacy->previews.light);
        QVERIFY(OfflineCatalogStore(source.offlineDirectory()).exists());
    }

    void resyncFetchesOnlyWhatChanged_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<int>("specs");
        QTest::newRow("nothing") << QString() << 4 << QStringList() << recordedSpecs;
        QTest::newRow("one title") << u"title"_s << 5 << QStringList{u"area-basic"_s} << recordedSpecs;
        QTest::newRow("one score") << u"score"_s << 5 << QStringList{u"line-basic"_s} << recordedSpecs;
        QTest::newRow("one spec removed") << u"remove"_s << 4 << QStringList() << recordedSpecs - 1;
    }
    void resyncFetchesOnlyWhatChanged()
    {
        QFETCH(QString, change);
        QFETCH(int, requests);
        QFETCH(QStringList, changed);
        QFETCH(int, specs);
        FakeAnyplotApi server;
        QTemporaryDir root;
        const ApiCatalogSource source(options(server, root));
        const CatalogPtr first = CatalogLoader::loadBlocking(source);
        QVERIFY(first);

        if (change == u"title"_s)
            server.setSpecTitle(u"area-basic"_s, u"A New Title"_s);
        else if (change == u"score"_s)
            server.setQuality(u"line-basic"_s, u"bokeh"_s, 64.0);
        else if (change == u"remove"_s)
            server.removeSpec(u"bar-basic"_s);
        server.clearRequests();

        const ApiCatalogSource again(options(server, root));
        const CatalogPtr second = CatalogLoader::loadBlocking(again);
        QVERIFY(second);
        const ApiCatalogSource::Report report = again.lastReport();
        QCOMPARE(report.requests, requests);
        QCOMPARE(server.requests().size(), requests);
        QCOMPARE(report.changedIds, changed);
        QCOMPARE(report.keptSpecs, specs - int(changed.size()));
        QVERIFY(report.hadOfflineCopy);
        QCOMPARE(int(second->specs().size()), specs);
        if (change.isEmpty()) {
            QCOMPARE(second->specs(), first->specs());
            QCOMPARE(second->implementations(), first->implementations());
        } else if (change == u"title"_s) {
            QCOMPARE(second->spec(u"area-basic"_s)->title, u"A New Title"_s);
        } else if (change == u"score"_s) {
            QCOMPARE(second->implementation(u"line-basic"_s, u"bokeh"_s)->qualityScore, std::optional<int>(64));
        } else {
            QVERIFY(!second->spec(u"bar-basic"_s));
            QCOMPARE(report.removedSpecs, 1);
        }
    }

    void fullOptionFetchesEverything()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        QVERIFY(CatalogLoader::loadBlocking(ApiCatalogSource(options(server, root))));
        ApiCatalogSource::Options all = options(server, root);
        all.fullSync = true;
        const ApiCatalogSource source(all);
        QVERIFY(CatalogLoader::loadBlocking(source));
        QCOMPARE(source.lastReport().changedSpecs, recordedSpecs);
    }

    void faultsKeepTheOfflineCopy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("/specs 503") << u"/specs"_s << FaultKind::Status << u"HTTP 503"_s;
        QTest::newRow("/specs 403 HTML") << u"/specs"_s << FaultKind::CdnForbidden << u"CDN"_s;
        QTest::newRow("/plots/filter invalid JSON") << u"/plots/filter"_s << FaultKind::InvalidJson << u"not valid JSON"_s;
        QTest::newRow("/plots/filter truncated") << u"/plots/filter"_s << FaultKind::Truncated << u"cut off"_s;
        QTest::newRow("/plots/filter reset") << u"/plots/filter"_s << FaultKind::Reset << u"/plots/filter"_s;
        QTest::newRow("/specs redirect loop") << u"/specs"_s << FaultKind::RedirectLoop << u"redirect"_s;
        QTest::newRow("details 503") << u"/specs/area-basic"_s << FaultKind::Status << u"/specs/area-basic"_s;
        QTest::newRow("details truncated") << u"/specs/area-basic"_s << FaultKind::Truncated << u"cut off"_s;
        QTest::newRow("details invalid JSON") << u"/specs/area-basic"_s << FaultKind::InvalidJson << u"not valid JSON"_s;
    }
    void faultsKeepTheOfflineCopy()
    {
        QFETCH(QString, path);
        QFETCH(FaultKind, kind);
        QFETCH(QString, messagePart);
        FakeAnyplotApi server;
        server.keepOnly(smallCatalog());
        QTemporaryDir root;
        const ApiCatalogSource first(options(server, root));
        QVERIFY(CatalogLoader::loadBlocking(first));
        const QString file = OfflineCatalogStore(first.offlineDirectory()).catalogFile();
        const QByteArray before = digest(file);
        QVERIFY(!before.isEmpty());

        server.setSpecTitle(u"area-basic"_s, u"Changed"_s); // so that the details are asked for
        Fault fault;
        fault.kind = kind;
        fault.times = -1;
        fault.status = 503;
        fault.bytes = 300;
        server.addFault(path, fault);
        const ApiCatalogSource second(options(server, root));
        const QString message = syncError(second);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QVERIFY2(message.contains(u"offline copy"_s), qPrintable(message)); // says what is kept
        QCOMPARE(digest(file), before);
        QCOMPARE(QDir(first.offlineDirectory()).entryList(QDir::Files), QStringList{u"catalog.bin"_s});

        // And the copy still opens.
        const CatalogPtr offline = CatalogLoader::loadBlocking(OfflineCatalogSource(first.offlineDirectory()));
        QVERIFY(offline);
        QCOMPARE(offline->specs().size(), std::size_t(smallCatalog().size()));
        QVERIFY(offline->origin().offlineCopy);
        QCOMPARE(offline->spec(u"area-basic"_s)->title, u"Basic Area Chart"_s);
    }

    void transientFaultsAreRetried()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        Fault unavailable;
        unavailable.kind = FaultKind::Status;
        unavailable.status = 503;
        server.addFault(u"/plots/filter"_s, unavailable);
        Fault limited;
        limited.kind = FaultKind::TooManyRequests;
        limited.retryAfter = 0;
        server.addFault(u"/specs/scatter-basic"_s, limited);
        const ApiCatalogSource source(options(server, root));
        const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
        QVERIFY(catalog);
        QCOMPARE(int(catalog->specs().size()), recordedSpecs);
        QCOMPARE(source.lastReport().requests, 4 + recordedSpecs + 2);
        QCOMPARE(source.lastReport().retries, 2);
    }

    void firstSyncFailureWritesNothing()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        Fault fault;
        fault.kind = FaultKind::Status;
        fault.times = -1;
        server.addFault(u"/specs/line-basic"_s, fault);
        const ApiCatalogSource source(options(server, root));
        const QString message = syncError(source);
        QVERIFY2(message.contains(u"/specs/line-basic"_s), qPrintable(message));
        QVERIFY(!OfflineCatalogStore(source.offlineDirectory()).exists());
        QVERIFY(OfflineCatalogStore::latest(root.path()).isEmpty());
    }

    void missingDetailsFallBackToTheIndex()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        server.setOverride(u"/specs/heatmap-basic"_s, R"({"status":404,"message":"Spec 'heatmap-basic' not found","path":"/specs/heatmap-basic"})", 404);
        const ApiCatalogSource source(options(server, root));
        const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
        QVERIFY(catalog);
        const Spec *spec = catalog->spec(u"heatmap-basic"_s);
        QVERIFY(spec);
        QVERIFY(!spec->title.isEmpty());
        QCOMPARE(catalog->implementationsOf(u"heatmap-basic"_s).size(), std::size_t(9));
        QCOMPARE(catalog->warnings().size(), 1);
        QCOMPARE(catalog->warnings().first().path, u"/specs/heatmap-basic"_s);
    }

    void hostilePayloads_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("syncs");
        const QByteArray hugeTitle = "{\"id\":\"scatter-basic\",\"title\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        QTest::newRow("details: nulls everywhere")
            << u"/specs/scatter-basic"_s
            << QByteArray(R"({"id":null,"title":null,"description":null,"applications":null,"data":null,"notes":null,
                 "tags":null,"issue":null,"suggested":null,"created":null,"updated":null,
                 "implementations":[{"library_id":"matplotlib","language":null,"preview_url_light":null,
                 "preview_url_dark":null,"preview_html_light":null,"preview_html_dark":null,"preview_url":null,
                 "preview_html":null,"quality_score":null,"code":null,"generated_at":null,"updated":null,
                 "generated_by":null,"python_version":null,"library_version":null,"review_strengths":null,
                 "review_weaknesses":null,"review_image_description":null,"review_criteria_checklist":null,
                 "review_verdict":null,"impl_tags":null}, null]})")
            << true;
        QTest::newRow("details: wrong types everywhere")
            << u"/specs/scatter-basic"_s
            << QByteArray(R"({"id":7,"title":["x"],"description":{},"applications":"one","data":[1,2,{"a":1}],"notes":true,
                 "tags":{"plot_type":"scatter","domain":[1,null,"ok"]},"issue":"611x","suggested":12,"created":"yesterday",
                 "updated":12345,"implementations":{"library_id":"x"}})")
            << true;
        QTest::newRow("details: hostile implementations")
            << u"/specs/scatter-basic"_s
            << QByteArray(R"({"id":"scatter-basic","title":"t","implementations":[
                 {"library_id":"../../etc/passwd"},{"library_id":"matplotlib","language":"../x","quality_score":1e308},
                 {"library_id":"seaborn","quality_score":-5,"review_criteria_checklist":{"total":90,"visual_quality":{"items":"no"},
                  "x":{"items":[1,"a",{"id":3}]}},"review_verdict":"MAYBE","impl_tags":{"styling":"flat"}},
                 {"library_id":"seaborn"}]})")
            << true;
        QTest::newRow("details: huge title") << u"/specs/scatter-basic"_s << hugeTitle << true;
        QTest::newRow("details: an array") << u"/specs/scatter-basic"_s << QByteArray("[1,2,3]") << true;
        QTest::newRow("index: entries of every type")
            << u"/specs"_s
            << QByteArray(R"([null, 1, "x", {"id":"../x"}, {"id":"scatter-basic","title":null,"tags":[],"library_count":"9"},
                 {"id":"scatter-basic"}, {"id":"bar-basic","tags":{"plot_type":[["nested"]]},"library_count":-1}])")
            << true;
        QTest::newRow("index: an object") << u"/specs"_s << QByteArray(R"({"specs":[]})") << true;
        QTest::newRow("filter: images not a list") << u"/plots/filter"_s << QByteArray(R"({"images":{"a":1}})") << true;
        QTest::newRow("filter: deep nesting") << u"/plots/filter"_s << QByteArray(5000, '[') << false;
    }
    void hostilePayloads()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, syncs);
        FakeAnyplotApi server;
        server.keepOnly(smallCatalog());
        QTemporaryDir root;
        server.setOverride(path, body);
        const ApiCatalogSource source(options(server, root));
        CatalogPtr catalog;
        QString error;
        try {
            catalog = CatalogLoader::loadBlocking(source);
        } catch (const SyncError &e) {
            error = e.message();
        }
        QCOMPARE(bool(catalog), syncs);
        if (!syncs) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY(!catalog->warnings().isEmpty()); // what was odd is said, nothing crashed
        for (const Spec &spec : catalog->specs()) {
            QVERIFY(spec.title.size() <= 256 * 1024);
            QVERIFY(!spec.id.contains(u'/'));
        }
        for (const Implementation &impl : catalog->implementations()) {
            QVERIFY2(!impl.codePath.contains(u".."_s), qPrintable(impl.codePath));
            QVERIFY(!impl.qualityScore || (*impl.qualityScore >= 0 && *impl.qualityScore <= 100));
        }
        // The copy of a hostile sync is readable like any other.
        QVERIFY(CatalogLoader::loadBlocking(OfflineCatalogSource(source.offlineDirectory())));
    }

    void progressAndCancel()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        const auto seed = std::make_shared<ApiCatalogSource>(options(server, root));
        QVERIFY(CatalogLoader::loadBlocking(*seed));
        const QString file = OfflineCatalogStore(seed->offlineDirectory()).catalogFile();
        const QByteArray before = digest(file);
        server.clearRequests();

        ApiCatalogSource::Options full = options(server, root);
        full.fullSync = true;
        Fault slow;
        slow.kind = FaultKind::Slow;
        slow.delayMs = 100;
        slow.times = -1;
        server.addFault(u"/specs/*"_s, slow);
        const auto source = std::make_shared<ApiCatalogSource>(full);
        QFutureWatcher<CatalogPtr> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        watcher.setFuture(CatalogLoader::loadAsync(source));
        QTRY_VERIFY(!progress.isEmpty() && progress.last().first().toInt() >= 6);
        QCOMPARE(watcher.progressMaximum(), recordedSpecs);
        QVERIFY(watcher.progressText().contains(u"of"_s));
        watcher.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 10000);
        QVERIFY(server.requestCount(u"/specs/"_s) < recordedSpecs); // it stopped asking
        QCOMPARE(digest(file), before);
    }

    // An interrupted sync (a failing detail, or a cancel) keeps what it fetched in the staging
    // folder, not in the offline copy; the next sync asks only for the rest, and its result is
    // the one an uninterrupted sync gives.
    void interruptedSyncResumes_data()
    {
        QTest::addColumn<QString>("interruption");
        QTest::addColumn<bool>("changeOneStaged"); // its index entry changes before the re-run
        QTest::newRow("failure") << u"failure"_s << false;
        QTest::newRow("cancel") << u"cancel"_s << false;
        QTest::newRow("failure, a staged entry changed meanwhile") << u"failure"_s << true;
    }
    void interruptedSyncResumes()
    {
        QFETCH(QString, interruption);
        QFETCH(bool, changeOneStaged);
        FakeAnyplotApi server;
        QTemporaryDir root;
        const ApiCatalogSource seed(options(server, root));
        const CatalogPtr seeded = CatalogLoader::loadBlocking(seed);
        QVERIFY(seeded);
        const QString file = OfflineCatalogStore(seed.offlineDirectory()).catalogFile();
        const QByteArray before = digest(file);
        const QString stagingDir = seed.offlineDirectory() + u"/staging"_s;

        ApiCatalogSource::Options full = options(server, root);
        full.fullSync = true; // every detail is wanted
        if (interruption == u"failure"_s) {
            Fault fault;
            fault.kind = FaultKind::Status;
            fault.status = 500;
            fault.times = -1;
            server.addFault(u"/specs/"_s + seeded->specs()[seeded->specs().size() / 2].id, fault);
            const ApiCatalogSource failing(full);
            QVERIFY(!syncError(failing).isEmpty());
        } else {
            Fault slow;
            slow.kind = FaultKind::Slow;
            slow.delayMs = 20;
            slow.times = -1;
            server.addFault(u"/specs/*"_s, slow);
            QFutureWatcher<CatalogPtr> watcher;
            QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
            watcher.setFuture(CatalogLoader::loadAsync(std::make_shared<ApiCatalogSource>(full)));
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toInt() >= 60, 20000);
            watcher.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 10000);
        }
        server.clearFaults();
        // The offline copy is untouched; what was fetched is staged beside it.
        QCOMPARE(digest(file), before);
        const QStringList staged = QDir(stagingDir).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY2(staged.size() > 0 && staged.size() < recordedSpecs, qPrintable(QString::number(staged.size())));
        QVERIFY(QDir(stagingDir).entryList({u"*.part"_s}, QDir::Files).isEmpty());
        int expectedResumed = int(staged.size());
        if (changeOneStaged) {
            const QString id = staged.first().section(u'.', 0, 0);
            server.setSpecTitle(id, u"Changed Meanwhile"_s);
            --expectedResumed;
        }

        server.clearRequests();
        const auto resumed = std::make_shared<ApiCatalogSource>(full);
        QFutureWatcher<CatalogPtr> watcher;
        QStringList texts;
        connect(&watcher, &QFutureWatcherBase::progressTextChanged, this, [&texts](const QString &text) { texts << text; });
        watcher.setFuture(CatalogLoader::loadAsync(resumed));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        QVERIFY(watcher.future().resultCount() > 0);
        const CatalogPtr catalog = watcher.future().results().last();
        QVERIFY(catalog);
        const ApiCatalogSource::Report report = resumed->lastReport();
        QCOMPARE(report.resumedSpecs, expectedResumed);
        QCOMPARE(report.changedSpecs, recordedSpecs);
        // Only the remaining details were asked for (plus the four index requests).
        // (Retries after a timeout on a busy machine ask again for the same page: counted once.)
        QSet<QString> asked;
        for (const FakeAnyplotApi::Request &request : server.requests()) {
            if (request.path.startsWith(u"/specs/"_s))
                asked.insert(request.path);
        }
        for (const QString &page : staged) {
            const QString id = page.section(u'.', 0, 0);
            QCOMPARE(asked.contains(u"/specs/"_s + id), changeOneStaged && id == staged.first().section(u'.', 0, 0));
        }
        QCOMPARE(int(asked.size()), recordedSpecs - expectedResumed);
        QCOMPARE(report.requests - report.retries, 4 + recordedSpecs - expectedResumed);
        const QJsonObject json = report.toJson().value(u"resumed"_s).toObject();
        QCOMPARE(json.value(u"already_fetched"_s).toInt(), expectedResumed);
        QCOMPARE(json.value(u"of"_s).toInt(), recordedSpecs);
        const QString note = u"resumed: %1 of %2 already fetched"_s.arg(expectedResumed).arg(recordedSpecs);
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(note); }),
                 qPrintable(texts.join(u" | "_s)));
        // Swapped in, staging gone.
        QVERIFY(digest(file) != before);
        QVERIFY(!QDir(stagingDir).exists());

        // The same as an uninterrupted sync of the same server state.
        QTemporaryDir otherRoot;
        ApiCatalogSource::Options fresh = options(server, otherRoot);
        const CatalogPtr uninterrupted = CatalogLoader::loadBlocking(ApiCatalogSource(fresh));
        QVERIFY(uninterrupted);
        QCOMPARE(catalog->specs(), uninterrupted->specs());
        QCOMPARE(catalog->implementations(), uninterrupted->implementations());
        if (changeOneStaged)
            QCOMPARE(catalog->spec(staged.first().section(u'.', 0, 0))->title, u"Changed Meanwhile"_s);
    }

    void presentsTheOfflineCopyFirst()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        QVERIFY(CatalogLoader::loadBlocking(ApiCatalogSource(options(server, root))));
        ApiCatalogSource::Options windowOptions = options(server, root);
        windowOptions.presentOfflineFirst = true;
        QFuture<CatalogPtr> future = CatalogLoader::loadAsync(std::make_shared<ApiCatalogSource>(windowOptions));
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(future.resultCount(), 2);
        QVERIFY(future.resultAt(0)->origin().offlineCopy);
        QVERIFY(!future.resultAt(1)->origin().offlineCopy);
    }

    void codeIsFetchedOnceAndKept()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        const ApiCatalogSource source(options(server, root));
        const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
        QVERIFY(catalog);
        const Implementation *impl = catalog->implementation(u"bar-basic"_s, u"plotly"_s);
        QVERIFY(impl);
        server.clearRequests();
        QFuture<QString> first = CodeLoader::load(catalog, impl->codePath);
        QTRY_VERIFY(first.isFinished());
        QVERIFY(first.result().contains(u"bar-basic: Basic Bar Chart"_s));
        QCOMPARE(server.requestCount(u"/specs/bar-basic/plotly/code"_s), 1);
        QVERIFY(QFile::exists(catalog->absolutePath(impl->codePath)));

        // Offline now: the kept file answers, no request.
        const CatalogPtr offline = CatalogLoader::loadBlocking(OfflineCatalogSource(source.offlineDirectory()));
        QFuture<QString> second = CodeLoader::load(offline, impl->codePath);
        QTRY_VERIFY(second.isFinished());
        QCOMPARE(second.result(), first.result());
        QCOMPARE(server.requestCount(u"/specs/bar-basic/plotly/code"_s), 1);

        // A changed implementation's kept code is dropped at the next sync.
        server.setQuality(u"bar-basic"_s, u"plotly"_s, 70.0);
        server.setOverride(u"/specs/bar-basic"_s, [&] {
            // Its `updated` moves too, as when anyplot regenerates it.
            QFile f(server.fixtureDirectory() + u"/specs__bar-basic.json"_s);
            f.open(QIODevice::ReadOnly);
            QJsonObject detail = QJsonDocument::fromJson(f.readAll()).object();
            QJsonArray impls = detail.value(u"implementations"_s).toArray();
            for (qsizetype i = 0; i < impls.size(); ++i) {
                QJsonObject o = impls.at(i).toObject();
                if (o.value(u"library_id"_s).toString() == u"plotly"_s) {
                    o.insert(u"updated"_s, u"2026-11-30T10:00:00"_s);
                    o.insert(u"quality_score"_s, 70.0);
                }
                impls.replace(i, o);
            }
            detail.insert(u"implementations"_s, impls);
            return QJsonDocument(detail).toJson();
        }());
        QVERIFY(CatalogLoader::loadBlocking(ApiCatalogSource(options(server, root))));
        QVERIFY(!QFile::exists(catalog->absolutePath(impl->codePath)));
    }

    void codeErrorsAreMessages()
    {
        FakeAnyplotApi server;
        QTemporaryDir root;
        const CatalogPtr catalog = CatalogLoader::loadBlocking(ApiCatalogSource(options(server, root)));
        QVERIFY(catalog);
        server.setOverride(u"/specs/bar-basic/plotly/code"_s, R"({"spec_id":"bar-basic","library":"plotly","code":null})");
        QFuture<QString> future = CodeLoader::load(catalog, ApiCatalogMapper_codePath());
        QTRY_VERIFY(future.isFinished());
        try {
            future.waitForFinished();
            QFAIL("no error");
        } catch (const CodeLoader::LoadError &error) {
            QVERIFY2(error.message().contains(u"no code"_s), qPrintable(error.message()));
        }
    }

    void offlineCopyOpensWithoutNetwork()
    {
        QTemporaryDir root;
        QString directory;
        {
            FakeAnyplotApi server;
            const ApiCatalogSource source(options(server, root));
            QVERIFY(CatalogLoader::loadBlocking(source));
            directory = source.offlineDirectory();
        } // the server is gone
        QCOMPARE(OfflineCatalogStore::latest(root.path()), directory);
        const auto latest = OfflineCatalogSource::latestOr(std::make_shared<SampleCatalogSourceStub>(), root.path());
        const CatalogPtr catalog = CatalogLoader::loadBlocking(*latest);
        QVERIFY(catalog);
        QCOMPARE(int(catalog->specs().size()), recordedSpecs);
        QVERIFY(catalog->origin().offlineCopy);
        QCOMPARE(catalog->origin().displayName.left(11), u"anyplot API"_s);

        // No copy at all: the fallback.
        QTemporaryDir empty;
        const CatalogPtr fallback = CatalogLoader::loadBlocking(
            *OfflineCatalogSource::latestOr(std::make_shared<SampleCatalogSourceStub>(), empty.path()));
        QVERIFY(fallback);
        QCOMPARE(fallback->origin().kind, u"stub"_s);
    }

    void damagedCopyIsReported_data()
    {
        QTest::addColumn<int>("keep"); // bytes of the file left
        QTest::newRow("empty") << 0;
        QTest::newRow("header only") << 20;
        QTest::newRow("half") << -2;
    }
    void damagedCopyIsReported()
    {
        QFETCH(int, keep);
        FakeAnyplotApi server;
        server.keepOnly(smallCatalog());
        QTemporaryDir root;
        const ApiCatalogSource source(options(server, root));
        QVERIFY(CatalogLoader::loadBlocking(source));
        QFile file(OfflineCatalogStore(source.offlineDirectory()).catalogFile());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(keep >= 0 ? keep : file.size() / 2));
        file.close();
        QString error;
        QVERIFY(!OfflineCatalogStore(source.offlineDirectory()).load(&error));
        QVERIFY2(error.contains(u"damaged"_s) || error.contains(u"version"_s), qPrintable(error));
        // A re-sync over a damaged copy is a full sync that repairs it.
        const ApiCatalogSource again(options(server, root));
        QVERIFY(CatalogLoader::loadBlocking(again));
        QCOMPARE(again.lastReport().changedSpecs, int(smallCatalog().size()));
        QVERIFY(OfflineCatalogStore(source.offlineDirectory()).load());
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("default") << u"https://api.anyplot.ai"_s << u"https://api.anyplot.ai"_s;
        QTest::newRow("trailing slash, case") << u"HTTPS://API.anyplot.ai/"_s << u"https://api.anyplot.ai"_s;
        QTest::newRow("path prefix") << u"http://127.0.0.1:8000/api/"_s << u"http://127.0.0.1:8000/api"_s;
        QTest::newRow("ftp") << u"ftp://x"_s << QString();
        QTest::newRow("no host") << u"https://"_s << QString();
        QTest::newRow("credentials") << u"https://user:secret@api.anyplot.ai"_s << QString();
        QTest::newRow("folder path") << u"/home/x/plots"_s << QString();
    }
    void baseUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QString error;
        const std::optional<QUrl> url = ApiCatalogSource::normalizedBaseUrl(text, &error);
        QCOMPARE(url ? url->toString() : QString(), normalized);
        QCOMPARE(error.isEmpty(), !normalized.isEmpty());
        QVERIFY(!error.contains(u"secret"_s));
    }

    void fromArgumentAcceptsApiUrls()
    {
        FakeAnyplotApi server;
        server.keepOnly(smallCatalog());
        QString error;
        const CatalogSourcePtr source = CatalogSources::fromArgument(server.baseUrl().toString() + u"/"_s, {}, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(dynamic_cast<const ApiCatalogSource *>(source.get()));
        QCOMPARE(source->displayName(), u"anyplot API at 127.0.0.1:%1"_s.arg(server.baseUrl().port()));
        QVERIFY(!CatalogSources::fromArgument(u"https://user:pw@api.anyplot.ai"_s, {}, &error));
        QVERIFY(!error.contains(u"pw"_s));
        QVERIFY(!CatalogSources::fromArgument(u"http://"_s, {}, &error));
    }

private:
    static QString ApiCatalogMapper_codePath() { return u"code/bar-basic/python/plotly.py"_s; }

    // A fallback with a recognisable origin, without the embedded sample's resources.
    class SampleCatalogSourceStub : public CatalogSource
    {
    public:
        QString displayName() const override { return u"stub"_s; }
        CatalogPtr load(QPromise<CatalogPtr> &) const override
        {
            return CatalogBuilder({u"stub"_s, {}, u"stub"_s}).build();
        }
    };
};

QTEST_GUILESS_MAIN(TestApiSync)
#include "tst_apisync.moc"
