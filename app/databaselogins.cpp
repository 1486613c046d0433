#include "databaselogins.h"

#include "keychainsecretstore.h"

#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// The database URL is kept without its password (PostgresLogin::withoutPassword).
const auto databaseUrlKey = u"sync/databaseUrl"_s;
const auto databaseEnvironmentKey = u"sync/databaseUseEnvironment"_s;
const auto databaseSslModeKey = u"sync/databaseSslMode"_s;
const auto databaseRememberKey = u"sync/databaseRememberPassword"_s;
} // namespace

PostgresLogin DatabaseLogins::loginOf(const DatabaseSyncPage::Options &options, const QString &password)
{
    return PostgresLogin(options.useEnvironment ? QString() : PostgresLogin::withoutPassword(options.connection),
                         options.sslMode, password);
}

void DatabaseLogins::restore(DatabaseSyncPage *page) const
{
    const QSettings settings;
    DatabaseSyncPage::Options options;
    options.connection = settings.value(databaseUrlKey).toString();
    options.useEnvironment = settings.value(databaseEnvironmentKey, false).toBool();
    options.sslMode = settings.value(databaseSslModeKey).toString();
    options.rememberPassword = settings.value(databaseRememberKey, false).toBool();
    page->setOptions(options);
    if (!options.rememberPassword)
        return;
    // The keychain answers later; the field is filled when it does (masked).
    const QString key = KeychainSecretStore::databaseKey(loginOf(options, {}).displayName());
    m_keychain->read(key, [page = QPointer<DatabaseSyncPage>(page)](bool found, const QString &secret, const QString &) {
        if (page && found)
            page->setPassword(secret);
    });
}

void DatabaseLogins::resolve(const DatabaseSyncPage::Options &options, std::function<void(const PostgresLogin &)> then,
                             std::function<void(const QString &)> warn) const
{
    // The URL is stored without any password, whatever the user typed.
    QSettings settings;
    settings.setValue(databaseUrlKey, PostgresLogin::withoutPassword(options.connection));
    settings.setValue(databaseEnvironmentKey, options.useEnvironment);
    settings.setValue(databaseSslModeKey, options.sslMode);
    settings.setValue(databaseRememberKey, options.rememberPassword);

    QString password = options.password;
    if (password.isEmpty())
        password = PostgresLogin::passwordIn(options.connection);
    const QString key = KeychainSecretStore::databaseKey(loginOf(options, {}).displayName());
    if (!options.rememberPassword) {
        m_keychain->remove(key); // unticked: nothing stays behind
        return then(loginOf(options, password));
    }
    if (!password.isEmpty()) {
        m_keychain->write(key, password, [warn](const QString &error) {
            if (!error.isEmpty() && warn)
                warn(error);
        });
        return then(loginOf(options, password));
    }
    m_keychain->read(key, [options, then](bool, const QString &secret, const QString &) {
        then(loginOf(options, secret)); // no keychain: PGPASSWORD or ~/.pgpass may still do
    });
}
