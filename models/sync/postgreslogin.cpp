#include "postgreslogin.h"

#include "postgresconnection.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
bool isUrl(const QString &connection)
{
    return connection.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || connection.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

// password=… in a key=value string: a bare word or a single-quoted value with \' and \\ escapes.
const QRegularExpression &passwordKeyword()
{
    static const QRegularExpression pattern(uR"((^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*))"_s);
    return pattern;
}

// password=… in a URL's query.
QUrl withoutQueryPassword(QUrl url, QString *password)
{
    QUrlQuery query(url);
    if (query.hasQueryItem(u"password"_s)) {
        if (password)
            *password = query.queryItemValue(u"password"_s, QUrl::FullyDecoded);
        query.removeAllQueryItems(u"password"_s);
        url.setQuery(query);
    }
    return url;
}
} // namespace

QStringList PostgresLogin::sslModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QString PostgresLogin::withoutPassword(const QString &connection)
{
    const QString trimmed = connection.trimmed();
    if (isUrl(trimmed)) {
        QUrl url(trimmed, QUrl::TolerantMode);
        if (!url.isValid()) // unparseable: drop everything between :// and @ to be safe
            return QString(trimmed).replace(QRegularExpression(u"(://[^@/]*:)[^@/]*@"_s), u"\\1@"_s).replace(u":@"_s, u"@"_s);
        url.setPassword(QString());
        url = withoutQueryPassword(url, nullptr);
        return url.toString();
    }
    QString cleaned = trimmed;
    cleaned.replace(passwordKeyword(), u"\\1"_s);
    return cleaned.simplified();
}

QString PostgresLogin::passwordIn(const QString &connection)
{
    const QString trimmed = connection.trimmed();
    if (isUrl(trimmed)) {
        const QUrl url(trimmed, QUrl::TolerantMode);
        QString password = url.password(QUrl::FullyDecoded);
        withoutQueryPassword(url, &password);
        return password;
    }
    const QRegularExpressionMatch match = passwordKeyword().match(trimmed);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(2);
    if (value.startsWith(u'\'') && value.endsWith(u'\'') && value.size() >= 2) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"\\'"_s, u"'"_s).replace(u"\\\\"_s, u"\\"_s);
    }
    return value;
}

QString PostgresLogin::displayName() const
{
    return PostgresConnection::displayNameOf(withoutPassword(connection));
}
