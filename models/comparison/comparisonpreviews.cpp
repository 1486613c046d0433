#include "comparisonpreviews.h"

#include "previewimageloader.h"

#include <QFileInfo>

namespace ComparisonPreviews {

QString localPath(const Catalog &catalog, const Implementation &implementation, PreviewTheme theme)
{
    // localPreviewPath() prefers an image shipped beside the code over the themed URLs; a
    // comparison wants the theme, so it asks with the themed URLs first.
    if (!implementation.previews.image(theme).isEmpty()) {
        Implementation themed = implementation;
        themed.localPreviewPath.clear();
        const QString path = localPreviewPath(catalog, themed, theme);
        if (!path.isEmpty() && (path.startsWith(u':') ? QFileInfo::exists(path) : QFileInfo(path).isFile()))
            return path;
        const PreviewTheme other = theme == PreviewTheme::Light ? PreviewTheme::Dark : PreviewTheme::Light;
        Implementation fallback = themed;
        const QString otherPath = localPreviewPath(catalog, fallback, other);
        if (!otherPath.isEmpty() && QFileInfo::exists(otherPath))
            return otherPath;
    }
    return localPreviewPath(catalog, implementation, theme);
}

} // namespace ComparisonPreviews
