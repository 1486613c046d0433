#include "postgresconnection.h"

#include "postgreslogin.h"

#include <QCoreApplication>
#include <QUrl>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresConnection", text);
}

// The options libpq would use for `connection` (URL, key=value or empty = environment), after
// applying PG* variables and defaults, keyed by name.
QHash<QString, QString> effectiveOptions(const QString &connection)
{
    QHash<QString, QString> options;
    char *parseError = nullptr;
    PQconninfoOption *parsed = connection.isEmpty() ? PQconndefaults()
                                                    : PQconninfoParse(connection.toUtf8().constData(), &parseError);
    if (parseError)
        PQfreemem(parseError);
    if (!parsed)
        return options;
    for (PQconninfoOption *option = parsed; option->keyword; ++option) {
        if (option->val)
            options.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(parsed);
    if (!connection.isEmpty()) {
        // PQconninfoParse does not apply the environment: fill what the string leaves open.
        PQconninfoOption *defaults = PQconndefaults();
        for (PQconninfoOption *option = defaults; option && option->keyword; ++option) {
            const QString key = QString::fromUtf8(option->keyword);
            if (option->val && !options.contains(key))
                options.insert(key, QString::fromUtf8(option->val));
        }
        if (defaults)
            PQconninfoFree(defaults);
    }
    return options;
}

QStringList secretsOf(const QString &connection)
{
    QStringList secrets;
    const QString password = effectiveOptions(connection).value(u"password"_s);
    if (!password.isEmpty()) {
        secrets.append(password);
        // A URL may carry it percent-encoded; messages may quote the URL as given.
        const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
        if (encoded != password)
            secrets.append(encoded);
    }
    const QString environment = qEnvironmentVariable("PGPASSWORD");
    if (!environment.isEmpty() && !secrets.contains(environment))
        secrets.append(environment);
    return secrets;
}

// libpq's view of PostgresParams: pointers and lengths, valid while the params live.
struct ParamArrays
{
    explicit ParamArrays(const PostgresParams &params)
    {
        values.reserve(params.values().size());
        lengths.reserve(params.values().size());
        for (const std::optional<QByteArray> &value : params.values()) {
            values.push_back(value ? value->constData() : nullptr);
            lengths.push_back(value ? int(value->size()) : 0);
        }
    }
    std::vector<const char *> values;
    std::vector<int> lengths;
};
} // namespace

// --- PostgresResult

PostgresResult::PostgresResult(pg_result *result, QString error)
    : m_result(result)
    , m_error(std::move(error))
{
}

PostgresResult::PostgresResult(PostgresResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
    , m_error(std::move(other.m_error))
{
}

PostgresResult &PostgresResult::operator=(PostgresResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

PostgresResult::~PostgresResult()
{
    if (m_result)
        PQclear(m_result);
}

int PostgresResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PostgresResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PostgresResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QByteArrayView PostgresResult::view(int row, int column) const
{
    if (!m_result)
        return {};
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PostgresResult::text(int row, int column) const
{
    return QString::fromUtf8(view(row, column));
}

QByteArray PostgresResult::bytes(int row, int column) const
{
    return view(row, column).toByteArray();
}

int PostgresResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : 0;
}

// --- PostgresParams

PostgresParams &PostgresParams::add(const QString &value)
{
    m_values.emplace_back(value.toUtf8());
    return *this;
}

PostgresParams &PostgresParams::add(const QByteArray &value)
{
    m_values.emplace_back(value);
    return *this;
}

PostgresParams &PostgresParams::add(qint64 value)
{
    m_values.emplace_back(QByteArray::number(value));
    return *this;
}

PostgresParams &PostgresParams::addNull()
{
    m_values.emplace_back(std::nullopt);
    return *this;
}

PostgresParams &PostgresParams::addOptional(const std::optional<QString> &value)
{
    return value ? add(*value) : addNull();
}

// --- PostgresConnection

PostgresConnection::PostgresConnection(pg_conn *connection, QStringList secrets, QString displayName)
    : m_connection(connection)
    , m_secrets(std::move(secrets))
    , m_displayName(std::move(displayName))
{
}

PostgresConnection::~PostgresConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

QString PostgresConnection::displayNameOf(const QString &connection)
{
    const QHash<QString, QString> options = effectiveOptions(connection);
    QString host = options.value(u"host"_s);
    if (host.isEmpty())
        host = options.value(u"hostaddr"_s);
    if (host.isEmpty() || host.startsWith(u'/'))
        host = u"localhost"_s;
    const QString user = options.value(u"user"_s);
    const QString port = options.value(u"port"_s, u"5432"_s);
    const QString database = options.value(u"dbname"_s, user);
    return (user.isEmpty() ? QString() : user + u'@') + host + u':' + port + u'/' + database;
}

std::unique_ptr<PostgresConnection> PostgresConnection::open(const QString &connection, QString *error)
{
    return open(PostgresLogin{connection, {}, {}}, error);
}

std::unique_ptr<PostgresConnection> PostgresConnection::open(const PostgresLogin &login, QString *error)
{
    const QString &connection = login.connection;
    QStringList secrets = secretsOf(connection);
    if (!login.password.isEmpty()) {
        secrets.prepend(login.password);
        const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(login.password));
        if (encoded != login.password)
            secrets.append(encoded);
    }
    const QString displayName = displayNameOf(connection);
    const QByteArray dbname = connection.toUtf8();
    const QByteArray timeout = qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT") ? QByteArray() : QByteArrayLiteral("10");
    const QByteArray sslMode = login.sslMode.toUtf8();
    const QByteArray password = login.password.toUtf8();
    // Earlier keywords are defaults; the expanded connection string overrides them, and the
    // keywords after it (a TLS mode, a password given apart) override the string in turn.
    const char *keywords[] = {"application_name", "connect_timeout", "dbname", "sslmode", "password", nullptr};
    const char *values[] = {"plotbench", timeout.isEmpty() ? nullptr : timeout.constData(),
                            connection.isEmpty() ? nullptr : dbname.constData(),
                            sslMode.isEmpty() ? nullptr : sslMode.constData(),
                            password.isEmpty() ? nullptr : password.constData(), nullptr};
    pg_conn *raw = PQconnectdbParams(keywords, values, 1);
    std::unique_ptr<PostgresConnection> result(new PostgresConnection(raw, secrets, displayName));
    if (!raw) {
        *error = tr("out of memory while connecting to the database");
        return nullptr;
    }
    if (PQstatus(raw) != CONNECTION_OK) {
        *error = tr("cannot connect to %1: %2").arg(displayName, result->lastError());
        return nullptr;
    }
    PQsetClientEncoding(raw, "UTF8");
    // Server notices ("there is no transaction in progress", …) are not ours to print on stderr.
    PQsetNoticeProcessor(raw, [](void *, const char *) {}, nullptr);
    return result;
}

QString PostgresConnection::scrub(const QString &message) const
{
    QString cleaned = message;
    for (const QString &secret : m_secrets)
        cleaned.replace(secret, u"********"_s);
    return cleaned;
}

QString PostgresConnection::lastError() const
{
    return scrub(QString::fromUtf8(PQerrorMessage(m_connection)).simplified());
}

PostgresResult PostgresConnection::exec(const char *sql, const PostgresParams &params)
{
    const ParamArrays values(params);
    return resultOf(PQexecParams(m_connection, sql, params.size(), nullptr, values.values.data(), values.lengths.data(), nullptr, 0));
}

bool PostgresConnection::isConnected() const
{
    return PQstatus(m_connection) == CONNECTION_OK;
}

PostgresResult PostgresConnection::prepare(const char *name, const char *sql)
{
    return resultOf(PQprepare(m_connection, name, sql, 0, nullptr));
}

PostgresResult PostgresConnection::execPrepared(const char *name, const PostgresParams &params)
{
    const ParamArrays values(params);
    return resultOf(PQexecPrepared(m_connection, name, params.size(), values.values.data(), values.lengths.data(), nullptr, 0));
}

PostgresResult PostgresConnection::resultOf(pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PostgresResult(result);
    const QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : lastError();
    return PostgresResult(result, scrub(message.isEmpty() ? tr("the query failed") : message));
}

bool PostgresConnection::execScript(const char *sql, QString *error)
{
    pg_result *result = PQexec(m_connection, sql);
    PostgresResult owned(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    *error = result ? scrub(QString::fromUtf8(PQresultErrorMessage(result)).trimmed()) : lastError();
    return false;
}

bool PostgresConnection::copyIn(const char *copySql, const QByteArray &rows, QString *error)
{
    bool sent = false;
    return copyIn(copySql, [&](QByteArray *chunk) {
        if (sent)
            return false;
        sent = true;
        *chunk = rows;
        return true;
    }, error);
}

bool PostgresConnection::copyIn(const char *copySql, const std::function<bool(QByteArray *chunk)> &next, QString *error)
{
    pg_result *start = PQexec(m_connection, copySql);
    const ExecStatusType status = start ? PQresultStatus(start) : PGRES_FATAL_ERROR;
    if (status != PGRES_COPY_IN) {
        *error = start ? scrub(QString::fromUtf8(PQresultErrorMessage(start)).trimmed()) : lastError();
        if (start)
            PQclear(start);
        return false;
    }
    PQclear(start);
    // PQexec returned the COPY_IN state; everything below talks the copy sub-protocol.
    constexpr qsizetype piece = 1 << 20;
    QByteArray rows;
    while (next(&rows)) {
        for (qsizetype offset = 0; offset < rows.size(); offset += piece) {
            const qsizetype length = std::min(piece, rows.size() - offset);
            if (PQputCopyData(m_connection, rows.constData() + offset, int(length)) != 1) {
                *error = lastError();
                PQputCopyEnd(m_connection, "client send failed");
                while (pg_result *result = PQgetResult(m_connection))
                    PQclear(result);
                return false;
            }
        }
    }
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        *error = lastError();
        return false;
    }
    bool ok = true;
    while (pg_result *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            *error = scrub(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

// --- PostgresCopy

namespace PostgresCopy {

void appendField(QByteArray &row, const QByteArray &value)
{
    // Copies runs of ordinary bytes at once: the code and review columns are ~30 MB per push.
    row.reserve(row.size() + value.size() + 16);
    const char *run = value.constData();
    const char *const end = run + value.size();
    for (const char *p = run; p < end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\n' && c != '\r' && c != '\t')
            continue;
        row.append(run, p - run);
        row.append('\\');
        row.append(c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
        run = p + 1;
    }
    row.append(run, end - run);
    row.append('\t');
}

void appendField(QByteArray &row, const QString &value)
{
    appendField(row, value.toUtf8());
}

void appendNull(QByteArray &row)
{
    row.append("\\N\t");
}

void endRow(QByteArray &row)
{
    if (row.endsWith('\t'))
        row.back() = '\n';
    else
        row.append('\n');
}

QByteArray arrayLiteral(const QStringList &values)
{
    QByteArray literal("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal.append(',');
        literal.append('"');
        for (const char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                literal.append('\\');
            literal.append(c);
        }
        literal.append('"');
    }
    literal.append('}');
    return literal;
}

QStringList parseArray(QByteArrayView literal)
{
    // One-dimensional text[] output: {a,"b c",NULL}; elements are quoted when they need it.
    QStringList values;
    if (literal.size() < 2 || literal.front() != '{' || literal.back() != '}')
        return values;
    qsizetype i = 1;
    const qsizetype end = literal.size() - 1;
    while (i < end) {
        QByteArray element;
        bool quoted = false;
        if (literal[i] == '"') {
            quoted = true;
            ++i;
            while (i < end && literal[i] != '"') {
                if (literal[i] == '\\' && i + 1 < end)
                    ++i;
                element.append(literal[i++]);
            }
            ++i; // closing quote
        } else {
            while (i < end && literal[i] != ',')
                element.append(literal[i++]);
        }
        if (quoted || element != "NULL")
            values.append(QString::fromUtf8(element));
        if (i < end && literal[i] == ',')
            ++i;
    }
    return values;
}

} // namespace PostgresCopy
