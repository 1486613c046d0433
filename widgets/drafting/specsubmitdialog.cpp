#include "specsubmitdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SpecSubmitDialog::SpecSubmitDialog(const SpecDraftIssue &issue, const QString &repository, bool canCreate,
                                   const QString &whyNot, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Submit the Spec as a GitHub Issue"));
    auto *intro = new QLabel(tr("This issue will be created in <b>%1</b>, as the \"Request New Plot\" form would "
                                "create it. Nothing is sent until you press Create Issue.")
                                 .arg(repository.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_title = new QLineEdit(issue.title, this);
    m_title->setReadOnly(true);
    m_labels = new QLabel(issue.labels.join(u", "_s), this);
    m_labels->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_body = new QPlainTextEdit(issue.body, this);
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = new QTextBrowser(this);
    m_preview->setMarkdown(issue.body);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_preview, tr("Rendered"));
    tabs->addTab(m_body, tr("Markdown sent"));

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Labels:"), m_labels);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = m_buttons->addButton(tr("Create Issue"), QDialogButtonBox::AcceptRole);
    create->setEnabled(canCreate);
    create->setToolTip(whyNot);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    if (!canCreate && !whyNot.isEmpty()) {
        auto *why = new QLabel(whyNot, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_buttons);
    resize(720, 640);
}
