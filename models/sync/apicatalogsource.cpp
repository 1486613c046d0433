#include "apicatalogsource.h"

#include "apicatalogmapper.h"
#include "apidetailstaging.h"
#include "codeloader.h"
#include "keptreport.h"
#include "offlinecatalogstore.h"
#include "syncerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ApiCatalogSource", text, disambiguation, n);
}

const auto originKind = u"api"_s;

QJsonObject librariesToJson(const QList<Library> &libraries)
{
    QJsonArray list;
    for (const Library &library : libraries) {
        list.append(QJsonObject{{u"id"_s, library.id}, {u"name"_s, library.name}, {u"language"_s, library.language},
                                {u"version"_s, library.version}, {u"documentation_url"_s, library.documentationUrl},
                                {u"description"_s, library.description}});
    }
    return {{u"libraries"_s, list}};
}

// Implementations whose code may have changed: their stored code files are dropped.
void dropStaleCode(const OfflineCatalogStore &store, const ParsedSpecFolder &before, const ParsedSpecFolder *after)
{
    for (const Implementation &old : before.implementations) {
        const Implementation *now = nullptr;
        if (after) {
            for (const Implementation &candidate : after->implementations) {
                if (candidate.codePath == old.codePath)
                    now = &candidate;
            }
        }
        if (!now || now->updated != old.updated || now->created != old.created || !now->updated.isValid())
            store.removeCode(old.codePath);
    }
}
} // namespace

QJsonObject ApiCatalogSource::Report::toJson() const
{
    return {{u"source"_s, u"api"_s},
            {u"url"_s, baseUrl},
            {u"offline_copy"_s, offlineDirectory},
            {u"specs"_s, specs},
            {u"implementations"_s, implementations},
            {u"requests"_s, requests},
            {u"retries"_s, retries},
            {u"peak_in_flight"_s, peakInFlight},
            {u"bytes"_s, bytes},
            {u"changed_specs"_s, changedSpecs},
            {u"removed_specs"_s, removedSpecs},
            {u"kept_specs"_s, keptSpecs},
            {u"resumed"_s, QJsonObject{{u"already_fetched"_s, resumedSpecs}, {u"of"_s, changedSpecs}}},
            {u"had_offline_copy"_s, hadOfflineCopy},
            {u"changed"_s, QJsonArray::fromStringList(changedIds)},
            {u"synced_at"_s, syncedAt.toUTC().toString(Qt::ISODate)},
            {u"api_stats"_s, stats},
            {u"offline_copy_error"_s, offlineCopyError.isEmpty() ? QJsonValue() : QJsonValue(offlineCopyError)},
            {u"elapsed_ms"_s, elapsedMs}};
}

ApiCatalogSource::ApiCatalogSource(Options options)
    : m_options(std::move(options))
{
    if (std::optional<QUrl> url = normalizedBaseUrl(m_options.baseUrl.toString(), nullptr))
        m_options.baseUrl = *url;
    m_options.client.baseUrl = m_options.baseUrl;
    registerCodeFetcher();
}

std::optional<QUrl> ApiCatalogSource::normalizedBaseUrl(const QString &text, QString *error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        if (error)
            *error = tr("'%1' is not an http(s) URL of an anyplot API").arg(text.left(200));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        if (error)
            *error = tr("the API URL must not carry a user name or password");
        return std::nullopt;
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == u"/"_s)
        url.setPath(QString());
    return url;
}

QString ApiCatalogSource::displayNameFor(const QUrl &baseUrl)
{
    if (baseUrl == QUrl(QString::fromLatin1(defaultBaseUrl)))
        return tr("anyplot API");
    return tr("anyplot API at %1").arg(baseUrl.toString(QUrl::RemoveScheme).mid(2));
}

QString ApiCatalogSource::displayName() const
{
    return displayNameFor(m_options.baseUrl);
}

QString ApiCatalogSource::offlineDirectory() const
{
    return OfflineCatalogStore::directoryFor(originKind, m_options.baseUrl.toString(), m_options.offlineRoot);
}

ApiCatalogSource::Report ApiCatalogSource::lastReport() const
{
    const QMutexLocker lock(&m_reportMutex);
    return m_report;
}

CatalogPtr ApiCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    return runKeepingReport(m_report, m_reportMutex, [&](Report &report) { return sync(promise, report); });
}

CatalogPtr ApiCatalogSource::sync(QPromise<CatalogPtr> &promise, Report &report) const
{
    const auto isCanceled = [&promise] { return promise.isCanceled(); };
    const OfflineCatalogStore store(offlineDirectory());
    report.baseUrl = m_options.baseUrl.toString();
    report.offlineDirectory = store.directory();

    promise.setProgressRange(0, 0);
    std::optional<OfflineCopy> previous = store.exists() ? store.load() : std::nullopt;
    report.hadOfflineCopy = previous.has_value();
    if (previous && m_options.presentOfflineFirst)
        promise.addResult(store.catalog(*previous, true));
    // Failures say what is kept, so the user knows nothing was lost.
    const QString keptNote = previous
        ? tr("the offline copy from %1 is kept").arg(QLocale().toString(previous->info.syncedAt.toLocalTime(), QLocale::ShortFormat))
        : QString();
    const auto failure = [&keptNote](const QString &what) {
        return SyncError(keptNote.isEmpty() ? what : what + u"; "_s + keptNote);
    };

    promise.setProgressValueAndText(0, tr("Fetching the catalog index from %1…").arg(displayName()));
    ApiClient client(m_options.client);
    ApiReply specs, plotsFilter, libraries, stats;
    client.get(u"/specs"_s, [&specs](const ApiReply &reply) { specs = reply; });
    client.get(u"/plots/filter"_s, [&plotsFilter](const ApiReply &reply) { plotsFilter = reply; });
    client.get(u"/libraries"_s, [&libraries](const ApiReply &reply) { libraries = reply; });
    client.get(u"/stats"_s, [&stats](const ApiReply &reply) { stats = reply; });
    client.waitForIdle(isCanceled);
    const auto account = [&] {
        report.requests = client.counters().requests;
        report.retries = client.counters().retries;
        report.bytes = client.counters().bytes;
        report.peakInFlight = client.counters().peakInFlight;
    };
    account();
    if (promise.isCanceled())
        return nullptr;
    for (const ApiReply *required : {&specs, &plotsFilter}) {
        if (!required->ok())
            throw failure(required->error.message);
    }

    CatalogWarnings catalogWarnings;
    std::vector<ApiIndexEntry> index = ApiCatalogMapper::index(specs.json, plotsFilter.json, catalogWarnings);
    QList<Library> libraryList;
    if (libraries.ok())
        libraryList = ApiCatalogMapper::libraries(libraries.json, catalogWarnings);
    else
        catalogWarnings.append({u"/libraries"_s, 0, CatalogWarning::Kind::Unreadable, CatalogWarning::Severity::Warning,
                                libraries.error.message});
    if (stats.ok())
        report.stats = stats.json.object();
    else
        catalogWarnings.append({u"/stats"_s, 0, CatalogWarning::Kind::Unreadable, CatalogWarning::Severity::Warning,
                                stats.error.message});

    // What the last sync saw, by spec id.
    QHash<QString, std::size_t> previousFolders;
    QJsonObject previousFingerprints;
    if (previous) {
        for (std::size_t i = 0; i < previous->folders.size(); ++i) {
            if (previous->folders[i].spec)
                previousFolders.insert(previous->folders[i].spec->id, i);
        }
        previousFingerprints = previous->info.extra.value(u"fingerprints"_s).toObject();
    }
    QJsonObject fingerprints;
    std::vector<std::size_t> changed;
    std::vector<QString> changedFingerprints;
    QSet<QString> wantedStaged;
    for (std::size_t i = 0; i < index.size(); ++i) {
        const QString fingerprint = QString::fromLatin1(index[i].fingerprint().toHex());
        fingerprints.insert(index[i].id, fingerprint);
        if (m_options.fullSync || !previousFolders.contains(index[i].id)
            || previousFingerprints.value(index[i].id).toString() != fingerprint) {
            changed.push_back(i);
            changedFingerprints.push_back(fingerprint);
            wantedStaged.insert(ApiDetailStaging::key(index[i].id, fingerprint));
        }
    }

    // Details an interrupted sync already fetched (for the same index entry) are taken from the
    // staging folder; the rest are fetched, at most maxInFlight at a time (the client queues the
    // rest), and staged as they arrive.
    const ApiDetailStaging staging(store.directory());
    staging.keepOnly(wantedStaged);
    const int total = int(changed.size());
    std::vector<ApiReply> details(changed.size());
    int done = 0;
    for (std::size_t k = 0; k < changed.size(); ++k) {
        const QString &id = index[changed[k]].id;
        if (std::optional<QJsonDocument> page = staging.find(id, changedFingerprints[k])) {
            details[k].path = u"/specs/"_s + id;
            details[k].httpStatus = 200;
            details[k].json = std::move(*page);
            ++done;
        }
    }
    report.resumedSpecs = done;
    promise.setProgressRange(0, total);
    const QString resumedNote = done > 0 ? tr("resumed: %1 of %2 already fetched").arg(done).arg(total) : QString();
    promise.setProgressValueAndText(done, resumedNote.isEmpty()
                                              ? tr("Fetching %n changed spec(s)…", nullptr, total)
                                              : tr("Fetching %n changed spec(s) (%1)…", nullptr, total).arg(resumedNote));
    for (std::size_t k = 0; k < changed.size(); ++k) {
        if (details[k].httpStatus == 200)
            continue; // staged
        const QString &id = index[changed[k]].id; // validated: [a-z0-9-] only, safe in a path
        client.get(u"/specs/"_s + id, [&, k, total](const ApiReply &reply) {
            details[k] = reply;
            ++done;
            if (reply.ok())
                staging.store(index[changed[k]].id, changedFingerprints[k], reply.json);
            const QString fetched = tr("Fetched %1 of %n changed spec(s)…", nullptr, total).arg(done);
            promise.setProgressValueAndText(done, resumedNote.isEmpty() ? fetched : fetched + u" ("_s + resumedNote + u')');
            if (!reply.ok() && reply.httpStatus != 404 && reply.error.kind != ApiError::Kind::Canceled)
                client.cancelAll(); // one failure fails the sync: stop asking
        });
    }
    client.waitForIdle(isCanceled);
    account();
    if (promise.isCanceled())
        return nullptr;

    std::vector<ParsedSpecFolder> folders;
    folders.reserve(index.size() + 1);
    std::vector<bool> isChanged(index.size(), false);
    for (std::size_t k = 0; k < changed.size(); ++k) {
        const ApiReply &reply = details[k];
        if (!reply.ok() && reply.httpStatus != 404)
            throw failure(reply.error.message);
        isChanged[changed[k]] = true;
    }
    QHash<QString, std::size_t> detailOf;
    for (std::size_t k = 0; k < changed.size(); ++k)
        detailOf.insert(index[changed[k]].id, k);

    // Specs that left the index, before the kept folders are moved out of the previous copy.
    if (previous) {
        QSet<QString> now;
        for (const ApiIndexEntry &entry : index)
            now.insert(entry.id);
        for (const ParsedSpecFolder &old : previous->folders) {
            if (old.spec && !now.contains(old.spec->id)) {
                ++report.removedSpecs;
                dropStaleCode(store, old, nullptr);
            }
        }
    }
    for (std::size_t i = 0; i < index.size(); ++i) {
        const ApiIndexEntry &entry = index[i];
        ParsedSpecFolder folder;
        if (!isChanged[i]) {
            folder = std::move(previous->folders[previousFolders.value(entry.id)]);
            ++report.keptSpecs;
        } else {
            const ApiReply &reply = details[detailOf.value(entry.id)];
            const QString path = u"/specs/"_s + entry.id;
            std::optional<ApiCatalogMapper::SpecDetail> detail;
            if (reply.ok())
                detail = ApiCatalogMapper::specDetail(reply.json, entry.id, path, folder.warnings);
            else // the index lists it, its page does not exist (yet): show what the index knows
                folder.warnings.append({path, 0, CatalogWarning::Kind::MissingFile, CatalogWarning::Severity::Warning,
                                        tr("the index lists this spec but its details answer 404; only the index "
                                           "entry is shown")});
            if (!detail)
                detail = ApiCatalogMapper::fromIndex(entry);
            folder.spec = std::move(detail->spec);
            folder.implementations = std::move(detail->implementations);
            report.changedIds.append(entry.id);
            if (previousFolders.contains(entry.id))
                dropStaleCode(store, previous->folders[previousFolders.value(entry.id)], &folder);
        }
        folders.push_back(std::move(folder));
    }
    ParsedSpecFolder catalogWide;
    catalogWide.warnings = std::move(catalogWarnings);
    folders.push_back(std::move(catalogWide));

    OfflineCopy copy;
    copy.info.kind = originKind;
    copy.info.location = m_options.baseUrl.toString();
    copy.info.displayName = displayName();
    copy.info.syncedAt = QDateTime::currentDateTimeUtc();
    QJsonObject extra = librariesToJson(libraryList);
    extra.insert(u"fingerprints"_s, fingerprints);
    extra.insert(u"stats"_s, report.stats);
    copy.info.extra = extra;
    copy.folders = std::move(folders);

    report.syncedAt = copy.info.syncedAt;
    report.changedSpecs = int(report.changedIds.size());
    CatalogPtr catalog = store.catalog(copy, false);
    report.specs = int(catalog->specs().size());
    report.implementations = int(catalog->implementations().size());
    if (promise.isCanceled())
        return nullptr; // canceled at the last moment: the offline copy is not touched either
    promise.setProgressValueAndText(total, tr("Saving the offline copy…"));
    QString saveError;
    if (!store.save(copy, &saveError))
        report.offlineCopyError = saveError; // the staged details stay for the next try
    else
        staging.clear(); // swapped in: nothing left to resume
    return catalog;
}

void ApiCatalogSource::registerCodeFetcher()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CodeLoader::registerFetcher(originKind, [](const Catalog &catalog, const QString &codePath) -> QString {
            // code/{spec}/{language}/{library}.{ext}
            const QStringList parts = codePath.split(u'/');
            if (parts.size() != 4 || parts.first() != u"code"_s)
                throw CodeLoader::LoadError(tr("%1 is not code of the API catalog").arg(codePath));
            const QString specId = parts.at(1);
            const QString library = parts.at(3).section(u'.', 0, 0);
            const std::optional<QUrl> baseUrl = normalizedBaseUrl(catalog.origin().remote, nullptr);
            if (!baseUrl)
                throw CodeLoader::LoadError(tr("The catalog does not say which API it came from."));
            ApiClientOptions options;
            options.baseUrl = *baseUrl;
            options.maxAttempts = 3;
            ApiClient client(options);
            ApiReply reply;
            client.get(u"/specs/%1/%2/code"_s.arg(specId, library), [&reply](const ApiReply &r) { reply = r; });
            client.waitForIdle({});
            if (!reply.ok())
                throw CodeLoader::LoadError(tr("The code could not be fetched: %1").arg(reply.error.message));
            QString error;
            const std::optional<QString> code = ApiCatalogMapper::code(reply.json, &error);
            if (!code)
                throw CodeLoader::LoadError(tr("The code could not be fetched: %1").arg(error));
            // Kept for offline use; a failure to keep it does not stop it from being shown.
            OfflineCatalogStore(catalog.origin().location).saveCode(codePath, *code);
            return *code;
        });
    });
}
