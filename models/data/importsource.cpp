#include "importsource.h"

#include <QCoreApplication>
#include <QFileInfo>

ImportSource ImportSource::file(const QString &path)
{
    return {path, {}, QFileInfo(path).fileName()};
}

ImportSource ImportSource::pasted(const QByteArray &bytes)
{
    return {{}, bytes, QCoreApplication::translate("ImportSource", "Pasted table")};
}
