#pragma once

#include <QObject>
#include <QString>

// Where the GitHub token comes from: GITHUB_TOKEN in the environment wins; otherwise the OS
// keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential Store).
// The token is never written anywhere else — not QSettings, not a log, not a file.
class GitHubTokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Environment, Keychain };
    Q_ENUM(Source)

    explicit GitHubTokenStore(QObject *parent = nullptr);

    // Keychain entry, "Plotbench" / "github-token" by default (tests use their own).
    void setKeychainEntry(const QString &service, const QString &key);
    static QString environmentToken();

    void load();                        // → loaded() or failed()
    void save(const QString &token);    // → saved() or failed()
    void forget();                      // → saved() or failed()

Q_SIGNALS:
    void loaded(const QString &token, GitHubTokenStore::Source source); // empty token, None: no token stored
    void saved();
    void failed(const QString &message);

private:
    QString m_service = QStringLiteral("Plotbench");
    QString m_key = QStringLiteral("github-token");
};
