#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;
struct PostgresLogin;

// One query's result, owned (PQclear on destruction). Values are text (the default result format).
class PostgresResult
{
public:
    PostgresResult() = default;
    explicit PostgresResult(pg_result *result, QString error = {});
    PostgresResult(PostgresResult &&other) noexcept;
    PostgresResult &operator=(PostgresResult &&other) noexcept;
    PostgresResult(const PostgresResult &) = delete;
    PostgresResult &operator=(const PostgresResult &) = delete;
    ~PostgresResult();

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QByteArrayView view(int row, int column) const;
    int affectedRows() const; // INSERT/UPDATE/DELETE

private:
    pg_result *m_result = nullptr;
    QString m_error;
};

// Positional parameters of one statement ($1, $2 …), all sent as text; nullopt is SQL NULL.
class PostgresParams
{
public:
    PostgresParams &add(const QString &value);
    PostgresParams &add(const QByteArray &value);
    PostgresParams &add(qint64 value);
    PostgresParams &addNull();
    PostgresParams &addOptional(const std::optional<QString> &value);
    int size() const { return int(m_values.size()); }
    const std::vector<std::optional<QByteArray>> &values() const { return m_values; }

private:
    std::vector<std::optional<QByteArray>> m_values;
};

// A libpq connection (RAII: PQfinish on destruction). Opened from a connection URL or key=value
// string, or — when it is empty — from the usual PG* environment variables; sslmode and the
// other TLS settings are libpq's own. SQL goes through PQexecParams with parameters only.
// The password never leaves this class: displayName() and every error message have it removed.
class PostgresConnection
{
public:
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    static std::unique_ptr<PostgresConnection> open(const QString &connection, QString *error);
    // The same with a TLS mode and a password given apart (the Sync dialog): both go to libpq as
    // keywords after the connection string, so they override what it says.
    static std::unique_ptr<PostgresConnection> open(const PostgresLogin &login, QString *error);

    // user@host:port/database, never the password.
    QString displayName() const { return m_displayName; }
    static QString displayNameOf(const QString &connection);

    PostgresResult exec(const char *sql, const PostgresParams &params = {});
    // Several statements without parameters (DDL); fails on the first error.
    bool execScript(const char *sql, QString *error);
    // COPY … FROM STDIN: sends the text-format rows in one go.
    bool copyIn(const char *copySql, const QByteArray &rows, QString *error);
    // The same, streamed: `next` yields chunks of rows until it returns false.
    bool copyIn(const char *copySql, const std::function<bool(QByteArray *chunk)> &next, QString *error);

    // False once the server has gone (terminated, network lost): no statement can succeed any more.
    bool isConnected() const;

    // A named prepared statement (parsed and planned once), then executed with parameters.
    PostgresResult prepare(const char *name, const char *sql);
    PostgresResult execPrepared(const char *name, const PostgresParams &params);

    // Removes the password of `connection` (and PGPASSWORD) from a message.
    QString scrub(const QString &message) const;

private:
    explicit PostgresConnection(pg_conn *connection, QStringList secrets, QString displayName);
    QString lastError() const;
    PostgresResult resultOf(pg_result *result); // owns it; an error result carries the scrubbed message

    pg_conn *m_connection = nullptr;
    QStringList m_secrets;
    QString m_displayName;
};

// COPY text format (one row per line, tab-separated, \N for NULL) and PostgreSQL array literals.
namespace PostgresCopy {
void appendField(QByteArray &row, const QByteArray &value); // escaped
void appendField(QByteArray &row, const QString &value);
void appendNull(QByteArray &row);
void endRow(QByteArray &row); // replaces the trailing tab with a newline
QByteArray arrayLiteral(const QStringList &values); // {"a","b\"c"}
QStringList parseArray(QByteArrayView literal);
}
