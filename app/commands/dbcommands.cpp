#include "commands.h"
#include "commandsupport.h"

#include "catalogfileprovider.h"
#include "catalogsources.h"
#include "catalogstats.h"
#include "postgrescatalogsource.h"
#include "postgresconnection.h"
#include "postgrespushmemory.h"
#include "postgresstore.h"
#include "offlinecopyingsource.h"
#include "postgreslogin.h"
#include "syncerror.h"

#include <QDir>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {
QCommandLineOption databaseOption()
{
    return {u"db"_s,
            tr("The database: a postgresql:// URL or key=value string; without it the PG* environment "
               "variables (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE …) and ~/.pgpass are used."),
            tr("URL")};
}

// --help or a parse error: the exit code; otherwise -1 and the command goes on.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, const QString &description)
{
    parser.setApplicationDescription(tr("Usage: %1").arg(usage) + u'\n' + description);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    return -1;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

int dbPush(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption dryRun{u"dry-run"_s, tr("Print what would be added, changed and removed; write nothing.")};
    const QCommandLineOption json{u"json"_s, tr("Print machine-readable JSON.")};
    const QCommandLineOption sendAll{u"send-all"_s, tr("Send every row, also those the last push from this machine "
                                                       "left unchanged in the database.")};
    parser.addOptions({db, dryRun, json, sendAll});
    parser.addPositionalArgument(u"source"_s, tr("The catalog: a checkout, its plots/ folder, a .zip, a database URL "
                                                 "or 'sample'."));
    if (const int early = parse(parser, arguments,
                                arguments.first() + tr(" SOURCE [--db URL] [--dry-run] [--send-all] [--json]"),
                                tr("Writes a catalog into an anyplot PostgreSQL database with anyplot's own sync "
                                   "rules: schema created when missing, everything upserted in one transaction, "
                                   "what left the catalog deleted."));
        early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("expected exactly one catalog source; see --help"));

    QString error;
    const CatalogSourcePtr source = CatalogSources::fromArgument(positional.first(), {true, false}, &error);
    if (!source)
        return fail(error);
    const CatalogPtr catalog = CatalogLoader::loadBlocking(*source);
    if (!catalog)
        return fail(tr("the catalog could not be loaded"));
    for (const CatalogWarning &warning : catalog->warnings()) {
        if (warning.severity == CatalogWarning::Severity::Error && catalog->specs().empty())
            return fail(warning.message); // an unreachable source database, …
    }
    const auto connection = PostgresConnection::open(parser.value(db), &error);
    if (!connection)
        return fail(error);
    PostgresStore::Options options;
    options.dryRun = parser.isSet(dryRun);
    if (!parser.isSet(sendAll))
        options.memoryDirectory = PostgresPushMemory::defaultDirectory();
    const PostgresPushReport report =
        PostgresStore(*connection).push(*catalog, CatalogFiles::readerFor(*source, *catalog), options);
    if (parser.isSet(json)) {
        QJsonObject object = report.toJson();
        object.insert(u"source"_s, catalog->origin().displayName);
        printJson(object);
    } else if (report.ok) {
        out() << report.toText();
    }
    if (!report.ok)
        return fail(tr("nothing was written to %1: %2").arg(report.database, report.error));
    return Success;
}

int syncDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json{u"json"_s, tr("Print machine-readable JSON.")};
    parser.addOptions({db, json});
    if (const int early = parse(parser, arguments, arguments.first() + tr(" [--db URL] [--json]"),
                                tr("Reads the catalog straight from an anyplot PostgreSQL database."));
        early >= 0)
        return early;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; give the database with --db").arg(parser.positionalArguments().first()));
    // Kept as the offline copy the window opens next time (by user@host:port/database); a
    // database that cannot be read fails and leaves the previous copy as it was.
    const PostgresLogin login{parser.value(db), {}, {}};
    OfflineCopyingSource::Options copy;
    copy.kind = u"database"_s;
    copy.location = login.displayName();
    copy.displayName = [name = OfflineCopyingSource::databaseName(copy.location)](const Catalog &) { return name; };
    const OfflineCopyingSource source(std::make_shared<PostgresCatalogSource>(login), copy);
    CatalogPtr catalog;
    try {
        catalog = CatalogLoader::loadBlocking(source);
    } catch (const SyncError &error) {
        return fail(error.message());
    }
    if (!catalog)
        return fail(tr("the catalog could not be loaded"));
    const OfflineCopyingSource::Report kept = source.lastReport();
    const CatalogStats stats = CatalogStats::compute(*catalog);
    if (parser.isSet(json)) {
        QJsonObject object = stats.toJson();
        object.insert(u"source"_s, QString(u"PostgreSQL · "_s + login.displayName()));
        const QJsonObject keptJson = kept.toJson();
        for (auto it = keptJson.begin(); it != keptJson.end(); ++it)
            object.insert(it.key(), it.value());
        printJson(object);
    } else {
        out() << tr("Read %1 and %2 from %3.\n")
                     .arg(tr("%n spec(s)", nullptr, int(catalog->specs().size())),
                          tr("%n implementation(s)", nullptr, int(catalog->implementations().size())),
                          u"PostgreSQL · "_s + login.displayName());
        out() << stats.toText();
        out() << (kept.offlineCopyError.isEmpty()
                      ? tr("Kept for offline use in %1.\n").arg(QDir::toNativeSeparators(kept.offlineDirectory))
                      : tr("The offline copy could not be written: %1\n").arg(kept.offlineCopyError));
    }
    return Success;
}

} // namespace CommandLine
