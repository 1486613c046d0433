#pragma once

#include "githubsettings.h"

#include <QObject>

class Catalog;
class GitHubClient;
class GitHubTokenStore;
class IssueModel;
class IssueTracker;

// The app's one GitHub connection: client, issue model, tracker and token store, configured from
// Settings → GitHub. The window owns one; views reach the parts through it.
class GitHubSession : public QObject
{
    Q_OBJECT
public:
    explicit GitHubSession(QObject *parent = nullptr);
    ~GitHubSession() override;

    GitHubClient *client() const { return m_client; }
    IssueModel *model() const { return m_model; }
    IssueTracker *tracker() const { return m_tracker; }
    GitHubTokenStore *tokenStore() const { return m_tokenStore; }

    GitHubSettings settings() const { return m_settings; }
    void applySettings(const GitHubSettings &settings);
    // --api-url: overrides the setting for this run, never saved.
    void setApiUrlOverride(const QUrl &url);
    // Reads the token (environment or keychain), then lists the issues.
    void start();
    // A token typed in Settings: used at once; kept in the keychain when remember is true.
    void signIn(const QString &token, bool remember);
    void signOut();

    // Links issues to specs through specification.yaml `issue` numbers.
    void setCatalog(const Catalog *catalog);

Q_SIGNALS:
    void message(const QString &text); // for the status bar: keychain problems, sign-in state

private:
    GitHubClient *m_client;
    IssueModel *m_model;
    IssueTracker *m_tracker;
    GitHubTokenStore *m_tokenStore;
    GitHubSettings m_settings;
    QUrl m_apiUrlOverride;
    bool m_started = false;
};
