#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What every command shares: exit codes, stdout, the one-line failure and the translation context.
namespace CommandLine {

enum ExitCode { Success = 0, Findings = 1, Failure = 2 };

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

// stdout, shared so that output of one command never interleaves out of order.
QTextStream &out();
// Prints "plotbench: <reason>" on stderr and returns Failure.
int fail(const QString &reason);

// --help: Qt's text without its first line, a usage with the executable's path; every command's
// description begins with its own ("Usage: plotbench db push SOURCE …").
inline QString helpText(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    return text.mid(text.indexOf(u'\n') + 1);
}

} // namespace CommandLine
