#pragma once

#include "githubsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Settings → GitHub: the catalog repository, the API (GitHub Enterprise), polling, and the token.
// The token field is write-only: it is never filled back in, and it goes to the keychain only.
class GitHubSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    GitHubSettingsDialog(const GitHubSettings &settings, const QString &signInState, QWidget *parent = nullptr);

    GitHubSettings settings() const;
    QString token() const;        // empty: keep the current sign-in
    bool rememberToken() const;
    bool signOutRequested() const { return m_signOut; }

    QLineEdit *repositoryEdit() const { return m_repository; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *tokenEdit() const { return m_token; }

private:
    void validate();

    QLineEdit *m_repository;
    QLineEdit *m_apiUrl;
    QSpinBox *m_poll;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QLabel *m_problem;
    bool m_signOut = false;
};
