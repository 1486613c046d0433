#include "githubsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

GitHubSettingsDialog::GitHubSettingsDialog(const GitHubSettings &settings, const QString &signInState, QWidget *parent)
    : QDialog(parent)
    , m_repository(new QLineEdit(settings.repository.fullName(), this))
    , m_apiUrl(new QLineEdit(settings.apiUrl.toString(), this))
    , m_poll(new QSpinBox(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("GitHub Settings"));
    auto *form = new QFormLayout(this);
    m_repository->setPlaceholderText(GitHubRepository::defaultCatalog().fullName());
    form->addRow(tr("Catalog &repository:"), m_repository);
    m_apiUrl->setPlaceholderText(u"https://api.github.com"_s);
    m_apiUrl->setToolTip(tr("For GitHub Enterprise: https://HOST/api/v3"));
    form->addRow(tr("&API URL:"), m_apiUrl);
    m_poll->setRange(0, 1440);
    m_poll->setValue(settings.pollMinutes);
    m_poll->setSuffix(tr(" min"));
    m_poll->setSpecialValueText(tr("never"));
    m_poll->setToolTip(tr("Unchanged issues are answered 304 by GitHub and cost no quota."));
    form->addRow(tr("Check for changes every:"), m_poll);
    auto *state = new QLabel(signInState, this);
    state->setWordWrap(true);
    form->addRow(tr("Signed in:"), state);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Personal access token (leave empty to keep the current one)"));
    m_token->setObjectName(u"githubToken"_s);
    form->addRow(tr("&Token:"), m_token);
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    auto *note = new QLabel(tr("Without a token, Plotbench reads issues within GitHub's 60 requests per hour; "
                               "commenting and labelling need one. GITHUB_TOKEN in the environment is used "
                               "when set. The token is never written to the settings file."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    m_problem->setStyleSheet(u"color: palette(highlight)"_s);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *signOut = buttons->addButton(tr("Sign Out"), QDialogButtonBox::ResetRole);
    connect(signOut, &QPushButton::clicked, this, [this] {
        m_signOut = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_repository, &QLineEdit::textChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    });
    connect(m_apiUrl, &QLineEdit::textChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    });
    form->addRow(buttons);
    validate();
}

void GitHubSettingsDialog::validate()
{
    QStringList problems;
    if (!m_repository->text().trimmed().isEmpty() && !GitHubRepository::parse(m_repository->text()).isValid())
        problems.append(tr("The repository must be OWNER/NAME."));
    const QString url = m_apiUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s))
            problems.append(tr("The API URL must be an http(s) address."));
    }
    m_problem->setText(problems.join(u'\n'));
}

GitHubSettings GitHubSettingsDialog::settings() const
{
    GitHubSettings settings;
    const GitHubRepository repository = GitHubRepository::parse(m_repository->text());
    if (repository.isValid())
        settings.repository = repository;
    settings.apiUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    settings.pollMinutes = m_poll->value();
    return settings;
}

QString GitHubSettingsDialog::token() const
{
    return m_token->text().trimmed();
}

bool GitHubSettingsDialog::rememberToken() const
{
    return m_remember->isChecked();
}
