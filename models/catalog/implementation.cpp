#include "implementation.h"

bool ImplementationTags::isEmpty() const
{
    for (const QStringList &list : lists) {
        if (!list.isEmpty())
            return false;
    }
    return true;
}

QString PreviewUrls::image(PreviewTheme theme) const
{
    const QString &wanted = theme == PreviewTheme::Dark ? dark : light;
    const QString &other = theme == PreviewTheme::Dark ? light : dark;
    if (!wanted.isEmpty())
        return wanted;
    if (!other.isEmpty())
        return other;
    return legacy;
}

QString PreviewUrls::html(PreviewTheme theme) const
{
    const QString &wanted = theme == PreviewTheme::Dark ? htmlDark : htmlLight;
    const QString &other = theme == PreviewTheme::Dark ? htmlLight : htmlDark;
    if (!wanted.isEmpty())
        return wanted;
    if (!other.isEmpty())
        return other;
    return legacyHtml;
}
