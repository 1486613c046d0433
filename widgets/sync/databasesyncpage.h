#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;

// The "PostgreSQL" page of Catalog → Sync…: a connection URL (or libpq's PG* environment
// variables), the TLS mode, and the password in a field of its own. A password typed into the URL
// is moved into that field at once, so that no URL on screen, in settings or in a message carries
// it. A view: the controller connects, and keeps the password in the keychain when asked.
class DatabaseSyncPage : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString connection;   // without a password
        bool useEnvironment = false;
        QString sslMode;      // empty: as the URL or PGSSLMODE says
        QString password;     // a secret: never stored by the page
        bool rememberPassword = false;
    };

    explicit DatabaseSyncPage(QWidget *parent = nullptr);

    Options options() const;
    // Everything but the password (which comes from the keychain through setPassword()).
    void setOptions(const Options &options);
    void setPassword(const QString &password);
    QString problem() const;
    // The line under the form (what happens with the database); Catalog → Push to Database… says its own.
    void setHint(const QString &text);
    // A row above the connection's, in the same form so that the labels line up.
    void addLeadingRow(QWidget *label, QLayout *field);

Q_SIGNALS:
    void changed();

private:
    void movePasswordOutOfUrl();
    void updateMode();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_connection = nullptr;
    QCheckBox *m_useEnvironment = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_hint = nullptr;
};
