#include "aireviewsummary.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxScannedCharacters = 200000; // a review is a few KB; a huge body is not one
constexpr int maxCategories = 50;

QString plain(QString text)
{
    // Markdown emphasis, emoji shortcodes and code ticks do not change what a line says.
    static const QRegularExpression decoration(u"[*_`]|:[a-z_]+:"_s);
    return text.remove(decoration).trimmed();
}

bool plausible(int score, int max)
{
    return score >= 0 && max > 0 && max <= 1000 && score <= max;
}
} // namespace

AiReviewSummary AiReviewSummary::parse(const QString &markdown)
{
    AiReviewSummary summary;
    const QString text = markdown.left(maxScannedCharacters);
    summary.hasPlaceholders = text.contains(u"${"_s);
    static const QRegularExpression reviewHeading(
        u"^\\s{0,3}#{1,4}\\s*(?:[^\\n]*?)AI\\s+Review\\b([^\\n]*)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression completeHeading(
        u"^\\s{0,3}#{1,4}\\s*(?::[a-z_]+:|\\S+)?\\s*([A-Za-z0-9_.-]+)\\s+(?:Implementation\\s+)?Complete\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch review = reviewHeading.match(text);
    const QRegularExpressionMatch complete = completeHeading.match(text);
    if (review.hasMatch()) {
        summary.kind = Kind::Review;
        static const QRegularExpression attemptRule(u"Attempt\\s*(\\d{1,2})\\s*(?:/|of)\\s*(\\d{1,2})"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        if (const auto attempt = attemptRule.match(review.captured(1)); attempt.hasMatch()) {
            summary.attempt = attempt.captured(1).toInt();
            summary.maxAttempts = attempt.captured(2).toInt();
        }
        static const QRegularExpression libraryRule(u"\\(([a-z0-9_.-]+)\\)|[-–:]\\s*([a-z][a-z0-9_.-]+)\\s*$"_s);
        if (const auto library = libraryRule.match(plain(review.captured(1))); library.hasMatch())
            summary.library = library.captured(1).isEmpty() ? library.captured(2) : library.captured(1);
    } else if (complete.hasMatch()) {
        summary.kind = Kind::ImplementationComplete;
        summary.library = complete.captured(1).toLower();
    } else {
        return summary;
    }

    const QStringList lines = text.split(u'\n');
    static const QRegularExpression scoreRule(
        u"^(?:#{1,6}\\s*)?(?:Quality\\s+)?Score\\s*:?\\s*(\\d{1,4})\\s*(?:/\\s*(\\d{1,4}))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression verdictRule(u"^(?:#{1,6}\\s*)?Verdict\\s*:?\\s*\\W*\\s*(APPROVED|REJECTED)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fraction(u"^(\\d{1,4})\\s*/\\s*(\\d{1,4})$"_s);
    static const QRegularExpression number(u"^\\d{1,4}$"_s);
    int scoreColumn = -1;
    int maxColumn = -1;
    bool inTable = false;
    for (const QString &rawLine : lines) {
        const QString line = plain(rawLine);
        if (summary.score < 0) {
            if (const auto match = scoreRule.match(line); match.hasMatch()) {
                const int score = match.captured(1).toInt();
                const int max = match.captured(2).isEmpty() ? 100 : match.captured(2).toInt();
                if (plausible(score, max)) {
                    summary.score = score;
                    summary.scoreMax = max;
                }
            }
        }
        if (summary.verdict.isEmpty()) {
            if (const auto match = verdictRule.match(line); match.hasMatch())
                summary.verdict = match.captured(1).toUpper();
        }
        if (!line.startsWith(u'|')) {
            inTable = false;
            continue;
        }
        QStringList cells = line.split(u'|');
        cells.removeFirst();
        if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
            cells.removeLast();
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (!inTable) {
            // A header row: "| Category | Score | Max |" (or "Points"); other tables are ignored.
            scoreColumn = maxColumn = -1;
            for (int c = 1; c < cells.size(); ++c) {
                const QString header = cells.at(c).toLower();
                if (scoreColumn < 0 && (header.startsWith(u"score"_s) || header.startsWith(u"points"_s)))
                    scoreColumn = c;
                else if (maxColumn < 0 && (header.startsWith(u"max"_s) || header.startsWith(u"out of"_s)))
                    maxColumn = c;
            }
            inTable = cells.size() >= 2 && cells.first().toLower().contains(u"categor"_s) && scoreColumn > 0;
            continue;
        }
        if (cells.size() <= scoreColumn || cells.first().startsWith(u'-') || cells.first().startsWith(u':'))
            continue; // the |---|---| separator, or a short row
        if (summary.categories.size() >= maxCategories)
            continue;
        Category category{cells.first(), -1, -1};
        const QString scoreCell = cells.at(scoreColumn);
        if (const auto both = fraction.match(scoreCell); both.hasMatch()) {
            category.score = both.captured(1).toInt();
            category.max = both.captured(2).toInt();
        } else if (number.match(scoreCell).hasMatch()) {
            category.score = scoreCell.toInt();
            if (maxColumn > 0 && maxColumn < cells.size() && number.match(cells.at(maxColumn)).hasMatch())
                category.max = cells.at(maxColumn).toInt();
        }
        if (category.name.compare(u"total"_s, Qt::CaseInsensitive) == 0)
            continue;
        if (category.score >= 0 && category.max >= 0 && !plausible(category.score, category.max))
            category.score = category.max = -1;
        if (!category.name.isEmpty())
            summary.categories.append(category);
    }
    return summary;
}

QString AiReviewSummary::oneLine() const
{
    if (kind == Kind::None)
        return {};
    QStringList parts;
    QString head = kind == Kind::Review ? QCoreApplication::translate("AiReviewSummary", "AI review")
                                        : QCoreApplication::translate("AiReviewSummary", "Implementation complete");
    if (!library.isEmpty())
        head += u' ' + library;
    if (attempt > 0)
        head += u' ' + QCoreApplication::translate("AiReviewSummary", "attempt %1/%2").arg(attempt).arg(maxAttempts);
    parts.append(head);
    parts.append(score >= 0 ? u"%1/%2"_s.arg(score).arg(scoreMax)
                            : QCoreApplication::translate("AiReviewSummary", "no score"));
    if (!verdict.isEmpty())
        parts.append(verdict);
    if (hasPlaceholders)
        parts.append(QCoreApplication::translate("AiReviewSummary", "has unexpanded placeholders"));
    return parts.join(u", "_s);
}
