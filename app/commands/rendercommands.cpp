#include "commands.h"
#include "commandsupport.h"

#include "chartexport.h"
#include "dataimport.h"
#include "plotmapping.h"
#include "plotregistry.h"

#include <QChart>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(uR"(^\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QSize parsed(match.captured(1).toInt(), match.captured(2).toInt());
    // 16k × 16k is a 1 GiB image: the most a render may ask for.
    if (parsed.width() < 16 || parsed.height() < 16 || parsed.width() > 16384 || parsed.height() > 16384)
        return false;
    *size = parsed;
    return true;
}

QJsonArray problemsJson(const QList<PlotProblem> &problems)
{
    QJsonArray list;
    for (const PlotProblem &p : problems)
        list.append(QJsonObject{{u"role"_s, p.role}, {u"message"_s, p.message}, {u"fatal"_s, p.fatal}});
    return list;
}

} // namespace

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Usage: %1 SPEC-ID [options] -o FILE").arg(arguments.first()) + u"\n"_s
        + tr("Draws a spec's native Qt Charts implementation with your data (or its sample data) "
             "to a PNG, SVG or PDF file."));
    parser.addHelpOption();
    const QCommandLineOption data({u"d"_s, u"data"_s}, tr("Read the data from FILE (CSV, xlsx, ods, JSON)."), u"FILE"_s);
    const QCommandLineOption map({u"m"_s, u"map"_s}, tr("Feed ROLE from COLUMN (repeatable); other roles are mapped automatically."),
                                 u"ROLE=COLUMN"_s);
    const QCommandLineOption theme(u"theme"_s, tr("light or dark (default: light)."), u"THEME"_s, u"light"_s);
    const QCommandLineOption size(u"size"_s, tr("Image size in pixels (default: anyplot's canvas, 4800x2700)."), u"WxH"_s,
                                  u"4800x2700"_s);
    const QCommandLineOption dpi(u"dpi"_s, tr("Resolution: text and lines are sized for it (default: 300)."), u"DPI"_s,
                                 u"300"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write to FILE; the format follows .png, .svg or .pdf."),
                                    u"FILE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print machine-readable JSON."));
    const QCommandLineOption list(u"list"_s, tr("List the spec ids that have a native implementation, with their roles."));
    parser.addOptions({data, map, theme, size, dpi, output, json, list});
    parser.addPositionalArgument(u"spec-id"_s, tr("The spec to draw, e.g. line-basic."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    const PlotRegistry &registry = PlotRegistry::instance();
    if (parser.isSet(list)) {
        QJsonArray specs;
        for (const auto &impl : registry.all()) {
            QJsonArray roles;
            QStringList roleTexts;
            for (const PlotDataRole &role : impl->roles()) {
                roles.append(QJsonObject{{u"name"_s, role.name}, {u"type"_s, PlotMapping::kindKey(role.kind)},
                                         {u"optional"_s, role.optional}});
                roleTexts.append(role.name + u" ("_s + PlotMapping::kindKey(role.kind)
                                 + (role.optional ? u", optional)"_s : u")"_s));
            }
            specs.append(QJsonObject{{u"spec"_s, impl->specId()}, {u"title"_s, impl->title()}, {u"roles"_s, roles}});
            if (!parser.isSet(json))
                out() << impl->specId() << u": "_s << roleTexts.join(u", "_s) << u'\n';
        }
        if (parser.isSet(json))
            out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"specs"_s, specs}}).toJson(QJsonDocument::Indented));
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("expected exactly one spec id; see --help"));
    const QString specId = positional.first();
    const PlotImplementation *impl = registry.find(specId);
    if (!impl)
        return fail(tr("there is no native implementation of '%1'; 'plotbench render --list' shows the %n there are",
                       nullptr, int(registry.all().size()))
                        .arg(specId));
    if (!parser.isSet(output))
        return fail(tr("no output file; add -o FILE.png, .svg or .pdf"));
    const QString outputPath = parser.value(output);
    if (ChartExport::formatForPath(outputPath) == ChartExport::Format::Unknown)
        return fail(tr("%1: the file name must end in .png, .svg or .pdf").arg(outputPath));
    const QString themeName = parser.value(theme).toLower();
    if (themeName != u"light"_s && themeName != u"dark"_s)
        return fail(tr("--theme must be light or dark, not '%1'").arg(parser.value(theme)));
    ChartExportOptions options;
    if (!parseSize(parser.value(size), &options.pixels))
        return fail(tr("--size must be WIDTHxHEIGHT between 16 and 16384 pixels, not '%1'").arg(parser.value(size)));
    bool dpiOk = false;
    options.dpi = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || options.dpi < 24 || options.dpi > 2400)
        return fail(tr("--dpi must be a whole number between 24 and 2400, not '%1'").arg(parser.value(dpi)));

    QElapsedTimer timer;
    timer.start();
    DataTablePtr table;
    QJsonArray importWarnings;
    if (parser.isSet(data)) {
        const ImportResult imported = DataImport::importFile(parser.value(data), ImportOptions());
        if (!imported.error.isEmpty() || !imported.table)
            return fail(tr("%1: %2").arg(parser.value(data),
                                         imported.error.isEmpty() ? tr("no data could be read") : imported.error));
        table = imported.table;
        for (const ImportWarning &w : imported.warnings)
            importWarnings.append(QJsonObject{{u"line"_s, w.line}, {u"cell"_s, w.cell}, {u"message"_s, w.message}});
    } else {
        table = impl->sampleData();
    }
    if (!table)
        return fail(tr("'%1' has no sample data; pass --data FILE").arg(specId));

    const QList<PlotDataRole> roles = impl->roles();
    PlotColumnMapping mapping = PlotMapping::autoMap(roles, *table);
    QString mapError;
    if (!PlotMapping::applyOverrides(roles, *table, parser.values(map), &mapping, &mapError))
        return fail(mapError);

    const PlotTheme plotTheme = themeName == u"dark"_s ? PlotTheme::dark() : PlotTheme::light();
    options.background = plotTheme.background;
    PlotBuildResult built = impl->build(*table, mapping, plotTheme);
    const qint64 buildMs = timer.elapsed();

    QJsonObject mapped;
    for (const PlotDataRole &role : roles)
        mapped.insert(role.name, mapping.contains(role.name) && mapping.value(role.name) < table->columnCount()
                                     ? QJsonValue(table->column(mapping.value(role.name)).name())
                                     : QJsonValue(QJsonValue::Null));
    QJsonObject report{{u"spec"_s, specId},
                       {u"data"_s, parser.isSet(data) ? parser.value(data) : u"sample"_s},
                       {u"rows"_s, qint64(table->rowCount())},
                       {u"mapping"_s, mapped},
                       {u"theme"_s, themeName},
                       {u"problems"_s, problemsJson(built.problems)}};
    if (!importWarnings.isEmpty())
        report.insert(u"import_warnings"_s, importWarnings);

    const auto printProblems = [&] {
        for (const PlotProblem &p : std::as_const(built.problems))
            QTextStream(stderr) << (p.fatal ? tr("error: ") : tr("warning: ")) << p.message << u'\n';
    };
    if (!built.chart) {
        if (parser.isSet(json)) {
            report.insert(u"written"_s, false);
            out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        }
        // One line: the first fatal problem (--json lists them all).
        QString reason;
        for (const PlotProblem &p : std::as_const(built.problems))
            if (p.fatal && reason.isEmpty())
                reason = p.message;
        return fail(reason.isEmpty() ? tr("'%1' could not be drawn with this data").arg(specId) : reason);
    }

    QString error;
    if (!ChartExport::write(built.chart.get(), outputPath, options, &error))
        return fail(error);
    const qint64 totalMs = timer.elapsed();
    if (parser.isSet(json)) {
        report.insert(u"written"_s, true);
        report.insert(u"output"_s, QFileInfo(outputPath).absoluteFilePath());
        report.insert(u"format"_s, QFileInfo(outputPath).suffix().toLower());
        report.insert(u"size"_s, QJsonObject{{u"width"_s, options.pixels.width()}, {u"height"_s, options.pixels.height()}});
        report.insert(u"dpi"_s, options.dpi);
        report.insert(u"build_ms"_s, buildMs);
        report.insert(u"total_ms"_s, totalMs);
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        printProblems();
        out() << tr("%1 written (%2×%3, %4 ms)\n")
                     .arg(outputPath)
                     .arg(options.pixels.width())
                     .arg(options.pixels.height())
                     .arg(totalMs);
    }
    return Success;
}

} // namespace CommandLine
