#include "catalogfileprovider.h"

#include <QCoreApplication>
#include <QFile>

namespace CatalogFiles {

SpecFolderParser::FileReader readerFor(const CatalogSource &source, const Catalog &catalog)
{
    if (const auto *provider = dynamic_cast<const CatalogFileProvider *>(&source))
        return provider->fileReader();
    const QString root = catalog.origin().location;
    return [root](const QString &relativePath, QString *error) -> std::optional<QByteArray> {
        QFile file(root + u'/' + relativePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("CatalogFiles", "%1 cannot be read: %2").arg(relativePath, file.errorString());
            return std::nullopt;
        }
        if (file.size() > SpecFolderParser::maxTextFileSize) {
            *error = QCoreApplication::translate("CatalogFiles", "%1 is larger than any catalog file should be")
                         .arg(relativePath);
            return std::nullopt;
        }
        return file.readAll();
    };
}

} // namespace CatalogFiles
