#include "databasepushtask.h"

#include "catalogfileprovider.h"
#include "catalogsources.h"
#include "postgresconnection.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent>

namespace DatabasePushTask {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabasePushTask", text);
}

PostgresPushReport failure(const QString &error)
{
    PostgresPushReport report;
    report.error = error;
    return report;
}

PostgresPushReport stoppedEarly()
{
    PostgresPushReport report = failure(tr("stopped before anything was written"));
    report.stopped = true;
    return report;
}
} // namespace

PostgresPushReport run(const Request &request, const std::function<bool()> &isCanceled,
                       const std::function<void(int, const QString &)> &progress)
{
    const auto step = [&](int done, const QString &text) {
        if (progress)
            progress(done, text);
    };
    step(0, tr("Reading the catalog…"));
    QString error;
    const CatalogSourcePtr source = CatalogSources::fromArgument(request.catalog, {true, false}, &error);
    if (!source)
        return failure(error);
    const CatalogPtr catalog = CatalogLoader::loadBlocking(*source);
    if (!catalog || catalog->specs().empty())
        return failure(tr("the catalog has no specs to push"));
    if (isCanceled())
        return stoppedEarly();

    step(1, tr("Connecting to %1…").arg(request.login.displayName()));
    const auto connection = PostgresConnection::open(request.login, &error);
    if (!connection)
        return failure(error);
    if (isCanceled())
        return stoppedEarly();

    step(2, request.dryRun ? tr("Comparing %1 specs and %2 implementations with the database…")
                                 .arg(catalog->specs().size())
                                 .arg(catalog->implementations().size())
                           : tr("Writing %1 specs and %2 implementations in one transaction…")
                                 .arg(catalog->specs().size())
                                 .arg(catalog->implementations().size()));
    PostgresStore::Options options;
    options.dryRun = request.dryRun;
    options.memoryDirectory = request.memoryDirectory;
    options.isCanceled = isCanceled;
    PostgresPushReport report = PostgresStore(*connection).push(*catalog, CatalogFiles::readerFor(*source, *catalog), options);
    step(steps, {});
    return report;
}

QFuture<PostgresPushReport> start(const Request &request)
{
    return QtConcurrent::run(catalogLoadPool(), [request](QPromise<PostgresPushReport> &promise) {
        promise.setProgressRange(0, steps);
        const auto isCanceled = [&promise, stop = request.stop] {
            return promise.isCanceled() || (stop && stop->load());
        };
        promise.addResult(run(request, isCanceled, [&promise](int done, const QString &text) {
            promise.setProgressValueAndText(done, text);
        }));
    });
}

} // namespace DatabasePushTask
