#include "syncfreshness.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SyncFreshness {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SyncFreshness", text, disambiguation, n);
}
} // namespace

QString age(const QDateTime &syncedAt, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, syncedAt.secsTo(now)); // a clock set back is "just now"
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString describe(const CatalogOrigin &origin, const QDateTime &now)
{
    if (!origin.syncedAt.isValid())
        return {};
    QString text = origin.displayName + u" · "_s + age(origin.syncedAt, now);
    if (origin.offlineCopy)
        text += u" · "_s + tr("offline copy");
    return text;
}

} // namespace SyncFreshness
