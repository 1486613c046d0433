#include "commandline.h"

#include "cataloglint.h"
#include "catalogsources.h"
#include "catalogstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {
enum ExitCode { Success = 0, Findings = 1, Failure = 2 };

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &reason)
{
    QTextStream(stderr) << u"plotbench: "_s << reason << u'\n';
    return Failure;
}

// Shared by every catalog command: parses `<source> [--json] [--no-cache]`, loads the catalog.
struct CatalogCommand
{
    // Its texts belong to the "CommandLine" context, as the tr() above: a plain tr() inside a
    // struct would make lupdate file them under "CommandLine::CatalogCommand" instead.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    QCommandLineParser parser;
    QCommandLineOption json{u"json"_s, tr("Print machine-readable JSON.")};
    QCommandLineOption noCache{u"no-cache"_s, tr("Ignore the on-disk index cache and parse every file.")};
    CatalogPtr catalog;

    int load(const QStringList &arguments, const QString &description)
    {
        // arguments.first() reads "plotbench catalog stats": the usage line names the command.
        parser.setApplicationDescription(tr("Usage: %1 SOURCE [options]").arg(arguments.first()) + u"\n"_s
                                         + description);
        parser.addHelpOption();
        parser.addOptions({json, noCache});
        parser.addPositionalArgument(u"source"_s, tr("An anyplot checkout, its plots/ folder, or 'sample'."));
        if (!parser.parse(arguments))
            return fail(parser.errorText());
        if (parser.isSet(u"help"_s)) {
            out() << parser.helpText();
            return Success;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return fail(tr("expected exactly one catalog source; see --help"));
        QString error;
        const CatalogSourcePtr source = CatalogSources::fromArgument(positional.first(), {!parser.isSet(noCache), false}, &error);
        if (!source)
            return fail(error);
        catalog = CatalogLoader::loadBlocking(*source);
        if (!catalog)
            return fail(tr("the catalog could not be loaded"));
        return -1; // loaded: the command goes on
    }
};

int catalogStats(const QStringList &arguments)
{
    CatalogCommand command;
    if (const int early = command.load(arguments, tr("Counts, quality distribution and warnings of a catalog."));
        early >= 0)
        return early;
    const CatalogStats stats = CatalogStats::compute(*command.catalog);
    if (command.parser.isSet(command.json)) {
        QJsonObject object = stats.toJson();
        object.insert(u"source"_s, command.catalog->origin().displayName);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << stats.toText();
    }
    return Success;
}

int catalogLint(const QStringList &arguments)
{
    CatalogCommand command;
    if (const int early = command.load(arguments, tr("Checks a catalog against anyplot's structure rules; "
                                                     "exits 1 when it finds errors."));
        early >= 0)
        return early;
    const CatalogWarnings findings = CatalogLint::run(*command.catalog);
    const int errors = CatalogLint::errorCount(findings);
    if (command.parser.isSet(command.json)) {
        QJsonArray list;
        for (const CatalogWarning &finding : findings) {
            list.append(QJsonObject{{u"path"_s, finding.path}, {u"line"_s, finding.line},
                                    {u"severity"_s, finding.severity == CatalogWarning::Severity::Error
                                                        ? u"error"_s : u"warning"_s},
                                    {u"kind"_s, CatalogWarning::kindKey(finding.kind)},
                                    {u"message"_s, finding.message}});
        }
        const QJsonObject object{{u"errors"_s, errors}, {u"warnings"_s, int(findings.size()) - errors},
                                 {u"findings"_s, list}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const CatalogWarning &finding : findings) {
            const QString location = finding.line > 0 ? u"%1:%2"_s.arg(finding.path).arg(finding.line) : finding.path;
            out() << location << u": "_s
                  << (finding.severity == CatalogWarning::Severity::Error ? tr("error") : tr("warning"))
                  << u": "_s << finding.message << u" ["_s << CatalogWarning::kindKey(finding.kind) << u"]\n"_s;
        }
        // "%1, %2 in %3": each count is its own plural message, so every language can inflect it.
        out() << tr("%1, %2 in %3\n")
                     .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, int(findings.size()) - errors),
                          tr("%n spec(s)", nullptr, int(command.catalog->specs().size())));
    }
    return errors > 0 ? Findings : Success;
}

void printUsage()
{
    out() << tr("Usage: plotbench [--catalog SOURCE] [--spec ID] open the workbench\n"
                "       plotbench catalog stats SOURCE [--json] [--no-cache]\n"
                "       plotbench catalog lint SOURCE [--json]\n"
                "SOURCE is an anyplot checkout, its plots/ folder, or 'sample'.\n"
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
    const QString command = arguments.value(1);
    const QString subcommand = arguments.value(2);
    // Re-shape to "plotbench-catalog-stats <rest>" so QCommandLineParser sees only this command's options.
    const QStringList rest = QStringList{u"plotbench "_s + command + u' ' + subcommand} + arguments.mid(3);
    if (command == u"catalog"_s && subcommand == u"stats"_s)
        return catalogStats(rest);
    if (command == u"catalog"_s && subcommand == u"lint"_s)
        return catalogLint(rest);
    if (command == u"help"_s || command == u"--help"_s || command == u"-h"_s) {
        printUsage();
        return Success;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    printUsage();
    return fail(tr("unknown command '%1'").arg(QStringList{command, subcommand}.join(u' ').trimmed()));
}

} // namespace CommandLine
