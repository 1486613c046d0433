#pragma once

#include <QString>

class PostgresConnection;

// anyplot's database schema at migration head f2d9c8a1b4e0 (CONTRACTS.md §4): languages,
// libraries, specs, impls with their constraints and GIN indexes, and alembic's version row so
// anyplot's own migrations can take over a database Plotbench created.
namespace PostgresSchema {
inline constexpr auto migrationHead = "f2d9c8a1b4e0";
// True when the catalog tables exist.
bool exists(PostgresConnection &connection, QString *error);
enum class Keys {
    Now,
    // The implementations' foreign keys wait for addImplementationKeys(): rows loaded into the
    // new table before the keys exist are checked in one query each instead of three per row
    // (PostgreSQL's own advice for bulk loads; ~12 % of the real catalog's load).
    AfterLoad,
};
// Creates the schema when the database has none (inside the caller's transaction).
bool ensure(PostgresConnection &connection, bool *created, QString *error, Keys keys = Keys::Now);
bool addImplementationKeys(PostgresConnection &connection, QString *error);
}
