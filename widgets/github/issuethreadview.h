#pragma once

#include "issuethread.h"

#include <QWidget>

class IssueTracker;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// One issue's conversation — body and comments rendered from (made-safe) Markdown, AI reviews
// summarised — and the actions on it: comment, add/remove a label, report a problem. Each action
// is confirmed with the exact request first; what was typed stays until GitHub took it.
class IssueThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit IssueThreadView(IssueTracker *tracker, QWidget *parent = nullptr);

    void setIssue(int number); // 0 clears
    int issueNumber() const { return m_number; }
    const IssueThread &thread() const { return m_thread; }
    bool isLoading() const { return m_loading; }

    // The actions, as the buttons run them (after confirmation).
    void addLabel(const QString &label);
    void removeLabel(const QString &label);
    void postComment();
    void reportProblem();

    static QStringList labelSuggestions();
    static QStringList libraries();

    // The parts tests reach for.
    QLabel *headerLabel() const { return m_header; }
    QLabel *reviewLabel() const { return m_reviews; }
    QLabel *messageLabel() const { return m_message; }
    QTextBrowser *document() const { return m_document; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QComboBox *labelBox() const { return m_labelBox; }
    QPushButton *postButton() const { return m_post; }

Q_SIGNALS:
    void threadShown(int number);
    void specRequested(const QString &specId);

private:
    void show(const IssueThread &thread);
    void showError(const QString &message);
    void updateActions();
    QString reviewsHtml() const;

    IssueTracker *m_tracker;
    int m_number = 0;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_posting = false;
    IssueThread m_thread;

    QLabel *m_header;
    QLabel *m_reviews;
    QLabel *m_message;
    QTextBrowser *m_document;
    QComboBox *m_labelBox;
    QPushButton *m_addLabel;
    QPushButton *m_removeLabel;
    QPushButton *m_report;
    QPlainTextEdit *m_comment;
    QPushButton *m_post;
};
