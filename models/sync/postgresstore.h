#pragma once

#include "catalog.h"
#include "specfolderparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class PostgresConnection;

// What a push changed (or, with --dry-run, would change) in one table.
struct PostgresTableDiff
{
    QString table;
    QStringList added;   // keys: spec id, "spec/language/library", language or library id
    QStringList changed;
    QStringList removed;
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

struct PostgresPushReport
{
    bool ok = false;
    QString error;          // scrubbed of secrets
    bool stopped = false;   // Stop came before COMMIT: the transaction was rolled back
    bool dryRun = false;
    bool schemaCreated = false;
    QString database;       // user@host:port/db
    int specs = 0;          // rows the catalog has
    int implementations = 0;
    QList<PostgresTableDiff> tables; // languages, libraries, specs, impls
    QStringList warnings;   // code files that could not be read, …
    qint64 elapsedMs = 0;
    qint64 prepareMs = 0;   // of which: reading code and building the rows (before any SQL)
    struct Phase
    {
        QString name;
        double ms = 0;
    };
    QList<Phase> phases;    // wall time, in order; they add up to elapsedMs
    double rowsCpuMs = 0;   // COPY: reading code and writing rows on the workers (overlaps the SQL)
    int implementationsNotSent = 0; // the push memory showed the database holds them as they are

    const PostgresTableDiff *table(const QString &name) const;
    QJsonObject toJson() const;
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(PostgresPushReport) // its own messages, in the context lupdate gives them
};

// Writes a catalog into an anyplot database with anyplot's own sync semantics (CONTRACTS.md §4):
// the schema is created on an empty database; in one transaction languages and libraries are
// inserted when missing (never updated), every spec and implementation is upserted (impls.id kept;
// new rows get a uuid from us), and specs and implementations no longer in the catalog are deleted.
// Rows go through COPY into temporary staging tables and one INSERT … ON CONFLICT per table; with a
// push memory, implementations the database provably holds unchanged are not sent at all.
class PostgresStore
{
public:
    enum class Method {
        Copy,     // COPY into staging tables, set-based upsert (the normal path)
        RowByRow, // one parameterised INSERT … ON CONFLICT per row: the benchmark's baseline
    };
    struct Options
    {
        bool dryRun = false; // compute the diff, write nothing (the transaction is rolled back)
        Method method = Method::Copy;
        std::function<bool()> isCanceled;
        // Where the push remembers the rows it left in each database (PostgresPushMemory), so that
        // a re-push sends only what changed; empty: nowhere, every row is sent.
        QString memoryDirectory;
        // With a memory, how long to wait for another writer of the implementations to finish.
        int lockTimeoutMs = 10000;
    };

    explicit PostgresStore(PostgresConnection &connection);

    // `readFile` gives the code of each implementation by its codePath.
    PostgresPushReport push(const Catalog &catalog, const SpecFolderParser::FileReader &readFile, const Options &options);

private:
    PostgresConnection &m_connection;
};
