#include "commands.h"
#include "commandsupport.h"

#include "catalogstats.h"
#include "githubarchivecatalogsource.h"
#include "githubarchivedownload.h"
#include "offlinecopyingsource.h"
#include "syncerror.h"
#include "zipcatalogsource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CommandLine {

int syncArchive(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption repo{u"repo"_s, tr("The repository (default MarkusNeusinger/anyplot)."), tr("OWNER/NAME"),
                                  u"MarkusNeusinger/anyplot"_s};
    const QCommandLineOption ref{u"ref"_s, tr("Branch, tag or commit (default main)."), tr("REF"), u"main"_s};
    const QCommandLineOption apiUrl{u"api-url"_s, tr("The GitHub API (default https://api.github.com)."), tr("URL"),
                                    u"https://api.github.com"_s};
    const QCommandLineOption output{u"output"_s, tr("Where to keep the downloaded zip (default: the cache)."), tr("ZIP")};
    const QCommandLineOption file{u"file"_s, tr("Index a local zip of a checkout instead of downloading one."), tr("ZIP")};
    const QCommandLineOption json{u"json"_s, tr("Print machine-readable JSON.")};
    parser.addOptions({repo, ref, apiUrl, output, file, json});
    parser.setApplicationDescription(
        tr("Usage: %1 [--repo OWNER/NAME] [--ref REF] [--api-url URL] [--output ZIP] | --file ZIP [--json]")
            .arg(arguments.first())
        + u'\n'
        + tr("Downloads the repository's zipball through the GitHub API (GITHUB_TOKEN is used when set) and "
             "indexes it in place, without unpacking."));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));
    if (parser.isSet(file) && (parser.isSet(repo) || parser.isSet(ref) || parser.isSet(apiUrl) || parser.isSet(output)))
        return fail(tr("--file indexes a local zip; it does not go with --repo, --ref, --api-url or --output"));

    QString zipPath = parser.value(file);
    qint64 resumedFrom = 0, resumedOf = 0; // a partial download continued: bytes already fetched, of
    if (zipPath.isEmpty()) {
        GitHubArchiveDownload::Request request;
        request.apiUrl = parser.value(apiUrl);
        request.repository = parser.value(repo);
        request.ref = parser.value(ref);
        request.targetPath = parser.isSet(output) ? parser.value(output)
                                                  : GitHubArchiveCatalogSource::defaultArchivePath(request.repository, request.ref);
        request.token = qgetenv("GITHUB_TOKEN");
        QString error;
        const auto onResumed = [&](qint64 alreadyFetched, qint64 total) {
            resumedFrom = alreadyFetched;
            resumedOf = total;
            QTextStream(stderr) << tr("Download resumed: %1 of %2 bytes already fetched\n").arg(alreadyFetched).arg(total);
        };
        if (!GitHubArchiveDownload::downloadBlocking(request, &error, {}, {}, onResumed))
            return fail(error);
        zipPath = request.targetPath;
    } else if (!QFileInfo(zipPath).isFile()) {
        return fail(tr("%1 does not exist").arg(zipPath));
    }

    QString error;
    const auto index = ZipArchiveIndex::open(zipPath, {}, &error);
    const QString sha = index ? index->commitSha() : QString();
    // Kept as the offline copy the window opens next time: a download by repository and ref, a
    // local zip by its path. A refused archive fails and leaves the previous copy as it was.
    OfflineCopyingSource::Options copy;
    copy.kind = u"archive"_s;
    if (parser.isSet(file)) {
        copy.location = QFileInfo(zipPath).absoluteFilePath();
        copy.displayName = [](const Catalog &catalog) { return tr("Zip %1").arg(catalog.origin().displayName); };
    } else {
        const QString api = parser.value(apiUrl);
        copy.location = (api == u"https://api.github.com"_s ? QString() : api + u' ') + parser.value(repo) + u'@'
            + parser.value(ref);
        copy.displayName = [name = OfflineCopyingSource::archiveName(parser.value(repo), sha)](const Catalog &) { return name; };
    }
    const OfflineCopyingSource source(std::make_shared<ZipCatalogSource>(zipPath), copy);
    CatalogPtr catalog;
    try {
        catalog = CatalogLoader::loadBlocking(source);
    } catch (const SyncError &refused) {
        return fail(refused.message());
    }
    if (!catalog)
        return fail(tr("the catalog could not be loaded"));
    for (const CatalogWarning &warning : catalog->warnings()) {
        if (warning.severity == CatalogWarning::Severity::Error && catalog->specs().empty())
            return fail(warning.message);
    }
    const OfflineCopyingSource::Report kept = source.lastReport();
    const CatalogStats stats = CatalogStats::compute(*catalog);
    if (parser.isSet(json)) {
        QJsonObject object = stats.toJson();
        object.insert(u"source"_s, catalog->origin().displayName);
        object.insert(u"archive"_s, QDir::toNativeSeparators(QFileInfo(zipPath).absoluteFilePath()));
        object.insert(u"commit"_s, sha);
        const QJsonObject keptJson = kept.toJson();
        for (auto it = keptJson.begin(); it != keptJson.end(); ++it)
            object.insert(it.key(), it.value());
        object.insert(u"resumed"_s, QJsonObject{{u"already_fetched"_s, resumedFrom}, {u"of"_s, resumedOf}});
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Indexed %1 (commit %2) in place: %3 and %4.\n")
                     .arg(QDir::toNativeSeparators(zipPath), sha.isEmpty() ? tr("unknown") : sha,
                          tr("%n spec(s)", nullptr, int(catalog->specs().size())),
                          tr("%n implementation(s)", nullptr, int(catalog->implementations().size())));
        out() << stats.toText();
        out() << (kept.offlineCopyError.isEmpty()
                      ? tr("Kept for offline use in %1.\n").arg(QDir::toNativeSeparators(kept.offlineDirectory))
                      : tr("The offline copy could not be written: %1\n").arg(kept.offlineCopyError));
    }
    return Success;
}

} // namespace CommandLine
