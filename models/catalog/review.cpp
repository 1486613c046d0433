#include "review.h"

#include <QCoreApplication>

bool Review::isEmpty() const
{
    return strengths.isEmpty() && weaknesses.isEmpty() && improvements.isEmpty()
        && imageDescription.isEmpty() && criteria.isEmpty() && verdict == Verdict::None;
}

double Review::criteriaScoreSum() const
{
    double sum = 0;
    for (const CriteriaCategory &category : criteria)
        sum += category.score;
    return sum;
}

QString Review::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Approved:
        return QCoreApplication::translate("Review", "Approved");
    case Verdict::Rejected:
        return QCoreApplication::translate("Review", "Rejected");
    case Verdict::None:
        break;
    }
    return QCoreApplication::translate("Review", "No verdict");
}
