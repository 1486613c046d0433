#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

// RFC 8288 `link` header as GitHub sends it: <url>; rel="next", <url>; rel="last".
namespace GitHubLinkHeader {
// rel → URL; malformed entries are skipped.
QHash<QString, QUrl> parse(const QByteArray &header);
// The `page` query item of a URL, or 0.
int pageNumber(const QUrl &url);
QUrl withPage(const QUrl &url, int page);
} // namespace GitHubLinkHeader
