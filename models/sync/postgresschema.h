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
// Creates the schema when the database has none (inside the caller's transaction).
bool ensure(PostgresConnection &connection, bool *created, QString *error);
}
