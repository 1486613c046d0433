#pragma once

#include "postgresconnection.h"

#include <QUrl>
#include <QUuid>

#include <memory>

// A fresh, empty database on the throwaway server tests/sync/with-postgres.sh starts (its URL is
// in PLOTBENCH_TEST_PG_URL); dropped again when the test object goes. Without the server a test
// is skipped with the reason — except under CI=true, where a missing server is a failure.
class TestDatabase
{
public:
    TestDatabase() = default;
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    ~TestDatabase() { drop(); }

    static QString serverUrl() { return qEnvironmentVariable("PLOTBENCH_TEST_PG_URL"); }
    static bool required() { return qEnvironmentVariable("CI") == QLatin1StringView("true"); }

    // Creates the database; false (with the reason) when there is no server to create it on.
    bool create(QString *reason)
    {
        drop();
        if (serverUrl().isEmpty()) {
            *reason = QStringLiteral("PLOTBENCH_TEST_PG_URL is not set: run the tests through "
                                     "tests/sync/with-postgres.sh (packaging/test.sh does)");
            return false;
        }
        QString error;
        m_admin = PostgresConnection::open(serverUrl(), &error);
        if (!m_admin) {
            *reason = error;
            return false;
        }
        m_name = QStringLiteral("tst_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        // Identifiers cannot be parameters; this one is made of [0-9a-f_] only.
        const QByteArray sql = "CREATE DATABASE " + m_name.toLatin1() + " TEMPLATE template0 ENCODING 'UTF8'";
        const PostgresResult result = m_admin->exec(sql.constData());
        if (!result.ok()) {
            *reason = result.error();
            m_name.clear();
            return false;
        }
        return true;
    }

    QString url() const
    {
        QUrl url(serverUrl());
        url.setPath(u'/' + m_name);
        return url.toString();
    }

    std::unique_ptr<PostgresConnection> connect() const
    {
        QString error;
        auto connection = PostgresConnection::open(url(), &error);
        if (!connection)
            qWarning("cannot connect to the test database: %s", qPrintable(error));
        return connection;
    }

    // Runs one query and returns the first column of the first row as text ("" when none).
    static QString scalar(PostgresConnection &connection, const char *sql, const PostgresParams &params = {})
    {
        const PostgresResult result = connection.exec(sql, params);
        if (!result.ok())
            qWarning("query failed: %s", qPrintable(result.error()));
        return result.ok() && result.rows() > 0 && !result.isNull(0, 0) ? result.text(0, 0) : QString();
    }

private:
    void drop()
    {
        if (m_admin && !m_name.isEmpty()) {
            const QByteArray sql = "DROP DATABASE IF EXISTS " + m_name.toLatin1() + " WITH (FORCE)";
            m_admin->exec(sql.constData());
        }
        m_name.clear();
    }

    std::unique_ptr<PostgresConnection> m_admin;
    QString m_name;
};

// In a test function: creates `db` or skips (fails under CI=true) with the reason.
#define PLOTBENCH_CREATE_TEST_DATABASE(db)                                                                   \
    do {                                                                                                     \
        QString reason_;                                                                                     \
        if (!(db).create(&reason_)) {                                                                        \
            if (TestDatabase::required())                                                                    \
                QFAIL(qPrintable(QStringLiteral("CI=true needs the PostgreSQL test server: ") + reason_));   \
            QSKIP(qPrintable(reason_));                                                                      \
        }                                                                                                    \
    } while (false)
