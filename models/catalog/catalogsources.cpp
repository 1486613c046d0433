#include "catalogsources.h"

#include "apicatalogsource.h"
#include "foldercatalogsource.h"
#include "postgrescatalogsource.h"
#include "zipcatalogsource.h"

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
    if (PostgresCatalogSource::isConnectionUrl(argument)) // an anyplot database
        return std::make_shared<PostgresCatalogSource>(argument);
    const QFileInfo info(argument);
    if (!info.exists()) {
        *error = QCoreApplication::translate("CatalogSources", "%1 does not exist").arg(argument);
        return nullptr;
    }
    if (ZipCatalogSource::isZipPath(argument) && info.isFile()) { // a checkout's zip, read in place
        ZipCatalogSource::Options zipOptions;
        zipOptions.useIndexCache = options.useIndexCache;
        return std::make_shared<ZipCatalogSource>(info.absoluteFilePath(), zipOptions);
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
