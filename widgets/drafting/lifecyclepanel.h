#pragma once

#include <QStringList>
#include <QWidget>

class LifecycleView;
class QLabel;

// The lifecycle view with its controls: which issue it shows, zoom in / out / fit, and a legend
// of the colours. The issues panel and the thread view hand it an issue's live labels.
class LifecyclePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LifecyclePanel(QWidget *parent = nullptr);

    // number 0: no issue (the state machine alone, nothing highlighted).
    void setIssue(int number, const QString &title, const QStringList &labels);
    LifecycleView *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QString summary() const; // "matplotlib done · plotly failed · bokeh pending"

protected:
    void showEvent(QShowEvent *event) override; // the whole graph in sight when it appears

private:
    LifecycleView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
};
