#pragma once

#include <QWidget>

class IssueFilterModel;
class IssueThreadView;
class IssueTracker;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

// The Issues panel (a dock): the catalog repository's issues filtered by lifecycle label group,
// open/closed/all and search text, each linked to its spec; the selected issue's thread below.
class IssuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IssuesPanel(IssueTracker *tracker, QWidget *parent = nullptr);

    // Narrows the list to a spec's issues and selects the newest (the spec page's "its issue").
    void showIssuesOfSpec(const QString &specId);
    bool selectIssue(int number);

    IssueFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    IssueThreadView *threadView() const { return m_thread; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *groupBox() const { return m_group; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void specRequested(const QString &specId);

private:
    void currentChanged();

    IssueTracker *m_tracker;
    IssueFilterModel *m_filter;
    QComboBox *m_state;
    QComboBox *m_group;
    QLineEdit *m_search;
    QToolButton *m_refresh;
    QTreeView *m_view;
    QLabel *m_status;
    IssueThreadView *m_thread;
};
