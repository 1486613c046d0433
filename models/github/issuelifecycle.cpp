#include "issuelifecycle.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// A later state of a library wins over an earlier one when both labels are present.
int rank(IssueLifecycle::LibraryState state)
{
    return static_cast<int>(state);
}

void raise(QMap<QString, IssueLifecycle::LibraryState> &libraries, const QString &library,
           IssueLifecycle::LibraryState state)
{
    if (library.isEmpty())
        return;
    auto it = libraries.find(library);
    if (it == libraries.end())
        libraries.insert(library, state);
    else if (rank(state) > rank(*it))
        *it = state;
}
} // namespace

IssueLifecycle IssueLifecycle::fromIssue(const GitHubIssue &issue)
{
    return fromLabels(issue.labelNames());
}

IssueLifecycle IssueLifecycle::fromLabels(const QStringList &labels)
{
    static const QRegularExpression implRule(u"^impl:([^:]+):(pending|done|failed)$"_s);
    static const QRegularExpression qualityRule(u"^quality:(\\d{1,3})$"_s);
    IssueLifecycle lifecycle;
    int stageRank = 0; // duplicate > ready > approved > requested
    auto setStage = [&](SpecStage stage, int stageOrder) {
        if (stageOrder > stageRank) {
            lifecycle.stage = stage;
            stageRank = stageOrder;
        }
    };
    for (const QString &raw : labels) {
        const QString label = raw.trimmed();
        if (label == u"spec-request"_s) {
            setStage(SpecStage::Requested, 1);
        } else if (label == u"approved"_s) {
            setStage(SpecStage::Approved, 2);
        } else if (label == u"spec-ready"_s) {
            setStage(SpecStage::Ready, 3);
        } else if (label == u"duplicate"_s) {
            setStage(SpecStage::Duplicate, 4);
        } else if (label.startsWith(u"generate:"_s)) {
            raise(lifecycle.libraries, label.mid(9), LibraryState::GenerateRequested);
        } else if (const auto match = implRule.match(label); match.hasMatch()) {
            const QString state = match.captured(2);
            raise(lifecycle.libraries, match.captured(1),
                  state == u"pending"_s ? LibraryState::Pending
                                        : state == u"done"_s ? LibraryState::Done : LibraryState::Failed);
        } else if (label == u"report-pending"_s) {
            if (lifecycle.report == ReportState::None)
                lifecycle.report = ReportState::Pending;
        } else if (label == u"report-validated"_s) {
            lifecycle.report = ReportState::Validated;
        } else if (label.startsWith(u"report:"_s)) {
            lifecycle.reportTargets.append(label.mid(7));
        } else if (label.startsWith(u"category:"_s)) {
            lifecycle.reportCategory = label.mid(9);
        } else if (const auto quality = qualityRule.match(label); quality.hasMatch()) {
            lifecycle.qualityScore = quality.captured(1).toInt();
        } else if (label == u"ai-approved"_s || label == u"ai-rejected"_s) {
            lifecycle.aiVerdict = label;
        } else {
            lifecycle.otherLabels.append(label);
        }
    }
    return lifecycle;
}

bool IssueLifecycle::isInGroup(Group group) const
{
    auto anyLibrary = [this](LibraryState state) {
        for (const LibraryState s : libraries) {
            if (s == state)
                return true;
        }
        return false;
    };
    switch (group) {
    case Group::SpecRequest: return stage == SpecStage::Requested;
    case Group::Approved: return stage == SpecStage::Approved;
    case Group::SpecReady: return stage == SpecStage::Ready;
    case Group::Duplicate: return stage == SpecStage::Duplicate;
    case Group::Generate: return anyLibrary(LibraryState::GenerateRequested);
    case Group::ImplPending: return anyLibrary(LibraryState::Pending);
    case Group::ImplDone: return anyLibrary(LibraryState::Done);
    case Group::ImplFailed: return anyLibrary(LibraryState::Failed);
    case Group::Report: return report != ReportState::None || !reportTargets.isEmpty();
    }
    return false;
}

QString IssueLifecycle::summary() const
{
    QStringList parts;
    if (stage != SpecStage::None)
        parts.append(stageKey(stage));
    int counts[5] = {0, 0, 0, 0, 0};
    for (const LibraryState state : libraries)
        ++counts[static_cast<int>(state)];
    QStringList libraryParts;
    if (counts[int(LibraryState::GenerateRequested)])
        libraryParts.append(QCoreApplication::translate("IssueLifecycle", "%n requested", nullptr,
                                                        counts[int(LibraryState::GenerateRequested)]));
    if (counts[int(LibraryState::Pending)])
        libraryParts.append(QCoreApplication::translate("IssueLifecycle", "%n pending", nullptr,
                                                        counts[int(LibraryState::Pending)]));
    if (counts[int(LibraryState::Done)])
        libraryParts.append(QCoreApplication::translate("IssueLifecycle", "%n done", nullptr,
                                                        counts[int(LibraryState::Done)]));
    if (counts[int(LibraryState::Failed)])
        libraryParts.append(QCoreApplication::translate("IssueLifecycle", "%n failed", nullptr,
                                                        counts[int(LibraryState::Failed)]));
    if (!libraryParts.isEmpty())
        parts.append(libraryParts.join(u", "_s));
    if (report == ReportState::Pending)
        parts.append(u"report-pending"_s);
    else if (report == ReportState::Validated)
        parts.append(u"report-validated"_s);
    return parts.join(u" · "_s);
}

QString IssueLifecycle::stageKey(SpecStage stage)
{
    switch (stage) {
    case SpecStage::None: return {};
    case SpecStage::Requested: return u"spec-request"_s;
    case SpecStage::Approved: return u"approved"_s;
    case SpecStage::Ready: return u"spec-ready"_s;
    case SpecStage::Duplicate: return u"duplicate"_s;
    }
    return {};
}

QString IssueLifecycle::libraryStateKey(LibraryState state)
{
    switch (state) {
    case LibraryState::None: return {};
    case LibraryState::GenerateRequested: return u"generate"_s;
    case LibraryState::Pending: return u"pending"_s;
    case LibraryState::Done: return u"done"_s;
    case LibraryState::Failed: return u"failed"_s;
    }
    return {};
}

QString IssueLifecycle::groupKey(Group group)
{
    switch (group) {
    case Group::SpecRequest: return u"spec-request"_s;
    case Group::Approved: return u"approved"_s;
    case Group::SpecReady: return u"spec-ready"_s;
    case Group::Duplicate: return u"duplicate"_s;
    case Group::Generate: return u"generate"_s;
    case Group::ImplPending: return u"impl-pending"_s;
    case Group::ImplDone: return u"impl-done"_s;
    case Group::ImplFailed: return u"impl-failed"_s;
    case Group::Report: return u"report"_s;
    }
    return {};
}

QString IssueLifecycle::groupTitle(Group group)
{
    switch (group) {
    case Group::SpecRequest: return QCoreApplication::translate("IssueLifecycle", "Spec requests");
    case Group::Approved: return QCoreApplication::translate("IssueLifecycle", "Approved");
    case Group::SpecReady: return QCoreApplication::translate("IssueLifecycle", "Spec ready");
    case Group::Duplicate: return QCoreApplication::translate("IssueLifecycle", "Duplicates");
    case Group::Generate: return QCoreApplication::translate("IssueLifecycle", "Generation requested");
    case Group::ImplPending: return QCoreApplication::translate("IssueLifecycle", "Implementation pending");
    case Group::ImplDone: return QCoreApplication::translate("IssueLifecycle", "Implementation done");
    case Group::ImplFailed: return QCoreApplication::translate("IssueLifecycle", "Implementation failed");
    case Group::Report: return QCoreApplication::translate("IssueLifecycle", "Reports");
    }
    return {};
}
