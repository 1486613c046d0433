#include "reportproblemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

ReportProblemDialog::ReportProblemDialog(const QString &specId, const QStringList &libraries, const QString &library,
                                         QWidget *parent)
    : QDialog(parent)
    , m_specId(new QLineEdit(specId, this))
    , m_category(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Report a Problem"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Spec &ID:"), m_specId);
    auto *grid = new QGridLayout;
    int index = 0;
    for (const QString &name : libraries) {
        auto *box = new QCheckBox(name, this);
        box->setChecked(name == library);
        connect(box, &QCheckBox::toggled, this, &ReportProblemDialog::validate);
        grid->addWidget(box, index / 3, index % 3);
        m_libraries.append(box);
        ++index;
    }
    form->addRow(tr("Libraries:"), grid);
    m_category->addItem(tr("Choose…"), QString());
    const QStringList categories = ImplementationReport::categories();
    const QStringList titles{tr("Visual"), tr("Data"), tr("Functional"), tr("Other")};
    for (int i = 0; i < categories.size(); ++i)
        m_category->addItem(titles.value(i, categories.at(i)), categories.at(i));
    form->addRow(tr("&Category:"), m_category);
    m_description->setPlaceholderText(tr("What is wrong, and where? What did you expect?"));
    form->addRow(tr("&Description:"), m_description);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(u"reportProblems"_s);
    form->addRow(m_problems);
    form->addRow(tr("The report is filed as a new issue with the label report-pending."), static_cast<QWidget *>(nullptr));
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Review and Send…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_specId, &QLineEdit::textChanged, this, &ReportProblemDialog::validate);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ReportProblemDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReportProblemDialog::validate);
    resize(560, 480);
    validate();
}

ImplementationReport ReportProblemDialog::report() const
{
    ImplementationReport report;
    report.specId = m_specId->text().trimmed();
    for (const QCheckBox *box : m_libraries) {
        if (box->isChecked())
            report.libraries.append(box->text());
    }
    report.category = m_category->currentData().toString();
    report.description = m_description->toPlainText();
    return report;
}

bool ReportProblemDialog::canSend() const
{
    return report().problems().isEmpty();
}

void ReportProblemDialog::validate()
{
    const QStringList problems = report().problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
