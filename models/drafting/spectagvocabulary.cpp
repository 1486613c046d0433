#include "spectagvocabulary.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

SpecTagVocabulary::SpecTagVocabulary()
{
    for (const QString &value : canonicalPlotTypes())
        add(SpecTagCategory::PlotType, value, 0);
    sortValues();
}

SpecTagVocabulary SpecTagVocabulary::fromCatalog(const Catalog *catalog)
{
    SpecTagVocabulary vocabulary;
    if (!catalog)
        return vocabulary;
    for (const Spec &spec : catalog->specs())
        for (int i = 0; i < specTagCategoryCount; ++i)
            for (const QString &value : spec.tags.lists[i])
                vocabulary.add(SpecTagCategory(i), value.trimmed(), 1);
    vocabulary.sortValues();
    return vocabulary;
}

const QStringList &SpecTagVocabulary::canonicalPlotTypes()
{
    static const QStringList values{
        u"scatter"_s, u"line"_s, u"bar"_s, u"pie"_s, u"area"_s, u"point"_s, u"bubble"_s,
        u"histogram"_s, u"density"_s, u"box"_s, u"violin"_s, u"strip"_s, u"swarm"_s, u"rug"_s,
        u"heatmap"_s, u"contour"_s, u"hexbin"_s,
        u"treemap"_s, u"sunburst"_s, u"dendrogram"_s, u"icicle"_s, u"circlepacking"_s,
        u"network"_s, u"chord"_s, u"arc"_s, u"sankey"_s, u"alluvial"_s,
        u"candlestick"_s, u"gauge"_s, u"funnel"_s, u"waterfall"_s, u"radar"_s, u"polar"_s, u"gantt"_s,
        u"mosaic"_s, u"donut"_s, u"barcode"_s, u"pairplot"_s, u"surface"_s, u"step"_s,
        u"choropleth"_s, u"map"_s,
        u"qq"_s, u"ecdf"_s, u"calibration"_s, u"bland-altman"_s};
    return values;
}

void SpecTagVocabulary::add(SpecTagCategory category, const QString &value, int count)
{
    if (value.isEmpty())
        return;
    m_counts[int(category)][value] += count;
}

void SpecTagVocabulary::sortValues()
{
    for (int i = 0; i < specTagCategoryCount; ++i) {
        const QHash<QString, int> &counts = m_counts[i];
        QStringList sorted = counts.keys();
        std::sort(sorted.begin(), sorted.end(), [&counts](const QString &a, const QString &b) {
            const int ca = counts.value(a), cb = counts.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        m_sorted[i] = std::move(sorted);
    }
}

bool SpecTagVocabulary::contains(SpecTagCategory category, const QString &value) const
{
    return m_counts[int(category)].contains(value);
}

QStringList SpecTagVocabulary::values(SpecTagCategory category) const
{
    return m_sorted[int(category)];
}

int SpecTagVocabulary::useCount(SpecTagCategory category, const QString &value) const
{
    return m_counts[int(category)].value(value);
}

QString SpecTagVocabulary::closest(SpecTagCategory category, const QString &value) const
{
    const QString wanted = value.toLower().replace(u'_', u'-').replace(u' ', u'-');
    if (wanted != value && contains(category, wanted))
        return wanted;
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : m_sorted[int(category)]) { // most used first wins ties
        const int distance = editDistance(wanted, candidate, 2);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

bool SpecTagVocabulary::isWellFormed(const QString &value)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(value).hasMatch();
}
