#pragma once

#include <QStringList>

// One function per command, each in its own file under app/commands/. Every one receives its
// arguments as "plotbench <command> [<subcommand>]" followed by the rest, so that its
// QCommandLineParser sees only its own options and prints the full command in --help.
namespace CommandLine {

struct Command
{
    const char *name;       // "catalog"
    const char *subcommand; // "stats", or nullptr for a command without one
    int (*run)(const QStringList &arguments);
    const char *usage;      // one line for `plotbench --help`, translated in the "CommandLine" context
};

// Every command of the binary, in the order `plotbench --help` lists them.
const QList<Command> &commands();

int catalogStats(const QStringList &arguments);
int catalogLint(const QStringList &arguments);
int render(const QStringList &arguments);

} // namespace CommandLine
