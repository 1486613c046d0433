#include "issuefiltermodel.h"
#include "issuelifecycle.h"
#include "issuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Stage = IssueLifecycle::SpecStage;
using LibraryState = IssueLifecycle::LibraryState;
using Group = IssueLifecycle::Group;

Q_DECLARE_METATYPE(IssueLifecycle::SpecStage)
Q_DECLARE_METATYPE(IssueLifecycle::ReportState)

namespace {
GitHubIssue makeIssue(int number, const QString &title, const QStringList &labels, const QString &state = u"open"_s)
{
    GitHubIssue issue;
    issue.number = number;
    issue.title = title;
    issue.state = state;
    issue.author = u"octocat"_s;
    for (const QString &label : labels)
        issue.labels.append({label, {}, {}});
    issue.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(number);
    return issue;
}

QList<GitHubIssue> sampleIssues()
{
    return {makeIssue(5, u"[scatter-basic] Basic scatter"_s, {u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:seaborn:failed"_s}),
            makeIssue(4, u"[violin-split] Split violin"_s, {u"spec-request"_s}),
            makeIssue(3, u"[heatmap-basic] Heatmap"_s, {u"approved"_s, u"generate:plotly"_s}),
            makeIssue(2, u"Duplicate of a scatter"_s, {u"spec-request"_s, u"duplicate"_s}, u"closed"_s),
            makeIssue(1, u"[scatter-basic] Report: wrong colours"_s, {u"report-pending"_s, u"report:impl:matplotlib"_s,
                                                                       u"category:visual"_s})};
}
} // namespace

class TestIssueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifecycleFromLabels_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("libraries"); // "lib=state,…"
        QTest::addColumn<IssueLifecycle::ReportState>("report");
        QTest::newRow("none") << QStringList{} << Stage::None << QString() << IssueLifecycle::ReportState::None;
        QTest::newRow("request") << QStringList{u"spec-request"_s} << Stage::Requested << QString()
                                 << IssueLifecycle::ReportState::None;
        QTest::newRow("approved wins over request") << QStringList{u"spec-request"_s, u"approved"_s} << Stage::Approved
                                                    << QString() << IssueLifecycle::ReportState::None;
        QTest::newRow("ready, order free") << QStringList{u"spec-ready"_s, u"approved"_s} << Stage::Ready << QString()
                                           << IssueLifecycle::ReportState::None;
        QTest::newRow("duplicate") << QStringList{u"spec-request"_s, u"duplicate"_s} << Stage::Duplicate << QString()
                                   << IssueLifecycle::ReportState::None;
        QTest::newRow("libraries")
            << QStringList{u"spec-ready"_s, u"generate:bokeh"_s, u"impl:matplotlib:pending"_s, u"impl:matplotlib:done"_s,
                           u"impl:seaborn:failed"_s}
            << Stage::Ready << u"bokeh=generate,matplotlib=done,seaborn=failed"_s << IssueLifecycle::ReportState::None;
        QTest::newRow("report") << QStringList{u"report-pending"_s, u"report:spec"_s} << Stage::None << QString()
                                << IssueLifecycle::ReportState::Pending;
        QTest::newRow("report validated") << QStringList{u"report-validated"_s, u"report-pending"_s} << Stage::None
                                          << QString() << IssueLifecycle::ReportState::Validated;
        QTest::newRow("malformed impl labels ignored")
            << QStringList{u"impl::done"_s, u"impl:x:maybe"_s, u"generate:"_s, u" approved "_s} << Stage::Approved
            << QString() << IssueLifecycle::ReportState::None;
    }
    void lifecycleFromLabels()
    {
        QFETCH(QStringList, labels);
        QFETCH(Stage, stage);
        QFETCH(QString, libraries);
        QFETCH(IssueLifecycle::ReportState, report);
        const IssueLifecycle lifecycle = IssueLifecycle::fromLabels(labels);
        QCOMPARE(lifecycle.stage, stage);
        QStringList actual;
        for (auto it = lifecycle.libraries.cbegin(); it != lifecycle.libraries.cend(); ++it)
            actual.append(it.key() + u'=' + IssueLifecycle::libraryStateKey(it.value()));
        QCOMPARE(actual.join(u','), libraries);
        QCOMPARE(lifecycle.report, report);
    }

    void lifecycleExtras()
    {
        const IssueLifecycle lifecycle = IssueLifecycle::fromLabels(
            {u"quality:87"_s, u"ai-approved"_s, u"report:impl:seaborn"_s, u"category:data"_s, u"🚀 odd label"_s});
        QCOMPARE(lifecycle.qualityScore, 87);
        QCOMPARE(lifecycle.aiVerdict, u"ai-approved"_s);
        QCOMPARE(lifecycle.reportTargets, QStringList{u"impl:seaborn"_s});
        QCOMPARE(lifecycle.reportCategory, u"data"_s);
        QCOMPARE(lifecycle.otherLabels, QStringList{u"🚀 odd label"_s});
        QVERIFY(lifecycle.isInGroup(Group::Report));
    }

    void modelPassesTheTester()
    {
        IssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssues(sampleIssues());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, IssueModel::NumberColumn).data().toString(), u"#5"_s);
        QCOMPARE(model.index(0, IssueModel::SpecColumn).data().toString(), u"scatter-basic"_s);
        QCOMPARE(model.index(0, IssueModel::LifecycleColumn).data().toString(), u"spec-ready · 1 done, 1 failed"_s);
        QCOMPARE(model.index(3, IssueModel::StateColumn).data().toString(), u"closed"_s);
        GitHubIssue changed = model.issueAt(1);
        changed.labels.append({u"approved"_s, {}, {}});
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.updateIssue(changed));
        QCOMPARE(model.lifecycleAt(1).stage, Stage::Approved);
        // A re-poll with the same issues updates rows in place: selections survive.
        QList<GitHubIssue> again = sampleIssues();
        again[2].comments = 7;
        model.setIssues(again);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(dataChanged.size(), 3); // update + rows 1 (labels back) and 2 (comments)
        QCOMPARE(model.index(2, IssueModel::CommentsColumn).data().toInt(), 7);
        // A new issue resets.
        again.prepend(makeIssue(6, u"[new-plot] New"_s, {u"spec-request"_s}));
        model.setIssues(again);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowOfIssue(6), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void duplicateNumbersFromShiftedPagesAreKeptOnce()
    {
        IssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<GitHubIssue> issues = sampleIssues();
        issues.append(issues.at(1));
        model.setIssues(issues);
        QCOMPARE(model.rowCount(), 5);
    }

    void specLinksPreferTheYamlIssueNumber()
    {
        IssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssues(sampleIssues());
        QCOMPARE(model.issuesForSpec(u"scatter-basic"_s), (QList<int>{5, 1}));
        QCOMPARE(model.specIdAt(model.rowOfIssue(2)), QString());
        model.setSpecLinks({{2, u"scatter-duplicate"_s}, {5, u"scatter-basic"_s}});
        QCOMPARE(model.specIdAt(model.rowOfIssue(2)), u"scatter-duplicate"_s);
        QCOMPARE(model.issuesForSpec(u"scatter-duplicate"_s), QList<int>{2});
        QVERIFY(model.issuesForSpec(QString()).isEmpty());
    }

    void filterByGroupStateAndText_data()
    {
        QTest::addColumn<int>("group"); // -1: any
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("numbers");
        const int all = int(IssueFilterModel::StateFilter::All);
        const int open = int(IssueFilterModel::StateFilter::Open);
        const int closed = int(IssueFilterModel::StateFilter::Closed);
        QTest::newRow("everything") << -1 << all << QString() << QList<int>{5, 4, 3, 2, 1};
        QTest::newRow("open") << -1 << open << QString() << QList<int>{5, 4, 3, 1};
        QTest::newRow("closed") << -1 << closed << QString() << QList<int>{2};
        QTest::newRow("spec requests") << int(Group::SpecRequest) << all << QString() << QList<int>{4};
        QTest::newRow("duplicates") << int(Group::Duplicate) << all << QString() << QList<int>{2};
        QTest::newRow("approved") << int(Group::Approved) << all << QString() << QList<int>{3};
        QTest::newRow("ready") << int(Group::SpecReady) << all << QString() << QList<int>{5};
        QTest::newRow("generate") << int(Group::Generate) << all << QString() << QList<int>{3};
        QTest::newRow("failed") << int(Group::ImplFailed) << all << QString() << QList<int>{5};
        QTest::newRow("done") << int(Group::ImplDone) << all << QString() << QList<int>{5};
        QTest::newRow("pending") << int(Group::ImplPending) << all << QString() << QList<int>{};
        QTest::newRow("reports") << int(Group::Report) << all << QString() << QList<int>{1};
        QTest::newRow("text in title") << -1 << all << u"VIOLIN"_s << QList<int>{4};
        QTest::newRow("text words AND") << -1 << all << u"scatter report"_s << QList<int>{1};
        QTest::newRow("number") << -1 << all << u"#3"_s << QList<int>{3};
        QTest::newRow("label text") << -1 << all << u"seaborn:failed"_s << QList<int>{5};
        QTest::newRow("group and text") << int(Group::ImplDone) << open << u"scatter"_s << QList<int>{5};
    }
    void filterByGroupStateAndText()
    {
        QFETCH(int, group);
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QList<int>, numbers);
        IssueModel model;
        model.setIssues(sampleIssues());
        IssueFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setGroup(group < 0 ? std::nullopt : std::optional(static_cast<Group>(group)));
        filter.setStateFilter(static_cast<IssueFilterModel::StateFilter>(state));
        filter.setSearchText(text);
        QList<int> actual;
        for (int row = 0; row < filter.rowCount(); ++row)
            actual.append(filter.index(row, 0).data(IssueModel::NumberRole).toInt());
        QCOMPARE(actual, numbers);
    }

    void sortsByNumberNumerically()
    {
        IssueModel model;
        QList<GitHubIssue> issues{makeIssue(9, u"a"_s, {}), makeIssue(10, u"b"_s, {}), makeIssue(100, u"c"_s, {})};
        model.setIssues(issues);
        IssueFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(IssueModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(IssueModel::NumberRole).toInt(), 9);
        QCOMPARE(filter.index(2, 0).data(IssueModel::NumberRole).toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(TestIssueModel)
#include "tst_issuemodel.moc"
