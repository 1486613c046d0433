#include "githublinkheader.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace GitHubLinkHeader {

QHash<QString, QUrl> parse(const QByteArray &header)
{
    QHash<QString, QUrl> links;
    const QString text = QString::fromUtf8(header);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(u'<', position);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QUrl url(text.mid(open + 1, close - open - 1), QUrl::StrictMode);
        // Parameters run to the next entry, which starts with '<' after a comma.
        qsizetype end = text.indexOf(u'<', close + 1);
        if (end < 0)
            end = text.size();
        const QStringList parameters = text.mid(close + 1, end - close - 1).split(u';', Qt::SkipEmptyParts);
        for (const QString &parameter : parameters) {
            const QString trimmed = parameter.trimmed();
            if (!trimmed.startsWith(u"rel="_s))
                continue;
            QString rel = trimmed.mid(4);
            while (rel.endsWith(u',') || rel.endsWith(u' '))
                rel.chop(1);
            if (rel.startsWith(u'"') && rel.endsWith(u'"') && rel.size() >= 2)
                rel = rel.mid(1, rel.size() - 2);
            // rel may hold several space-separated relations.
            const QStringList relations = rel.split(u' ', Qt::SkipEmptyParts);
            for (const QString &relation : relations) {
                if (url.isValid() && !url.isRelative())
                    links.insert(relation, url);
            }
        }
        position = end;
    }
    return links;
}

int pageNumber(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(u"page"_s).toInt();
}

QUrl withPage(const QUrl &url, int page)
{
    QUrl result = url;
    QUrlQuery query(url);
    query.removeAllQueryItems(u"page"_s);
    query.addQueryItem(u"page"_s, QString::number(page));
    result.setQuery(query);
    return result;
}

} // namespace GitHubLinkHeader
