#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Where a catalog script may write, and how that is enforced, in two layers:
//  1. bubblewrap (when `bwrap` is installed and user namespaces work here): the whole filesystem
//     read-only, only the run folder, its HOME and TMPDIR writable, a private /tmp, no network,
//     its own PID namespace. A write elsewhere fails with EROFS inside the script.
//  2. always, and the only layer without bubblewrap: Python is started through a bootstrap that
//     installs an audit hook (sys.addaudithook) refusing writes, renames, removals … outside the
//     writable folders and any socket connect, and reports each attempt on stderr with a marker
//     line the runner reads (and then stops the script). Audit hooks see Python's own calls only:
//     native code and child processes are not watched by this layer; bubblewrap covers those.
class RunSandbox
{
public:
    enum class Mode {
        Bubblewrap, // bubblewrap + the audit hook
        AuditHook,  // the audit hook alone
    };

    // `writable`: the folders the script may write into (its run folder, HOME, TMPDIR).
    RunSandbox(Mode mode, QStringList writable);

    // Whether bubblewrap is there and works on this machine: probed once (a real sandboxed
    // /bin/true), then cached. `reason` says why not.
    static bool bubblewrapWorks(QString *reason = nullptr);
    // The mode a run gets: bubblewrap when it works, unless `forceAuditHook` or the environment
    // variable PLOTBENCH_SANDBOX=audit asks for the fallback.
    static Mode choose(bool forceAuditHook);

    Mode mode() const { return m_mode; }
    // In words, for the report: "bubblewrap (read-only system, no network) and a Python audit hook".
    QString description() const;

    // The program and arguments that run `python` with `pythonArguments` (the script's own
    // arguments follow the bootstrap's) inside the sandbox, with `workDir` as current folder.
    QString program(const QString &python) const;
    QStringList arguments(const QString &python, const QStringList &pythonArguments, const QString &workDir) const;
    // `python -c <bootstrap> <config> <script>`: the script run with runpy as __main__.
    QStringList scriptArguments(const QString &scriptFileName) const;

    // The attempts the bootstrap reported, read from stderr line by line.
    struct Attempt
    {
        enum class Kind { Write, Connect };
        Kind kind;
        QString target; // the resolved path, or host:port
    };
    // Takes the marker out of one stderr line; true when the line was one (only `before`, any
    // text the script printed on the same line ahead of it, is left to show).
    static bool parseMarker(const QByteArray &line, Attempt *attempt, QByteArray *before);
    // What bubblewrap refused that the audit hook could not see (native code, children): the
    // "Read-only file system: 'path'" and "Network is unreachable" errors Python prints.
    static QList<Attempt> refusedBySystem(const QByteArray &standardError);

private:
    Mode m_mode;
    QStringList m_writable;
};
