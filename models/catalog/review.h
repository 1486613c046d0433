#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One item of a criteria checklist (VQ-01 "Text Legibility" 8/8 …). The same id can mean different
// things across rubric versions, so items are shown with their names, never looked up by id alone.
struct CriteriaItem
{
    QString id;
    QString name;
    double score = 0;
    double max = 0;
    bool passed = false;
    QString comment;
    friend bool operator==(const CriteriaItem &, const CriteriaItem &) = default;
};

struct CriteriaCategory
{
    QString key;   // visual_quality, design_excellence, …
    double score = 0;
    double max = 0;
    QList<CriteriaItem> items;
    friend bool operator==(const CriteriaCategory &, const CriteriaCategory &) = default;
};

enum class Verdict { None, Approved, Rejected };

// The AI review stored in an implementation's metadata. The verdict is the reviewer's opinion,
// not the merge decision: published implementations can say REJECTED.
struct Review
{
    QStringList strengths;
    QStringList weaknesses;
    QStringList improvements; // legacy key, kept when present
    QString imageDescription;
    QList<CriteriaCategory> criteria; // only the values that have `items`, in file order
    Verdict verdict = Verdict::None;

    bool isEmpty() const;
    double criteriaScoreSum() const;
    static QString verdictText(Verdict v);
    friend bool operator==(const Review &, const Review &) = default;
};
