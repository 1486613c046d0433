#include "commands.h"
#include "commandsupport.h"

#include "cataloglint.h"
#include "catalogsources.h"
#include "catalogstats.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {
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
            out() << helpText(parser);
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
        // A source that could not be read at all (an unreachable database, a refused archive).
        for (const CatalogWarning &warning : catalog->warnings()) {
            if (catalog->specs().empty() && warning.severity == CatalogWarning::Severity::Error && warning.path.isEmpty())
                return fail(warning.message);
        }
        return -1; // loaded: the command goes on
    }
};

} // namespace

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

} // namespace CommandLine
