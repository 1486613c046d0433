#include "databasesyncpage.h"

#include "postgreslogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

DatabaseSyncPage::DatabaseSyncPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"databaseSyncPage"_s);
    m_connection = new QLineEdit(this);
    m_connection->setObjectName(u"databaseUrlField"_s);
    m_connection->setClearButtonEnabled(true);
    m_connection->setPlaceholderText(u"postgresql://user@host:5432/anyplot"_s);
    m_useEnvironment = new QCheckBox(tr("Use the PG* environment variables and ~/.pgpass"), this);
    m_useEnvironment->setObjectName(u"databaseUseEnvironmentBox"_s);
    m_useEnvironment->setToolTip(tr("PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE … as libpq reads them"));

    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"databaseSslModeBox"_s);
    m_sslMode->addItem(tr("As the URL or PGSSLMODE says"), QString());
    const QStringList modes{u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    const QStringList descriptions{tr("disable — no TLS"), tr("prefer — TLS when the server offers it"),
                                   tr("require — TLS, any certificate"),
                                   tr("verify-ca — TLS, certificate signed by a trusted CA"),
                                   tr("verify-full — TLS, trusted certificate for this host name")};
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_sslMode->addItem(descriptions.at(i), modes.at(i));

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"databasePasswordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(u"databaseRememberBox"_s);
    m_remember->setToolTip(tr("The password is kept in the keychain only, never in the settings file"));

    m_hint = new QLabel(tr("Specs and implementations are read in one snapshot, and the code of every "
                               "implementation once; everything is kept for offline use. The password goes "
                               "to the server only."),
                            this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 3); // the stacked pages ignore height-for-width

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Connection &URL:"), m_connection);
    m_form->addRow(QString(), m_useEnvironment);
    m_form->addRow(tr("&TLS:"), m_sslMode);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(m_hint);

    connect(m_connection, &QLineEdit::textChanged, this, &DatabaseSyncPage::changed);
    // On every change, not only at the end of editing: a pasted URL never stays on screen whole.
    connect(m_connection, &QLineEdit::textChanged, this, &DatabaseSyncPage::movePasswordOutOfUrl);
    connect(m_useEnvironment, &QCheckBox::toggled, this, [this] {
        updateMode();
        Q_EMIT changed();
    });
    updateMode();
}

DatabaseSyncPage::Options DatabaseSyncPage::options() const
{
    Options options;
    options.useEnvironment = m_useEnvironment->isChecked();
    options.connection = options.useEnvironment ? QString() : PostgresLogin::withoutPassword(m_connection->text());
    options.sslMode = m_sslMode->currentData().toString();
    options.password = m_password->text();
    options.rememberPassword = m_remember->isChecked();
    return options;
}

void DatabaseSyncPage::setOptions(const Options &options)
{
    m_connection->setText(PostgresLogin::withoutPassword(options.connection));
    m_connection->setCursorPosition(0); // the scheme and host first
    m_useEnvironment->setChecked(options.useEnvironment);
    const int mode = m_sslMode->findData(options.sslMode);
    m_sslMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_remember->setChecked(options.rememberPassword);
}

void DatabaseSyncPage::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString DatabaseSyncPage::problem() const
{
    if (m_useEnvironment->isChecked())
        return {};
    const QString text = m_connection->text().trimmed();
    if (text.isEmpty())
        return tr("Give a connection URL, or use the PG* environment variables");
    if (!text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) && !text.startsWith(u"postgres://"_s, Qt::CaseInsensitive)
        && !text.contains(u'='))
        return tr("Give a postgresql:// URL or key=value settings, like host=db.example.com dbname=anyplot");
    return {};
}

void DatabaseSyncPage::movePasswordOutOfUrl()
{
    const QString text = m_connection->text();
    const QString password = PostgresLogin::passwordIn(text);
    if (password.isEmpty())
        return;
    m_password->setText(password);
    const QString stripped = PostgresLogin::withoutPassword(text);
    if (stripped != text)
        m_connection->setText(stripped); // re-enters once, finds no password
}

void DatabaseSyncPage::updateMode()
{
    m_connection->setEnabled(!m_useEnvironment->isChecked());
}

void DatabaseSyncPage::setHint(const QString &text)
{
    m_hint->setText(text);
}

void DatabaseSyncPage::addLeadingRow(QWidget *label, QLayout *field)
{
    m_form->insertRow(0, label, field);
}
