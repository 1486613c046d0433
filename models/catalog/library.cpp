#include "library.h"

using namespace Qt::StringLiterals;

const QList<Library> &Library::known()
{
    // Display names and links as anyplot's /libraries endpoint gives them; versions change too
    // often to hard-code and come from the metadata instead.
    static const QList<Library> libraries{
        {u"altair"_s, u"altair"_s, u"python"_s, {}, u"https://altair-viz.github.io"_s,
         u"Declarative statistical visualization library based on Vega-Lite"_s, true},
        {u"bokeh"_s, u"bokeh"_s, u"python"_s, {}, u"https://docs.bokeh.org"_s,
         u"Interactive visualization library for modern web browsers"_s, true},
        {u"highcharts"_s, u"highcharts"_s, u"python"_s, {}, u"https://www.highcharts.com/docs"_s,
         u"Interactive JavaScript charts through highcharts-core"_s, true},
        {u"letsplot"_s, u"lets-plot"_s, u"python"_s, {}, u"https://lets-plot.org"_s,
         u"Grammar of graphics for Python, by JetBrains"_s, true},
        {u"matplotlib"_s, u"matplotlib"_s, u"python"_s, {}, u"https://matplotlib.org"_s,
         u"Comprehensive library for static, animated and interactive visualizations"_s, false},
        {u"plotly"_s, u"plotly"_s, u"python"_s, {}, u"https://plotly.com/python"_s,
         u"Interactive graphing library"_s, true},
        {u"plotnine"_s, u"plotnine"_s, u"python"_s, {}, u"https://plotnine.org"_s,
         u"Grammar of graphics for Python, based on ggplot2"_s, false},
        {u"pygal"_s, u"pygal"_s, u"python"_s, {}, u"https://www.pygal.org"_s,
         u"SVG charting library"_s, true},
        {u"seaborn"_s, u"seaborn"_s, u"python"_s, {}, u"https://seaborn.pydata.org"_s,
         u"Statistical data visualization based on matplotlib"_s, false},
        {u"qtcharts"_s, u"Qt Charts"_s, u"cpp"_s, {}, u"https://doc.qt.io/qt-6/qtcharts-index.html"_s,
         u"Plotbench's native implementation, drawn live with your data"_s, true},
    };
    return libraries;
}

Library Library::byId(const QString &id)
{
    for (const Library &library : known()) {
        if (library.id == id)
            return library;
    }
    Library unknown;
    unknown.id = id;
    unknown.name = id;
    return unknown;
}
