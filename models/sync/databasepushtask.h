#pragma once

#include "postgreslogin.h"
#include "postgresstore.h"

#include <QFuture>

#include <atomic>
#include <memory>

// Catalog → Push to Database…: the same work as `plotbench db push`, on a worker. The catalog is
// read from where the user points (a checkout, its plots/ folder, a .zip or "sample"), the database
// is reached with the login, and the push runs with anyplot's sync semantics in one transaction.
// The future reports its steps as progress text and can be canceled until the transaction commits;
// a push that fails or is canceled writes nothing (the transaction is rolled back).
namespace DatabasePushTask {
struct Request
{
    QString catalog; // as `db push SOURCE` takes it
    PostgresLogin login;
    bool dryRun = false;
    QString memoryDirectory; // PostgresStore::Options::memoryDirectory
    // Stop, from any thread. Unlike QFuture::cancel() it keeps the report: a Stop that comes
    // after COMMIT still learns that the rows were written.
    std::shared_ptr<std::atomic_bool> stop;
};

QFuture<PostgresPushReport> start(const Request &request);
// The worker's body, for callers that are already off the GUI thread.
PostgresPushReport run(const Request &request, const std::function<bool()> &isCanceled,
                       const std::function<void(int step, const QString &text)> &progress = {});
inline constexpr int steps = 3; // read the catalog, connect, write
}
