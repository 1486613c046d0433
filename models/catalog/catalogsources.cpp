#include "catalogsources.h"

#include "apicatalogsource.h"
#include "foldercatalogsource.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace CatalogSources {

CatalogSourcePtr fromArgument(const QString &argument, Options options, QString *error)
{
    if (argument == u"sample"_s)
        return std::make_shared<SampleCatalogSource>();
    // An anyplot REST API base URL: synced into (and, in the window, first shown from) its offline copy.
    if (argument.startsWith(u"http://"_s, Qt::CaseInsensitive) || argument.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        const std::optional<QUrl> url = ApiCatalogSource::normalizedBaseUrl(argument, error);
        if (!url)
            return nullptr;
        ApiCatalogSource::Options apiOptions;
        apiOptions.baseUrl = *url;
        apiOptions.presentOfflineFirst = options.presentCachedFirst;
        return std::make_shared<ApiCatalogSource>(apiOptions);
    }
    const QFileInfo info(argument);
    if (!info.exists()) {
        *error = QCoreApplication::translate("CatalogSources", "%1 does not exist").arg(argument);
        return nullptr;
    }
    if (!info.isDir()) {
        *error = QCoreApplication::translate("CatalogSources", "%1 is not a folder (give an anyplot checkout, "
                                                               "its plots/ folder, or 'sample')")
                     .arg(argument);
        return nullptr;
    }
    FolderCatalogSource::Options folderOptions;
    folderOptions.useIndexCache = options.useIndexCache;
    folderOptions.presentCachedFirst = options.presentCachedFirst;
    return std::make_shared<FolderCatalogSource>(info.absoluteFilePath(), folderOptions);
}

} // namespace CatalogSources
