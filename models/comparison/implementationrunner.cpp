#include "implementationrunner.h"

#include "runsandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImplementationRunner", text, nullptr, n);
}

constexpr qint64 keptStreamBytes = 64 * 1024;
constexpr qint64 maxCopiedFileBytes = 16 << 20;
constexpr int maxCopiedFiles = 200;
// Decoded smaller on the worker: shown beside a preview, a 4800 px picture would only be scaled down
// on the GUI thread (and alias).
constexpr int maxImageSide = 1600;

// Files under `root` with their size and modification time, relative paths; `skip` are relative
// folders not descended into.
QHash<QString, QPair<qint64, qint64>> listing(const QString &root, const QStringList &skip = {})
{
    QHash<QString, QPair<qint64, qint64>> files;
    if (root.isEmpty() || root.startsWith(u':') || !QFileInfo(root).isDir())
        return files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext() && ++seen < 20000) {
        it.next();
        const QString relative = base.relativeFilePath(it.filePath());
        if (std::any_of(skip.cbegin(), skip.cend(),
                        [&](const QString &s) { return relative == s || relative.startsWith(s + u'/'); }))
            continue;
        const QFileInfo info = it.fileInfo();
        if (info.isDir())
            continue;
        files.insert(relative, {info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

QStringList changedFiles(const QHash<QString, QPair<qint64, qint64>> &before,
                         const QHash<QString, QPair<qint64, qint64>> &after, const QString &prefix)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || *old != *it)
            changed.append(prefix + it.key());
    }
    changed.sort();
    return changed;
}

struct ProcessOutcome
{
    bool started = false;
    bool finished = false;
    bool timedOut = false;
    bool tooMuchOutput = false;
    bool canceled = false;
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    bool truncated = false;
    QString startError;
    QList<RunSandbox::Attempt> refused; // reported by the sandbox's bootstrap; the first one stops it
};

void appendBounded(QByteArray &kept, const QByteArray &chunk, bool *truncated)
{
    const qint64 room = keptStreamBytes - kept.size();
    if (room >= chunk.size()) {
        kept += chunk;
    } else {
        if (room > 0)
            kept += chunk.left(room);
        *truncated = true;
    }
}

void killGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0) {
        ::kill(-pid_t(pid), SIGTERM); // the whole group: a script's own children too
        if (!process.waitForFinished(1000)) {
            ::kill(-pid_t(pid), SIGKILL);
            process.waitForFinished(2000);
        }
    } else {
        process.kill();
        process.waitForFinished(2000);
    }
}

// stderr split into lines, the sandbox's marker lines taken out as refused attempts, the rest kept.
class StandardErrorReader
{
public:
    explicit StandardErrorReader(ProcessOutcome &outcome) : m_outcome(outcome) {}
    void add(const QByteArray &chunk)
    {
        m_pending += chunk;
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            line(m_pending.left(end + 1));
            m_pending.remove(0, end + 1);
        }
        // A script printing megabytes without a newline: no marker is that long.
        if (m_pending.size() > 16384)
            flush();
    }
    void flush()
    {
        if (!m_pending.isEmpty())
            line(std::exchange(m_pending, {}));
    }

private:
    void line(const QByteArray &text)
    {
        RunSandbox::Attempt attempt;
        QByteArray before;
        if (RunSandbox::parseMarker(text, &attempt, &before)) {
            m_outcome.refused.append(attempt);
            appendBounded(m_outcome.err, before, &m_outcome.truncated);
        } else {
            appendBounded(m_outcome.err, text, &m_outcome.truncated);
        }
    }
    ProcessOutcome &m_outcome;
    QByteArray m_pending;
};

// Runs one process to the end, within the limits, on the calling thread.
ProcessOutcome runProcess(const QString &program, const QStringList &arguments, const QString &workDir,
                          const QStringList &environment, int timeoutMs, qint64 maxOutputBytes, qint64 maxFileBytes,
                          const std::atomic_bool *canceled)
{
    ProcessOutcome outcome;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workDir);
    process.setEnvironment(environment);
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    const rlim_t fileLimit = rlim_t(maxFileBytes);
    const rlim_t cpuLimit = rlim_t(timeoutMs / 1000 + 5);
    process.setChildProcessModifier([fileLimit, cpuLimit] {
        // After fork, before exec: async-signal-safe calls only.
        ::setsid();
        const struct rlimit files{fileLimit, fileLimit};
        ::setrlimit(RLIMIT_FSIZE, &files);
        const struct rlimit cpu{cpuLimit, cpuLimit};
        ::setrlimit(RLIMIT_CPU, &cpu);
    });
    process.start();
    if (!process.waitForStarted(10000)) {
        outcome.startError = process.errorString();
        return outcome;
    }
    outcome.started = true;
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    StandardErrorReader errors(outcome);
    while (true) {
        const bool done = process.waitForFinished(50);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        total += out.size() + err.size();
        appendBounded(outcome.out, out, &outcome.truncated);
        errors.add(err);
        if (done || process.state() == QProcess::NotRunning)
            break;
        if (!outcome.refused.isEmpty()) {
            // The first attempt outside ends it: a script catching the PermissionError must not
            // go on probing.
            killGroup(process);
            break;
        }
        if (total > maxOutputBytes) {
            outcome.tooMuchOutput = true;
            killGroup(process);
            break;
        }
        if (canceled && canceled->load()) {
            outcome.canceled = true;
            killGroup(process);
            break;
        }
        if (timer.elapsed() > timeoutMs) {
            outcome.timedOut = true;
            killGroup(process);
            break;
        }
    }
    errors.add(process.readAllStandardError());
    errors.flush();
    // Children that outlived the script go with its group.
    if (process.processId() > 0)
        ::kill(-pid_t(process.processId()), SIGKILL);
    outcome.finished = !outcome.timedOut && !outcome.tooMuchOutput && !outcome.canceled;
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    return outcome;
}

QString firstLines(const QByteArray &text, int lines)
{
    const QStringList all = QString::fromUtf8(text).trimmed().split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace

QString RunResult::statusKey(Status status)
{
    switch (status) {
    case Status::Finished:
        return u"finished"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::TimedOut:
        return u"timed_out"_s;
    case Status::OutputTooLarge:
        return u"output_too_large"_s;
    case Status::Canceled:
        return u"canceled"_s;
    case Status::PythonMissing:
        return u"python_missing"_s;
    case Status::LibraryMissing:
        return u"library_missing"_s;
    case Status::CouldNotStart:
        return u"could_not_start"_s;
    case Status::WroteOutsideFolder:
        return u"wrote_outside_folder"_s;
    case Status::ReachedForNetwork:
        return u"reached_for_network"_s;
    }
    return {};
}

namespace ImplementationRunner {

QString pythonModule(const QString &libraryId)
{
    if (libraryId == u"letsplot"_s)
        return u"lets_plot"_s;
    if (libraryId == u"highcharts"_s)
        return u"highcharts_core"_s;
    return libraryId;
}

QStringList environment(const QString &sandboxRoot, const QString &theme)
{
    // An allow-list, not a deny-list: whatever secret the user's shell holds (GITHUB_TOKEN,
    // PGPASSWORD, AWS_…, SSH_AUTH_SOCK) never reaches catalog code.
    static const QStringList allowed{u"PATH"_s, u"LANG"_s, u"LC_ALL"_s, u"LC_CTYPE"_s, u"LANGUAGE"_s, u"TZ"_s,
                                     u"USER"_s, u"LOGNAME"_s, u"FONTCONFIG_PATH"_s};
    QStringList env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : allowed)
        if (system.contains(key))
            env.append(key + u'=' + system.value(key));
    if (!system.contains(u"PATH"_s))
        env.append(u"PATH=/usr/local/bin:/usr/bin:/bin"_s);
    env.append(u"HOME="_s + sandboxRoot + u"/home"_s);
    env.append(u"TMPDIR="_s + sandboxRoot + u"/tmp"_s);
    env.append(u"MPLCONFIGDIR="_s + sandboxRoot + u"/home/.matplotlib"_s);
    env.append(u"XDG_CACHE_HOME="_s + sandboxRoot + u"/home/.cache"_s);
    env.append(u"MPLBACKEND=Agg"_s);
    env.append(u"QT_QPA_PLATFORM=offscreen"_s);
    env.append(u"PYTHONDONTWRITEBYTECODE=1"_s);
    env.append(u"PYTHONUNBUFFERED=1"_s);
    env.append(u"ANYPLOT_THEME="_s + (theme == u"dark"_s ? u"dark"_s : u"light"_s));
    return env;
}

RunRequest requestFor(const Catalog &catalog, const Implementation &implementation, PreviewTheme theme)
{
    RunRequest request;
    request.scriptPath = implementation.hasCode() ? catalog.absolutePath(implementation.codePath) : QString();
    request.libraryId = implementation.libraryId;
    request.theme = theme == PreviewTheme::Dark ? u"dark"_s : u"light"_s;
    return request;
}

RunResult runBlocking(const RunRequest &request, const std::atomic_bool *canceled)
{
    RunResult result;
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&](RunResult::Status status, const QString &message) {
        result.status = status;
        result.message = message;
        result.elapsedMs = timer.elapsed();
        return result;
    };

    const QFileInfo script(request.scriptPath);
    if (request.scriptPath.isEmpty() || !script.exists() || script.suffix() != u"py"_s)
        return finish(RunResult::Status::CouldNotStart, tr("There is no Python script to run for this implementation."));
    // Candidates: the one asked for, else python3 on PATH and the system's (a pyenv or venv
    // python3 first on PATH often lacks the plotting libraries Debian's has).
    QStringList pythons;
    if (!request.python.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(request.python);
        if (!found.isEmpty())
            pythons.append(found);
    } else {
        for (const QString &candidate : {QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s,
                                         u"/usr/local/bin/python3"_s}) {
            const QString canonical = QFileInfo(candidate).canonicalFilePath();
            if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable() && !pythons.contains(canonical))
                pythons.append(canonical);
        }
    }
    if (pythons.isEmpty())
        return finish(RunResult::Status::PythonMissing,
                      tr("Python 3 is not installed on this machine (no python3 on PATH). Install it to run "
                         "implementations locally, e.g. 'apt install python3'."));

    QTemporaryDir root(QDir::tempPath() + u"/plotbench-run-XXXXXX"_s);
    if (!root.isValid())
        return finish(RunResult::Status::CouldNotStart, tr("No temporary folder could be made: %1").arg(root.errorString()));
    // The copy sits a few folders deep, as in a catalog, so that "../" writes stay in our folder.
    const QString specFolder = script.absoluteDir().absolutePath().section(u'/', -3, -3);
    const QString relativeWork = u"plots/"_s + (specFolder.isEmpty() ? u"spec"_s : specFolder) + u"/implementations/python"_s;
    const QString work = root.path() + u'/' + relativeWork;
    if (!QDir().mkpath(work) || !QDir().mkpath(root.path() + u"/home"_s) || !QDir().mkpath(root.path() + u"/tmp"_s))
        return finish(RunResult::Status::CouldNotStart, tr("The temporary folder could not be prepared."));

    // A copy of the script's folder: the files only, each of reasonable size.
    const QString sourceFolder = script.absolutePath();
    const QFileInfoList files = QDir(sourceFolder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    int copied = 0;
    for (const QFileInfo &file : files) {
        if (file.size() > maxCopiedFileBytes || ++copied > maxCopiedFiles)
            continue;
        QFile in(file.absoluteFilePath());
        QFile out(work + u'/' + file.fileName());
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0)
            return finish(RunResult::Status::CouldNotStart, tr("%1 could not be copied.").arg(file.fileName()));
    }
    const QStringList env = environment(root.path(), request.theme);
    const QStringList skipOurs{relativeWork, u"home"_s, u"tmp"_s};
    const auto rootBefore = listing(root.path(), skipOurs);
    const auto sourceBefore = listing(sourceFolder);
    const RunSandbox sandbox(RunSandbox::choose(request.forceAuditHook),
                             {work, root.path() + u"/home"_s, root.path() + u"/tmp"_s});
    result.sandbox = sandbox.description();

    // Is the library there? One short import per candidate, with the same environment, from a
    // folder without the script: `matplotlib.py` beside it would shadow the real matplotlib.
    const QString module = pythonModule(request.libraryId);
    QString python;
    ProcessOutcome probe;
    for (const QString &candidate : std::as_const(pythons)) {
        const QString probeDir = root.path() + u"/tmp"_s;
        probe = runProcess(sandbox.program(candidate),
                           sandbox.arguments(candidate,
                                             {u"-c"_s, u"import sys, importlib\nsys.path[:] = [p for p in sys.path if p not in ('', '.')]\n"
                                                       "m = importlib.import_module(sys.argv[1])\n"
                                                       "print(sys.version.split()[0]); print(getattr(m, '__version__', 'unknown'))"_s,
                                              module},
                                             probeDir),
                           probeDir, env, std::min(request.timeoutMs, 60000), request.maxOutputBytes,
                           request.maxFileBytes, canceled);
        if (probe.canceled)
            return finish(RunResult::Status::Canceled, tr("Canceled."));
        if (probe.started && probe.finished && probe.exitCode == 0) {
            python = candidate;
            break;
        }
    }
    if (python.isEmpty()) {
        if (!probe.started)
            return finish(RunResult::Status::CouldNotStart,
                          tr("%1 could not be started: %2").arg(pythons.join(u", "_s), probe.startError));
        result.standardError = probe.err;
        return finish(RunResult::Status::LibraryMissing,
                      tr("No Python here has %1 (import %2 failed with %3). Install it to run this implementation, "
                         "e.g. 'apt install python3-%1' or 'pip install %1'.")
                          .arg(request.libraryId, module, pythons.join(u", "_s)));
    }
    const QStringList versions = QString::fromUtf8(probe.out).trimmed().split(u'\n');
    result.pythonVersion = versions.value(0).trimmed();
    result.libraryVersion = versions.value(1).trimmed();

    // As `python3 <script>` in its folder, through the sandbox's bootstrap.
    const ProcessOutcome run = runProcess(sandbox.program(python),
                                          sandbox.arguments(python, sandbox.scriptArguments(script.fileName()), work),
                                          work, env, request.timeoutMs,
                                          request.maxOutputBytes, request.maxFileBytes, canceled);
    result.standardOutput = run.out;
    result.standardError = run.err;
    result.outputTruncated = run.truncated;
    result.exitCode = run.exitCode;

    // What it drew.
    const QFileInfoList produced = QDir(work).entryInfoList({u"plot*.png"_s, u"plot*.html"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : produced) {
        RunOutputFile output{file.fileName(), file.size(), {}};
        if (file.suffix() == u"png"_s) {
            QImageReader reader(file.absoluteFilePath());
            const QSize size = reader.size();
            if (size.isValid() && (size.width() > maxImageSide || size.height() > maxImageSide))
                reader.setScaledSize(size.scaled(maxImageSide, maxImageSide, Qt::KeepAspectRatio));
            output.image = reader.read();
        }
        result.outputs.append(output);
    }
    // What the sandbox refused: paths in our temporary folder are shown as the script wrote them.
    QList<RunSandbox::Attempt> refused = run.refused;
    if (refused.isEmpty() && sandbox.mode() == RunSandbox::Mode::Bubblewrap)
        refused = RunSandbox::refusedBySystem(run.err);
    const QString canonicalRoot = QFileInfo(root.path()).canonicalFilePath();
    for (const RunSandbox::Attempt &attempt : std::as_const(refused)) {
        if (attempt.kind == RunSandbox::Attempt::Kind::Connect) {
            result.networkAttempts.append(attempt.target);
            continue;
        }
        // The Python side resolves symlinks, so compare with canonical paths.
        const QString shown = attempt.target.startsWith(canonicalRoot + u'/')
                                  ? QDir(QFileInfo(work).canonicalFilePath()).relativeFilePath(attempt.target)
                                  : attempt.target;
        if (!result.outsideWrites.contains(shown))
            result.outsideWrites.append(shown);
    }
    // Where it should not have written, and did anyway (a hole in both layers).
    QStringList changed = changedFiles(rootBefore, listing(root.path(), skipOurs), QString());
    for (QString &path : changed)
        path = QDir(work).relativeFilePath(root.path() + u'/' + path);
    changed += changedFiles(sourceBefore, listing(sourceFolder), sourceFolder + u'/');
    for (const QString &path : std::as_const(changed))
        if (!result.outsideWrites.contains(path))
            result.outsideWrites.append(path);
    const QString outsideNote = changed.isEmpty()
                                    ? QString()
                                    : u' ' + tr("It wrote outside its folder (removed with the temporary copy): %1.")
                                                 .arg(changed.join(u", "_s));

    if (run.canceled)
        return finish(RunResult::Status::Canceled, tr("Canceled.") + outsideNote);
    if (!result.outsideWrites.isEmpty() && changed.isEmpty())
        return finish(RunResult::Status::WroteOutsideFolder,
                      tr("Stopped: the script tried to write outside its folder, to %1. Only its own folder is "
                         "writable; nothing was written there.")
                          .arg(result.outsideWrites.join(u", "_s)));
    if (!result.outsideWrites.isEmpty())
        return finish(RunResult::Status::WroteOutsideFolder, outsideNote.trimmed());
    if (!result.networkAttempts.isEmpty())
        return finish(RunResult::Status::ReachedForNetwork,
                      tr("Stopped: the script tried to reach the network (%1). Scripts run without network access.")
                          .arg(result.networkAttempts.join(u", "_s)));
    if (run.timedOut)
        return finish(RunResult::Status::TimedOut,
                      tr("Stopped after %1 s: the script did not finish in time.").arg(request.timeoutMs / 1000));
    if (run.tooMuchOutput)
        return finish(RunResult::Status::OutputTooLarge,
                      tr("Stopped: the script printed more than %1 KiB.").arg(request.maxOutputBytes / 1024));
    if (run.crashed || run.exitCode != 0) {
        const QString tail = firstLines(run.err, 3);
        return finish(RunResult::Status::Failed,
                      tr("The script failed (exit code %1)%2").arg(run.exitCode).arg(tail.isEmpty() ? u"."_s : u": "_s + tail));
    }
    if (result.outputs.isEmpty())
        return finish(RunResult::Status::Finished, tr("The script finished but wrote no plot*.png or plot*.html."));
    return finish(RunResult::Status::Finished,
                  tr("Ran with Python %1 and %2 %3 in %4 ms.")
                          .arg(result.pythonVersion, request.libraryId, result.libraryVersion)
                          .arg(timer.elapsed()));
}

RunHandle runAsync(const RunRequest &request)
{
    RunHandle handle;
    handle.canceled = std::make_shared<std::atomic_bool>(false);
    // Its own thread: a run waits on a process for up to minutes and must not hold a pool
    // thread other work needs.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    handle.future = QtConcurrent::run(pool, [request, flag = handle.canceled] { return runBlocking(request, flag.get()); });
    return handle;
}

} // namespace ImplementationRunner
