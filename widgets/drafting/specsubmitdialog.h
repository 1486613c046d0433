#pragma once

#include "specdraftissue.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

// Shows exactly the issue that will be created — title, label, the body as sent and as GitHub
// renders it — before anything leaves the machine. Accepting means "create it".
class SpecSubmitDialog : public QDialog
{
    Q_OBJECT
public:
    SpecSubmitDialog(const SpecDraftIssue &issue, const QString &repository, bool canCreate,
                     const QString &whyNot, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *bodySource() const { return m_body; }
    QTextBrowser *bodyPreview() const { return m_preview; }
    QLabel *labelsLabel() const { return m_labels; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_labels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
