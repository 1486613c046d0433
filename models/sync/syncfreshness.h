#pragma once

#include "catalog.h"

#include <QDateTime>
#include <QString>

// The status line of a synced catalog: "anyplot API · 3 min ago · offline copy".
namespace SyncFreshness {
// "just now", "3 min ago", "5 h ago", "2 days ago" (translated).
QString age(const QDateTime &syncedAt, const QDateTime &now);
// Empty for catalogs that were not synced (folders, the sample).
QString describe(const CatalogOrigin &origin, const QDateTime &now = QDateTime::currentDateTimeUtc());
}
