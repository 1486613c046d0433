#include "catalogstats.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString scoreBand(int score)
{
    if (score < 50)
        return u"<50"_s;
    if (score >= 90)
        return u"90-100"_s;
    const int low = score / 10 * 10;
    return u"%1-%2"_s.arg(low).arg(low + 9);
}

QJsonObject toJson(const QMap<QString, int> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

CatalogStats CatalogStats::compute(const Catalog &catalog)
{
    CatalogStats stats;
    stats.specs = int(catalog.specs().size());
    stats.implementations = int(catalog.implementations().size());
    for (int i = 0; i < stats.specs; ++i) {
        if (catalog.libraryCount(i) == 0)
            ++stats.emptySpecs;
    }
    std::vector<int> scores;
    for (const Implementation &impl : catalog.implementations()) {
        ++stats.byLibrary[impl.libraryId];
        ++stats.byLanguage[impl.language];
        ++stats.byVerdict[impl.review.verdict == Verdict::Approved   ? u"approved"_s
                              : impl.review.verdict == Verdict::Rejected ? u"rejected"_s
                                                                         : u"none"_s];
        if (!impl.hasCode())
            ++stats.withoutCode;
        if (impl.qualityScore) {
            scores.push_back(*impl.qualityScore);
            ++stats.scoreBands[scoreBand(*impl.qualityScore)];
        }
    }
    stats.scored = int(scores.size());
    if (!scores.empty()) {
        std::sort(scores.begin(), scores.end());
        stats.minScore = scores.front();
        stats.maxScore = scores.back();
        const std::size_t mid = scores.size() / 2;
        stats.medianScore = scores.size() % 2 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2.0;
    }
    stats.files = catalog.fileCounts();
    stats.warnings = catalog.warnings();
    for (const CatalogWarning &warning : catalog.warnings())
        ++stats.warningsByKind[CatalogWarning::kindKey(warning.kind)];
    return stats;
}

QJsonObject CatalogStats::toJson() const
{
    QJsonArray warningList;
    for (const CatalogWarning &warning : warnings) {
        QJsonObject entry{{u"path"_s, warning.path}, {u"message"_s, warning.message},
                          {u"kind"_s, CatalogWarning::kindKey(warning.kind)}};
        if (warning.line > 0)
            entry.insert(u"line"_s, warning.line);
        warningList.append(entry);
    }
    const QJsonObject quality = scored == 0
        ? QJsonObject{{u"min"_s, QJsonValue::Null}, {u"median"_s, QJsonValue::Null}, {u"max"_s, QJsonValue::Null},
                      {u"count"_s, 0}}
        : QJsonObject{{u"min"_s, minScore}, {u"median"_s, medianScore}, {u"max"_s, maxScore}, {u"count"_s, scored},
                      {u"bands"_s, ::toJson(scoreBands)}};
    return {
        {u"specs"_s, specs},
        {u"implementations"_s, implementations},
        {u"empty_specs"_s, emptySpecs},
        {u"implementations_without_code"_s, withoutCode},
        {u"by_library"_s, ::toJson(byLibrary)},
        {u"by_language"_s, ::toJson(byLanguage)},
        {u"by_verdict"_s, ::toJson(byVerdict)},
        {u"quality"_s, quality},
        {u"files"_s, QJsonObject{{u"total"_s, files.total()}, {u"spec"_s, files.specFiles},
                                 {u"metadata"_s, files.metadataFiles}, {u"code"_s, files.codeFiles},
                                 {u"preview"_s, files.previewFiles}, {u"ignored"_s, files.ignoredFiles},
                                 {u"unexpected"_s, files.unexpectedFiles}}},
        {u"warnings_by_kind"_s, ::toJson(warningsByKind)},
        {u"warnings"_s, warningList},
    };
}

QString CatalogStats::toText() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CatalogStats", text); };
    QString text;
    text += tr("Specs:            %1 (%2 without implementations)\n").arg(specs).arg(emptySpecs);
    text += tr("Implementations:  %1 (%2 without code)\n").arg(implementations).arg(withoutCode);
    const auto table = [&text](const QMap<QString, int> &map) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            text += u"  %1 %2\n"_s.arg(it.key(), -16).arg(it.value(), 5);
    };
    text += tr("By language:\n");
    table(byLanguage);
    text += tr("By library:\n");
    table(byLibrary);
    if (scored > 0) {
        text += tr("Quality:          min %1, median %2, max %3 (%4 scored)\n")
                    .arg(minScore).arg(medianScore).arg(maxScore).arg(scored);
        table(scoreBands);
    }
    text += tr("Files:            %1 (%2 spec, %3 metadata, %4 code, %5 preview, %6 ignored, %7 unexpected)\n")
                .arg(files.total()).arg(files.specFiles).arg(files.metadataFiles).arg(files.codeFiles)
                .arg(files.previewFiles).arg(files.ignoredFiles).arg(files.unexpectedFiles);
    text += tr("Warnings:         %1\n").arg(warnings.size());
    table(warningsByKind);
    return text;
}
