#pragma once

#include <QStringList>

// `plotbench <command> …`: the engine without a window, for scripts and maintainers' CI.
// Every command has --help, prints JSON with --json, and exits non-zero with a one-line reason.
namespace CommandLine {
// True when the arguments name a command rather than GUI options.
bool isCommand(const QStringList &arguments);
int run(const QStringList &arguments);
}
