#pragma once

// A small hand-made catalog for model and widget tests, built with CatalogBuilder (no parser
// involved), so a test states exactly which specs, tags, libraries and scores exist.
//
//   id                  title                     plot_type      data_type              domain             features    libraries (score)
//   bar-grouped         Grouped Bar Chart         bar            categorical            general, business  grouped     plotly 92
//   heatmap-empty       Heatmap                   heatmap        numeric                science            basic       —
//   line-basic          Basic Line Chart          line           numeric, timeseries    finance            basic       matplotlib 78, plotly 95
//   scatter-basic       Basic Scatter Plot        scatter        numeric                general            basic       matplotlib 92, seaborn 85
//   scatter-regression  Scatter with Regression   scatter, line  numeric                science            regression  matplotlib 70, seaborn 90
//
// Latest change per spec: bar-grouped 2026-04-01, scatter-basic 2026-03-01, heatmap-empty
// 2026-02-01, line-basic 2026-01-10, scatter-regression 2025-12-01.

#include "catalog.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QString>
#include <QTimeZone>

namespace SyntheticCatalog {

using namespace Qt::StringLiterals;

inline QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc());
}

inline Spec spec(const QString &id, const QString &title, const QString &description,
                 const QStringList &plotTypes, const QStringList &dataTypes, const QStringList &domains,
                 const QStringList &features, const QDateTime &created, int issue)
{
    Spec s;
    s.id = id;
    s.title = title;
    s.description = description;
    s.tags[SpecTagCategory::PlotType] = plotTypes;
    s.tags[SpecTagCategory::DataType] = dataTypes;
    s.tags[SpecTagCategory::Domain] = domains;
    s.tags[SpecTagCategory::Features] = features;
    s.created = created;
    s.issue = issue;
    s.folderPath = id;
    s.applications = {u"Exploring a relationship"_s, u"Teaching"_s};
    s.data = {u"`x` (numeric) - horizontal position"_s, u"`y` (numeric) - vertical position"_s};
    s.notes = {u"Keep it simple"_s};
    return s;
}

inline Implementation implementation(const QString &specId, const QString &library, int score,
                                     const QDateTime &updated, const QString &previewLight = {})
{
    Implementation i;
    i.specId = specId;
    i.language = u"python"_s;
    i.libraryId = library;
    i.codePath = specId % u"/implementations/python/"_s % library % u".py"_s;
    i.metadataPath = specId % u"/metadata/python/"_s % library % u".yaml"_s;
    i.qualityScore = score;
    i.created = updated.addDays(-3);
    i.updated = updated;
    i.libraryVersion = u"3.9.0"_s;
    i.languageVersion = u"3.13"_s;
    i.review.verdict = score >= 90 ? Verdict::Approved : Verdict::Rejected;
    i.previews.light = previewLight;
    return i;
}

inline QString code(const QString &specId, const QString &library)
{
    return u"\"\"\" anyplot.ai\n"_s % specId % u": synthetic\nLibrary: "_s % library
        % u"\n\"\"\"\nimport numpy as np\nprint(\"hello from "_s % library % u"\")\n"_s;
}

// `root` is where the relative paths hang off (Catalog::absolutePath); write files there with
// writeFiles() when a test reads code or previews.
inline CatalogPtr build(const QString &root = u"/nonexistent"_s, const QString &displayName = u"Synthetic"_s)
{
    CatalogBuilder builder(CatalogOrigin{u"folder"_s, root, displayName});
    const QDateTime old = utc(2025, 1, 1);
    builder.addSpec(spec(u"scatter-basic"_s, u"Basic Scatter Plot"_s,
                         u"Points for two **numeric** variables."_s, {u"scatter"_s}, {u"numeric"_s},
                         {u"general"_s}, {u"basic"_s}, old, 101));
    builder.addSpec(spec(u"line-basic"_s, u"Basic Line Chart"_s, u"A line over time."_s, {u"line"_s},
                         {u"numeric"_s, u"timeseries"_s}, {u"finance"_s}, {u"basic"_s}, old, 0));
    builder.addSpec(spec(u"bar-grouped"_s, u"Grouped Bar Chart"_s, u"Bars grouped by category."_s, {u"bar"_s},
                         {u"categorical"_s}, {u"general"_s, u"business"_s}, {u"grouped"_s}, old, 103));
    builder.addSpec(spec(u"scatter-regression"_s, u"Scatter with Regression"_s,
                         u"Scatter plot with a fitted line."_s, {u"scatter"_s, u"line"_s}, {u"numeric"_s},
                         {u"science"_s}, {u"regression"_s}, old, 104));
    builder.addSpec(spec(u"heatmap-empty"_s, u"Heatmap"_s, u"A grid of colored cells."_s, {u"heatmap"_s},
                         {u"numeric"_s}, {u"science"_s}, {u"basic"_s}, utc(2026, 2, 1), 0));

    // The best-scored scatter-basic implementation has only a remote picture: the card must fall
    // back to seaborn's local one.
    builder.addImplementation(implementation(u"scatter-basic"_s, u"matplotlib"_s, 92, utc(2026, 3, 1),
                                             u"https://storage.googleapis.com/anyplot-images/plots/scatter-basic/python/matplotlib/plot-light.png"_s));
    builder.addImplementation(implementation(u"scatter-basic"_s, u"seaborn"_s, 85, utc(2026, 2, 1),
                                             u"previews/python/seaborn/plot-light.png"_s));
    builder.addImplementation(implementation(u"line-basic"_s, u"matplotlib"_s, 78, utc(2026, 1, 2),
                                             u"previews/python/matplotlib/plot-light.png"_s));
    builder.addImplementation(implementation(u"line-basic"_s, u"plotly"_s, 95, utc(2026, 1, 10),
                                             u"previews/python/plotly/plot-light.png"_s));
    builder.addImplementation(implementation(u"bar-grouped"_s, u"plotly"_s, 92, utc(2026, 4, 1)));
    builder.addImplementation(implementation(u"scatter-regression"_s, u"matplotlib"_s, 70, utc(2025, 11, 1)));
    builder.addImplementation(implementation(u"scatter-regression"_s, u"seaborn"_s, 90, utc(2025, 12, 1)));

    builder.addWarning({u"scatter-basic/metadata/python/seaborn.yaml"_s, 12, CatalogWarning::Kind::InvalidValue,
                        CatalogWarning::Severity::Warning, u"quality_score 140 is out of range"_s});
    builder.addWarning({u"broken-spec/specification.yaml"_s, 0, CatalogWarning::Kind::MissingFile,
                        CatalogWarning::Severity::Error, u"specification.yaml is missing"_s});
    builder.addWarning({u"line-basic/specification.md"_s, 3, CatalogWarning::Kind::MalformedMarkdown,
                        CatalogWarning::Severity::Warning, u"unexpected heading level"_s});
    return std::move(builder).build();
}

// Writes every implementation's code (except bar-grouped's: a missing file) and the local
// previews under root.
inline bool writeFiles(const CatalogPtr &catalog, const QString &root)
{
    for (const Implementation &impl : catalog->implementations()) {
        if (impl.specId == u"bar-grouped")
            continue;
        const QString path = root % u'/' % impl.codePath;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(code(impl.specId, impl.libraryId).toUtf8());
        if (!impl.previews.light.isEmpty() && !impl.previews.light.startsWith(u"https:")) {
            const QString preview = root % u'/' % impl.specId % u'/' % impl.previews.light;
            QDir().mkpath(QFileInfo(preview).absolutePath());
            QImage image(480, 270, QImage::Format_RGB32);
            image.fill(QColor(0xFA, 0xF8, 0xF1));
            for (int x = 40; x < 440; x += 40)
                for (int y = 60; y < 230; ++y)
                    if ((x / 40) % 2 == 0 && y > 230 - x / 3)
                        image.setPixelColor(x, y, QColor(0x00, 0x9E, 0x73));
            if (!image.save(preview))
                return false;
        }
    }
    return true;
}

} // namespace SyntheticCatalog
