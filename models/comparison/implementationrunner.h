#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

// Runs a catalog's Python implementation on this machine, the way anyplot's CI runs it, so a
// reviewer sees whether it still runs and what it draws now. Only ever on an explicit request.
//
// The script's folder is copied into a temporary directory and run there with python3, with
// ANYPLOT_THEME set, HOME/TMPDIR inside the temporary directory, an environment built from a short
// allow-list (no tokens, no PG*, no cloud credentials inherit), its own process group (killed
// whole on timeout or cancel), limits on time, file size and captured output, inside RunSandbox:
// bubblewrap where it works (read-only system, no network) and always a Python audit hook that
// refuses writes outside the run folder and network connects. The first such attempt stops the
// script and is reported with its path. Afterwards the plot*.png / plot*.html it wrote are
// collected, and files that changed outside its folder anyway (next to it, in the temp folder, in
// the catalog folder) are reported too.
struct RunRequest
{
    QString scriptPath;          // the .py file (a path QFile opens: a disk path or a resource)
    QString libraryId;           // matplotlib, seaborn, … (which module must be importable)
    QString theme = QStringLiteral("light"); // ANYPLOT_THEME
    QString python;              // empty: python3 from PATH
    int timeoutMs = 120000;
    qint64 maxOutputBytes = 1 << 20; // stdout + stderr; more and the script is stopped
    qint64 maxFileBytes = 256LL << 20; // RLIMIT_FSIZE: no single file larger
    bool forceAuditHook = false; // no bubblewrap even when it works (so does PLOTBENCH_SANDBOX=audit)
};

struct RunOutputFile
{
    QString name;    // plot-light.png, plot.html …
    qint64 bytes = 0;
    QImage image;    // PNGs, decoded at most 1600 px on a side; null for html
};

struct RunResult
{
    enum class Status {
        Finished,       // exit code 0
        Failed,         // non-zero exit code or crash
        TimedOut,
        OutputTooLarge,
        Canceled,
        PythonMissing,
        LibraryMissing,
        CouldNotStart,  // the copy or the process could not be set up
        WroteOutsideFolder, // stopped at its first write outside its folder (outsideWrites)
        ReachedForNetwork,  // stopped at its first network connect (networkAttempts)
    };
    Status status = Status::CouldNotStart;
    int exitCode = -1;
    QString message;              // what happened, in words, for the user
    QString pythonVersion;        // "3.11.2"
    QString libraryVersion;       // "3.6.3"
    QByteArray standardOutput;    // bounded (first 64 KiB kept)
    QByteArray standardError;     // bounded
    bool outputTruncated = false;
    QList<RunOutputFile> outputs; // plot*.png / plot*.html, sorted by name
    QStringList outsideWrites;    // paths it tried to write outside its folder (refused), or changed there
    QStringList networkAttempts;  // host:port it tried to connect to (refused)
    QString sandbox;              // how it was confined, in words
    qint64 elapsedMs = 0;

    bool succeeded() const { return status == Status::Finished; }
    static QString statusKey(Status status); // "finished", "timed_out", …
};

namespace ImplementationRunner {

// The Python module a library id is imported as (letsplot → lets_plot, highcharts → highcharts_core).
QString pythonModule(const QString &libraryId);
// The environment a script gets: an allow-list of the current one plus ANYPLOT_THEME, HOME and
// TMPDIR in `sandboxRoot`, MPLBACKEND=Agg, QT_QPA_PLATFORM=offscreen.
QStringList environment(const QString &sandboxRoot, const QString &theme);

// The whole run, on the calling thread (a worker): copies, checks Python and the library, runs,
// collects. `canceled` may be null.
RunResult runBlocking(const RunRequest &request, const std::atomic_bool *canceled = nullptr);

// On a worker thread; cancel() through the returned handle's flag.
struct RunHandle
{
    QFuture<RunResult> future;
    std::shared_ptr<std::atomic_bool> canceled;
    void cancel() const { if (canceled) canceled->store(true); }
};
RunHandle runAsync(const RunRequest &request);

// The request for an implementation of a catalog (its code file, its library).
RunRequest requestFor(const Catalog &catalog, const Implementation &implementation, PreviewTheme theme);

} // namespace ImplementationRunner
