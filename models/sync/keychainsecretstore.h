#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Secrets (database passwords) in the OS keychain through QtKeychain, the way GitHubTokenStore
// keeps the GitHub token: never a plain-text fallback, never QSettings, never a log. Every call
// answers once, asynchronously, also when there is no keychain (headless machines).
class KeychainSecretStore : public QObject
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Plotbench"), QObject *parent = nullptr);

    // found=false with an empty error: nothing stored under key.
    using ReadCallback = std::function<void(bool found, const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty error: done

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done = {});
    void remove(const QString &key, DoneCallback done = {});

    // The key of a database password: "postgresql:user@host:port/database".
    static QString databaseKey(const QString &database);

private:
    QString m_service;
};
