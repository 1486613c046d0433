#pragma once

#include <QString>
#include <QStringList>

// How to reach an anyplot database: the connection (a postgresql:// URL, a key=value string, or
// empty for the PG* environment variables), the TLS mode the user chose, and the password. The
// password is a secret: it goes to libpq as its own `password` keyword of PQconnectdbParams and
// nowhere else — never into a URL, settings, a message or the status line.
struct PostgresLogin
{
    QString connection;
    QString sslMode;  // empty: what the connection or PGSSLMODE says (libpq's default: prefer)
    QString password; // empty: the connection's own, PGPASSWORD or ~/.pgpass

    PostgresLogin() = default;
    explicit PostgresLogin(QString connection, QString sslMode = {}, QString password = {})
        : connection(std::move(connection)), sslMode(std::move(sslMode)), password(std::move(password))
    {
    }

    // libpq's sslmode values, in the order a drop-down lists them.
    static QStringList sslModes();
    // The connection with any password removed (URL user info or a password=… keyword): what
    // settings keep and what the UI shows.
    static QString withoutPassword(const QString &connection);
    // The password written into the connection itself, if any.
    static QString passwordIn(const QString &connection);
    // user@host:port/database, never the password.
    QString displayName() const;
};
