#pragma once

#include "catalogfileprovider.h"
#include "catalogsource.h"

// A catalog read straight from an anyplot database (CONTRACTS.md §4): specs and implementations
// in two queries, code only when it is asked for (one query for all of it). The connection is a
// postgresql:// URL, a key=value string, or empty for the PG* environment variables.
class PostgresCatalogSource : public CatalogSource, public CatalogFileProvider
{
public:
    explicit PostgresCatalogSource(QString connection);

    QString displayName() const override;
    // On a connection or query failure: a catalog with no specs and one warning saying why.
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;
    SpecFolderParser::FileReader fileReader() const override;

    // The same, for the command line: nullptr and a message without the password on failure.
    static CatalogPtr read(const QString &connection, QString *error, const std::function<bool()> &isCanceled = {});
    static bool isConnectionUrl(const QString &argument); // postgresql:// or postgres://

private:
    QString m_connection;
};
