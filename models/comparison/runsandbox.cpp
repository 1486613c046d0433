#include "runsandbox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunSandbox", text);
}

constexpr char markerPrefix[] = "plotbench-sandbox: ";

// Runs first in the Python process: installs the audit hook, then the script with runpy as
// __main__ (sys.argv[0] = the script, its folder not on sys.path: anyplot names scripts after
// their library, and `import matplotlib` must not import matplotlib.py itself).
// argv: -c <this> <config json> <script> [args…]. The hook cannot be removed once added.
const char bootstrapSource[] = R"PY(import sys
def _plotbench_sandbox():
    import json, os, runpy
    config = json.loads(sys.argv[1])
    del sys.argv[:2]
    sys.path[:] = [p for p in sys.path if p not in ('', '.')]
    sys.dont_write_bytecode = True
    realpath, fsdecode, isabs, join, write = os.path.realpath, os.fsdecode, os.path.isabs, os.path.join, os.write
    roots = tuple(realpath(p) for p in config['roots'])
    files = frozenset(('/dev/null', '/dev/stdout', '/dev/stderr', '/dev/tty'))
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    busy = []

    def resolve(path, dir_fd):
        if path is None or isinstance(path, int):
            return None  # an open descriptor: checked when it was opened
        path = fsdecode(path)
        if not isabs(path):
            usable = isinstance(dir_fd, int) and dir_fd >= 0
            path = join(os.readlink('/proc/self/fd/%d' % dir_fd) if usable else os.getcwd(), path)
        return realpath(path)

    def inside(path):
        return path in files or any(path == r or path.startswith(r + '/') for r in roots)

    def report(kind, what):
        write(2, ('plotbench-sandbox: %s %s\n' % (kind, json.dumps(str(what)))).encode())

    def check(event, *targets):
        for path, dir_fd in targets:
            resolved = resolve(path, dir_fd)
            if resolved is not None and not inside(resolved):
                report('denied-write', resolved)
                raise PermissionError(13, 'Plotbench: no writing outside the run folder (%s)' % event, resolved)

    def hook(event, args):
        if busy:
            return
        busy.append(1)
        try:
            if event == 'open':
                path, mode, flags = args
                if (isinstance(mode, str) and any(c in mode for c in 'wax+')) or (isinstance(flags, int) and flags & write_flags):
                    check(event, (path, None))
            elif event in ('os.rename', 'os.link'):
                check(event, (args[0], args[2]), (args[1], args[3]))
            elif event == 'os.symlink':
                check(event, (args[1], args[2]))
            elif event in ('os.remove', 'os.rmdir', 'shutil.rmtree'):
                check(event, (args[0], args[1] if len(args) > 1 else None))
            elif event in ('os.mkdir', 'os.chmod', 'os.chown', 'os.utime', 'os.mkfifo', 'os.mknod'):
                check(event, (args[0], args[-1]))
            elif event in ('os.truncate', 'os.setxattr', 'os.removexattr', 'os.chflags', 'os.lchflags', 'shutil.copyfile',
                           'shutil.copymode', 'shutil.copystat', 'shutil.copytree', 'shutil.move'):
                check(event, *((a, None) for a in (args[1:2] if event.startswith('shutil.') else args[:1])))
            elif event in ('socket.connect', 'socket.sendto'):
                address = args[1]
                where = ':'.join(str(a) for a in address[:2]) if isinstance(address, tuple) else str(address)
                report('denied-connect', where)
                raise PermissionError(13, 'Plotbench: no network', where)
        finally:
            busy.clear()

    sys.addaudithook(hook)
    runpy.run_path(sys.argv[0], run_name='__main__')
_plotbench_sandbox()
)PY";

QString bwrapPath()
{
    return QStandardPaths::findExecutable(u"bwrap"_s);
}

// The flags every sandboxed run has; the binds of its folders follow.
QStringList baseFlags()
{
    return {u"--ro-bind"_s, u"/"_s, u"/"_s, u"--dev"_s, u"/dev"_s, u"--proc"_s, u"/proc"_s, u"--tmpfs"_s, u"/tmp"_s,
            u"--unshare-all"_s, u"--die-with-parent"_s, u"--new-session"_s};
}

} // namespace

RunSandbox::RunSandbox(Mode mode, QStringList writable) : m_mode(mode), m_writable(std::move(writable)) {}

bool RunSandbox::bubblewrapWorks(QString *reason)
{
    // Once per process: a real sandbox around /bin/true, as a run would have it (user
    // namespaces can be disabled, e.g. kernel.unprivileged_userns_clone=0 or AppArmor).
    static const std::pair<bool, QString> probe = [] {
        const QString bwrap = bwrapPath();
        if (bwrap.isEmpty())
            return std::pair<bool, QString>{false, tr("bwrap (bubblewrap) is not installed")};
        QProcess process;
        process.start(bwrap, baseFlags() + QStringList{u"--"_s, u"/bin/true"_s});
        if (!process.waitForStarted(5000))
            return std::pair<bool, QString>{false, tr("bwrap could not be started: %1").arg(process.errorString())};
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(2000);
            return std::pair<bool, QString>{false, tr("bwrap did not answer in 10 s")};
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return std::pair<bool, QString>{
                false, tr("bwrap does not work here (%1)")
                           .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', 0, 0))};
        return std::pair<bool, QString>{true, QString()};
    }();
    if (reason)
        *reason = probe.second;
    return probe.first;
}

RunSandbox::Mode RunSandbox::choose(bool forceAuditHook)
{
    const bool asked = forceAuditHook
        || QProcessEnvironment::systemEnvironment().value(u"PLOTBENCH_SANDBOX"_s).compare(u"audit"_s, Qt::CaseInsensitive) == 0;
    return !asked && bubblewrapWorks() ? Mode::Bubblewrap : Mode::AuditHook;
}

QString RunSandbox::description() const
{
    return m_mode == Mode::Bubblewrap
        ? tr("bubblewrap (read-only system, no network) and a Python audit hook")
        : tr("a Python audit hook only (bubblewrap is not available: native code and child processes are not watched)");
}

QString RunSandbox::program(const QString &python) const
{
    return m_mode == Mode::Bubblewrap ? bwrapPath() : python;
}

QStringList RunSandbox::arguments(const QString &python, const QStringList &pythonArguments, const QString &workDir) const
{
    if (m_mode != Mode::Bubblewrap)
        return pythonArguments;
    QStringList args = baseFlags();
    // After the private /tmp: the folders it may write, at their own paths (ours live in /tmp).
    for (const QString &folder : m_writable)
        args << u"--bind"_s << folder << folder;
    args << u"--chdir"_s << workDir << u"--"_s << python;
    return args + pythonArguments;
}

QStringList RunSandbox::scriptArguments(const QString &scriptFileName) const
{
    QJsonObject config;
    config.insert(u"roots"_s, QJsonArray::fromStringList(m_writable));
    return {u"-u"_s, u"-c"_s, QString::fromUtf8(bootstrapSource),
            QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), scriptFileName};
}

bool RunSandbox::parseMarker(const QByteArray &line, Attempt *attempt, QByteArray *before)
{
    const qsizetype at = line.indexOf(markerPrefix);
    if (at < 0)
        return false;
    const QByteArray rest = line.mid(at + qsizetype(sizeof markerPrefix - 1)).trimmed();
    const qsizetype space = rest.indexOf(' ');
    const QByteArray kind = rest.left(space);
    if (space < 0 || (kind != "denied-write" && kind != "denied-connect"))
        return false;
    // The target is one JSON string: any path, newlines and quotes included, on one line.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + rest.mid(space + 1) + "]");
    if (!doc.isArray() || !doc.array().at(0).isString())
        return false;
    attempt->kind = kind == "denied-write" ? Attempt::Kind::Write : Attempt::Kind::Connect;
    attempt->target = doc.array().at(0).toString();
    if (before)
        *before = line.left(at);
    return true;
}

QList<RunSandbox::Attempt> RunSandbox::refusedBySystem(const QByteArray &standardError)
{
    QList<Attempt> found;
    const QString text = QString::fromUtf8(standardError);
    static const QRegularExpression readOnly(uR"(\[Errno 30\] Read-only file system: '([^']*)')"_s);
    for (auto it = readOnly.globalMatch(text); it.hasNext();) {
        const QString path = it.next().captured(1);
        if (std::none_of(found.cbegin(), found.cend(), [&](const Attempt &a) { return a.target == path; }))
            found.append({Attempt::Kind::Write, path});
    }
    if (text.contains(u"[Errno 101] Network is unreachable"_s))
        found.append({Attempt::Kind::Connect, tr("the network")});
    return found;
}
