#pragma once

#include "githubchange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

// The anyplot report form: spec id, the libraries concerned, category, description. OK only
// when the report is complete; the problems are listed as they are fixed.
class ReportProblemDialog : public QDialog
{
    Q_OBJECT
public:
    ReportProblemDialog(const QString &specId, const QStringList &libraries, const QString &library,
                        QWidget *parent = nullptr);
    ImplementationReport report() const;

    QLineEdit *specIdEdit() const { return m_specId; }
    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QList<QCheckBox *> libraryBoxes() const { return m_libraries; }
    QLabel *problemsLabel() const { return m_problems; }
    bool canSend() const;

private:
    void validate();

    QLineEdit *m_specId;
    QList<QCheckBox *> m_libraries;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
