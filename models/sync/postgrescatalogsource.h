#pragma once

#include "catalogfileprovider.h"
#include "catalogsource.h"
#include "postgreslogin.h"

// A catalog read straight from an anyplot database (CONTRACTS.md §4): specs and implementations
// in two queries, code only when it is asked for (one query for all of it). The connection is a
// postgresql:// URL, a key=value string, or empty for the PG* environment variables.
class PostgresCatalogSource : public CatalogSource, public CatalogFileProvider
{
public:
    explicit PostgresCatalogSource(QString connection);
    // With a TLS mode and a password kept apart from the connection (the Sync dialog).
    explicit PostgresCatalogSource(PostgresLogin login);

    QString displayName() const override;
    // On a connection or query failure: a catalog with no specs and one warning saying why.
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;
    SpecFolderParser::FileReader fileReader() const override;

    // The same, for the command line: nullptr and a message without the password on failure.
    static CatalogPtr read(const QString &connection, QString *error, const std::function<bool()> &isCanceled = {});
    static CatalogPtr read(const PostgresLogin &login, QString *error, const std::function<bool()> &isCanceled = {});
    static bool isConnectionUrl(const QString &argument); // postgresql:// or postgres://

    // Lets CodeLoader read the code of a catalog this source loaded (origin kind "postgresql")
    // from impls.code, on the worker; the login stays in this process's memory only (idempotent).
    static void registerCodeFetcher();

private:
    PostgresLogin m_login;
};
