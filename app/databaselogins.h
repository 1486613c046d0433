#pragma once

#include "databasesyncpage.h"
#include "postgreslogin.h"

#include <functional>

class KeychainSecretStore;

// The PostgreSQL form's choices between sessions, for Catalog → Sync… and Catalog → Push to
// Database… alike: settings keep the connection without its password, the TLS mode and whether to
// remember; the password itself lives in the keychain only, and only when the user asks.
class DatabaseLogins
{
public:
    explicit DatabaseLogins(KeychainSecretStore *keychain) : m_keychain(keychain) {}

    // Fills the form from settings; a remembered password arrives later from the keychain.
    void restore(DatabaseSyncPage *page) const;
    // Saves the choices, keeps or forgets the password as asked, then calls `then` with the login
    // (possibly later: the keychain answers asynchronously). `warn` hears a keychain failure.
    void resolve(const DatabaseSyncPage::Options &options, std::function<void(const PostgresLogin &)> then,
                 std::function<void(const QString &)> warn) const;

    static PostgresLogin loginOf(const DatabaseSyncPage::Options &options, const QString &password);

private:
    KeychainSecretStore *m_keychain;
};
