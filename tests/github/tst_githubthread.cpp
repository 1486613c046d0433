#include "aireviewsummary.h"
#include "githubchange.h"
#include "issuethread.h"
#include "threadmarkdown.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
Q_DECLARE_METATYPE(AiReviewSummary::Kind)

namespace {
const QString standardReview = uR"(## AI Review - Attempt 2/3

### Score: 85/100

| Category | Score | Max |
|----------|-------|-----|
| Visual Quality | 36 | 40 |
| Code Quality | 18 | 20 |
| Spec Compliance | 22 | 25 |
| Library Features | 9 | 15 |
| **Total** | **85** | **100** |

### Strengths
- Clear labels

### Verdict: APPROVED
)"_s;
} // namespace

class TestGitHubThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aiReview_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<AiReviewSummary::Kind>("kind");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("categories");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("library");
        QTest::addColumn<bool>("placeholders");
        using K = AiReviewSummary::Kind;
        QTest::newRow("standard") << standardReview << K::Review << 85 << u"APPROVED"_s << 4 << 2 << QString() << false;
        QTest::newRow("bold, emoji, fractions, of")
            << u"## 🤖 AI Review (seaborn) — Attempt 1 of 4\n\n**Score:** 72 / 100\n\n| Category | Score |\n|:--|--:|\n"
               u"| Visual | 30/40 |\n| Code | 12/20 |\n\n**Verdict:** ❌ REJECTED\n"_s
            << K::Review << 72 << u"REJECTED"_s << 2 << 1 << u"seaborn"_s << false;
        QTest::newRow("placeholders instead of numbers")
            << u"## AI Review - Attempt ${ATTEMPT}/3\n\n### Score: ${SCORE}/100\n\n### Verdict: ${VERDICT}\n"_s
            << K::Review << -1 << QString() << 0 << -1 << QString() << true;
        QTest::newRow("implausible score ignored")
            << u"## AI Review\n### Score: 850/100\n### Verdict: approved"_s << K::Review << -1 << u"APPROVED"_s << 0 << -1
            << QString() << false;
        QTest::newRow("score without max") << u"## AI Review\nScore: 91\n"_s << K::Review << 91 << QString() << 0 << -1
                                           << QString() << false;
        QTest::newRow("complete") << u"## :white_check_mark: matplotlib Complete\n\n**Quality Score:** 92/100\n\nPR #12"_s
                                  << K::ImplementationComplete << 92 << QString() << 0 << -1 << u"matplotlib"_s << false;
        QTest::newRow("not a review") << u"Thanks! Looks good to me. Score: 10/10"_s << K::None << -1 << QString() << 0 << -1
                                      << QString() << false;
        QTest::newRow("table of another kind ignored")
            << u"## AI Review\n| Library | Status |\n|---|---|\n| bokeh | ok |\n### Score: 50/100"_s << K::Review << 50
            << QString() << 0 << -1 << QString() << false;
        QTest::newRow("ragged table") << u"## AI Review\n| Category | Score | Max |\n|---|\n| Visual |\n| Data | x | y |\n| Code | 5 | 3 |"_s
                                      << K::Review << -1 << QString() << 2 << -1 << QString() << false;
        QTest::newRow("empty") << QString() << K::None << -1 << QString() << 0 << -1 << QString() << false;
    }
    void aiReview()
    {
        QFETCH(QString, body);
        QFETCH(AiReviewSummary::Kind, kind);
        QFETCH(int, score);
        QFETCH(QString, verdict);
        QFETCH(int, categories);
        QFETCH(int, attempt);
        QFETCH(QString, library);
        QFETCH(bool, placeholders);
        const AiReviewSummary summary = AiReviewSummary::parse(body);
        QCOMPARE(summary.kind, kind);
        QCOMPARE(summary.score, score);
        QCOMPARE(summary.verdict, verdict);
        QCOMPARE(summary.categories.size(), categories);
        QCOMPARE(summary.attempt, attempt);
        QCOMPARE(summary.library, library);
        QCOMPARE(summary.hasPlaceholders, placeholders);
        if (kind != AiReviewSummary::Kind::None)
            QVERIFY(!summary.oneLine().isEmpty());
    }

    void aiReviewCategoryValues()
    {
        const AiReviewSummary summary = AiReviewSummary::parse(standardReview);
        QCOMPARE(summary.categories.first(), (AiReviewSummary::Category{u"Visual Quality"_s, 36, 40}));
        QCOMPARE(summary.categories.last(), (AiReviewSummary::Category{u"Library Features"_s, 9, 15}));
        QCOMPARE(summary.maxAttempts, 3);
        QCOMPARE(summary.oneLine(), u"AI review attempt 2/3, 85/100, APPROVED"_s);
        const AiReviewSummary ragged = AiReviewSummary::parse(u"## AI Review\n| Category | Score | Max |\n|---|\n| Data | x | y |\n| Code | 5 | 3 |"_s);
        QCOMPARE(ragged.categories.at(0).score, -1);
        QCOMPARE(ragged.categories.at(1).score, -1); // 5 of 3 is not plausible
    }

    void markdownMadeSafe_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("absent");
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("placeholders");
        QTest::newRow("image becomes a link") << u"Look: ![plot](https://evil.example/x.png)"_s
                                              << u"[image: plot](https://evil.example/x.png)"_s << u"!["_s << 1 << 0;
        QTest::newRow("html img") << u"<img src=\"https://x/y.png\" width=200>"_s << u"[image](https://x/y.png)"_s
                                  << u"<img"_s << 1 << 0;
        QTest::newRow("html tags and comments removed")
            << u"<!-- form hint --><details><summary>More</summary>text<script>alert(1)</script></details>"_s
            << u"Moretextalert(1)"_s << u"<script"_s << 0 << 0;
        QTest::newRow("placeholder shown as code") << u"Score: ${SCORE} of ${MAX}"_s << u"`${SCORE}` of `${MAX}`"_s
                                                   << u" ${SCORE} "_s << 0 << 2;
        QTest::newRow("code fence untouched") << u"```html\n<b>${x}</b> ![a](b)\n```\nafter ${y}"_s
                                              << u"<b>${x}</b> ![a](b)\n```\nafter `${y}`"_s << u"[image"_s << 0 << 1;
        QTest::newRow("unterminated placeholder") << u"value ${oops"_s << u"value ${oops"_s << u"`"_s << 0 << 0;
    }
    void markdownMadeSafe()
    {
        QFETCH(QString, body);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        QFETCH(int, images);
        QFETCH(int, placeholders);
        const ThreadMarkdown prepared = ThreadMarkdown::prepare(body);
        QVERIFY2(prepared.markdown.contains(contains), qPrintable(prepared.markdown));
        QVERIFY2(!prepared.markdown.contains(absent), qPrintable(prepared.markdown));
        QCOMPARE(prepared.imagesReplaced, images);
        QCOMPARE(prepared.placeholders, placeholders);
        QTextDocument document;
        ThreadMarkdown::render(document, prepared);
        QVERIFY(!document.toPlainText().contains(u"<script"_s));
    }

    void hugeBodyIsTruncatedQuickly()
    {
        QString body;
        for (int i = 0; i < 200000; ++i)
            body += u"line %1 with **bold** and <b>html</b> ${x}\n"_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        const ThreadMarkdown prepared = ThreadMarkdown::prepare(body);
        const qint64 prepareMs = timer.elapsed();
        QVERIFY(prepared.truncated);
        QVERIFY(prepared.markdown.size() < ThreadMarkdown::defaultLimit + 4096);
        QVERIFY(prepared.removedCharacters > 8'000'000);
        QVERIFY(prepared.markdown.contains(u"more characters not shown"_s));
        QTextDocument document;
        ThreadMarkdown::render(document, prepared);
        QVERIFY(document.characterCount() > 20000);
        const qint64 renderMs = timer.elapsed() - prepareMs;
        qInfo("prepared a %lld-character body in %lld ms, rendered in %lld ms", qint64(body.size()), prepareMs, renderMs);
        // Qt's importer is quadratic in paragraph length: no run of plain lines may grow long.
        int run = 0, longest = 0;
        for (const QString &line : prepared.markdown.split(u'\n')) {
            run = line.trimmed().isEmpty() ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        QVERIFY2(longest <= 25, qPrintable(QString::number(longest)));
        // A truncated open code fence is closed, so the note renders as text.
        const ThreadMarkdown fenced = ThreadMarkdown::prepare(u"```\n"_s + body.left(100000), 1000);
        QVERIFY(fenced.markdown.contains(u"\n```\n\n*"_s));
    }

    void hostileBodiesNeverCrash()
    {
        QElapsedTimer timer;
        timer.start();
        // A seeded mutation loop over review-like and markup-heavy text.
        const QString seeds = standardReview + u"<img src='x'> ![a](b) ${c} ``` | Category | Score |\n"_s;
        QRandomGenerator random(20261201);
        static const QString alphabet = u"|#*`$-{}[]()<>!/:\n 0123456789abcAPPROVED"_s;
        for (int round = 0; round < 2000; ++round) {
            QString text = seeds;
            for (int m = 0; m < 20; ++m) {
                const int at = int(random.bounded(text.size() + 1));
                switch (random.bounded(3)) {
                case 0: text.insert(at, alphabet.at(random.bounded(alphabet.size()))); break;
                case 1: text.remove(at, int(random.bounded(8))); break;
                default: text.insert(at, text.mid(int(random.bounded(text.size() + 1)), int(random.bounded(40))));
                }
            }
            const AiReviewSummary summary = AiReviewSummary::parse(text);
            QVERIFY(summary.score >= -1 && summary.score <= 1000);
            QVERIFY(summary.categories.size() <= 50);
            const ThreadMarkdown prepared = ThreadMarkdown::prepare(text, 2000);
            QVERIFY(prepared.markdown.size() < 12000);
        }
        qInfo("2000 mutated bodies in %lld ms", qint64(timer.elapsed()));
    }

    void threadBuildsEntries()
    {
        GitHubIssue issue;
        issue.number = 7;
        issue.author = u"someone"_s;
        issue.body = u"### Description\n\n![x](y)"_s;
        GitHubComment review;
        review.id = 11;
        review.author = u"github-actions[bot]"_s;
        review.body = standardReview;
        GitHubComment plain;
        plain.id = 12;
        plain.body = u"thanks"_s;
        const IssueThread thread = IssueThread::build(issue, {review, plain});
        QCOMPARE(thread.entries.size(), 3);
        QCOMPARE(thread.entries.first().comment.author, u"someone"_s);
        QCOMPARE(thread.entries.first().markdown.imagesReplaced, 1);
        QCOMPARE(thread.reviews().size(), 1);
        QCOMPARE(thread.reviews().first().score, 85);
    }

    void changesDescribeTheExactRequest()
    {
        const GitHubRepository repo = GitHubRepository::defaultCatalog();
        const GitHubChange label = GitHubChange::addLabel(repo, 12, u"generate:matplotlib"_s);
        QCOMPARE(label.summary(), u"Add the label 'generate:matplotlib' to MarkusNeusinger/anyplot#12"_s);
        QVERIFY(label.request().startsWith(u"POST /repos/MarkusNeusinger/anyplot/issues/12/labels\n"_s));
        QVERIFY(label.request().contains(u"\"generate:matplotlib\""_s));
        QCOMPARE(GitHubChange::removeLabel(repo, 3, u"a b/c"_s).request(),
                 u"DELETE /repos/MarkusNeusinger/anyplot/issues/3/labels/a%20b%2Fc"_s);
        QVERIFY(GitHubChange::comment(repo, 3, u"Hi \"there\""_s).request().contains(u"\"body\": \"Hi \\\"there\\\"\""_s));
    }

    void reportForm()
    {
        ImplementationReport report{u"scatter-basic"_s, {u"seaborn"_s}, u"visual"_s, u"The legend hides the data points."_s};
        QVERIFY(report.problems().isEmpty());
        QCOMPARE(report.issueTitle(), u"[scatter-basic] Report: The legend hides the data points."_s);
        const QString body = report.issueBody();
        QVERIFY(body.contains(u"### Spec ID\n\nscatter-basic\n"_s));
        QVERIFY(body.contains(u"- [X] seaborn\n"_s));
        QVERIFY(body.contains(u"- [ ] matplotlib\n"_s));
        QVERIFY(body.contains(u"### Category\n\nvisual\n"_s));
        const GitHubChange change = report.toChange(GitHubRepository::defaultCatalog());
        QCOMPARE(change.labels, QStringList{u"report-pending"_s});
        ImplementationReport bad{u"Bad Id"_s, {}, u"colour"_s, u"short"_s};
        QCOMPARE(bad.problems().size(), 3);
    }
};

// QTextDocument lays out fonts: a GUI application (offscreen).
QTEST_MAIN(TestGitHubThread)
#include "tst_githubthread.moc"
