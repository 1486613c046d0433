#pragma once

#include <QElapsedTimer>
#include <QMutex>

// Runs `body(report)` on a fresh report and keeps it, with the time taken, in `kept` (guarded by
// `mutex`, read by another thread through lastReport()) — also when the body throws, so that a
// failed sync still tells what it did before it failed.
template <typename Report, typename Body>
auto runKeepingReport(Report &kept, QMutex &mutex, Body &&body)
{
    Report report;
    QElapsedTimer timer;
    timer.start();
    const auto keep = [&] {
        report.elapsedMs = timer.elapsed();
        const QMutexLocker lock(&mutex);
        kept = report;
    };
    try {
        auto result = body(report);
        keep();
        return result;
    } catch (...) {
        keep();
        throw;
    }
}
