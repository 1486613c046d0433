#include "commandline.h"

#include "commands/commands.h"
#include "commands/commandsupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CommandLine {

const QList<Command> &commands()
{
    // QT_TRANSLATE_NOOP keeps the usage lines in the "CommandLine" context for lupdate.
    static const QList<Command> all{
        {"catalog", "stats", catalogStats,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench catalog stats SOURCE [--json] [--no-cache]")},
        {"catalog", "lint", catalogLint, QT_TRANSLATE_NOOP("CommandLine", "plotbench catalog lint SOURCE [--json]")},
        {"import", nullptr, importData,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench import FILE [--json] [--head N] [--sheet NAME] [import options]")},
        {"sync", "api", syncApi,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench sync api [--url URL] [--full] [--offline-dir DIR] [--json]")},
        {"db", "push", dbPush,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench db push SOURCE [--db URL] [--dry-run] [--json]")},
        {"sync", "db", syncDb, QT_TRANSLATE_NOOP("CommandLine", "plotbench sync db [--db URL] [--json]")},
        {"sync", "archive", syncArchive,
         QT_TRANSLATE_NOOP("CommandLine",
                           "plotbench sync archive [--repo OWNER/NAME] [--ref REF] [--api-url URL] | --file ZIP [--json]")},
        {"github", "issues", githubIssues,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench github issues [--repo OWNER/NAME] [--label L …] "
                                          "[--state open|closed|all] [--api-url URL] [--json]")},
        {"render", nullptr, render,
         QT_TRANSLATE_NOOP("CommandLine", "plotbench render SPEC-ID [--data FILE] [--map ROLE=COLUMN …] [--theme light|dark] "
                                          "[--size WxH] -o FILE.png|svg|pdf")},
    };
    return all;
}

namespace {
void printUsage()
{
    out() << tr("Usage: plotbench [--catalog SOURCE] [--spec ID] open the workbench\n");
    for (const Command &command : commands())
        out() << u"       "_s << tr(command.usage) << u'\n';
    out() << tr("SOURCE is an anyplot checkout, its plots/ folder, or 'sample'.\n"
                "Every command accepts --help.\n");
}
} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // --help and --version print and exit: no window, and no display needed.
    const QString &first = arguments.at(1);
    return !first.startsWith(u'-') || first == u"--help"_s || first == u"-h"_s || first == u"--version"_s
        || first == u"-v"_s;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const QString subcommand = arguments.value(2);
    for (const Command &command : commands()) {
        if (name != QLatin1StringView(command.name))
            continue;
        if (!command.subcommand) // "plotbench import <rest>"
            return command.run(QStringList{u"plotbench "_s + name} + arguments.mid(2));
        if (subcommand == QLatin1StringView(command.subcommand))
            return command.run(QStringList{u"plotbench "_s + name + u' ' + subcommand} + arguments.mid(3));
    }
    if (name == u"help"_s || name == u"--help"_s || name == u"-h"_s) {
        printUsage();
        return Success;
    }
    if (name == u"--version"_s || name == u"-v"_s) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    printUsage();
    return fail(tr("unknown command '%1'").arg(QStringList{name, subcommand}.join(u' ').trimmed()));
}

} // namespace CommandLine
