#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What an AI review bot comment says (CONTRACTS.md §5), recognised defensively: the comments are
// written by an AI and vary in headings, bold, spacing, emoji and table shape, and some carry
// unexpanded `${…}` placeholders. Anything not understood is left unset, never guessed.
struct AiReviewSummary
{
    enum class Kind { None, Review, ImplementationComplete };
    struct Category
    {
        QString name;
        int score = -1;
        int max = -1;
        friend bool operator==(const Category &, const Category &) = default;
    };

    Kind kind = Kind::None;
    QString library;         // when the comment names one
    int attempt = -1;        // "Attempt 2/3"
    int maxAttempts = -1;
    int score = -1;          // -1: absent or a placeholder
    int scoreMax = 100;
    QString verdict;         // "APPROVED", "REJECTED" or empty
    QList<Category> categories;
    bool hasPlaceholders = false;

    bool isRecognised() const { return kind != Kind::None; }
    static AiReviewSummary parse(const QString &markdown);
    // One line: "AI review 2/3: 85/100, APPROVED".
    QString oneLine() const;
};
