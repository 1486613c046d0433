#include "codeloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace CodeLoader {

namespace {
constexpr qint64 maxCodeSize = 4 * 1024 * 1024;
}

QFuture<QString> load(CatalogPtr catalog, QString codePath)
{
    return QtConcurrent::run([catalog = std::move(catalog), codePath = std::move(codePath)]() -> QString {
        if (codePath.isEmpty())
            throw LoadError(QCoreApplication::translate("CodeLoader", "This implementation has no code file."));
        QFile file(catalog->absolutePath(codePath));
        if (!file.open(QIODevice::ReadOnly))
            throw LoadError(QCoreApplication::translate("CodeLoader", "%1 cannot be read: %2")
                                .arg(codePath, file.errorString()));
        if (file.size() > maxCodeSize)
            throw LoadError(QCoreApplication::translate("CodeLoader", "%1 is too large to show (%2 MB).")
                                .arg(codePath).arg(file.size() >> 20));
        const QByteArray bytes = file.readAll();
        QStringDecoder decoder(QStringDecoder::Utf8);
        return decoder(bytes);
    });
}

QString languageOf(const QString &path)
{
    if (path.endsWith(u".py"_s))
        return u"python"_s;
    if (path.endsWith(u".cpp"_s) || path.endsWith(u".h"_s))
        return u"cpp"_s;
    if (path.endsWith(u".yaml"_s) || path.endsWith(u".yml"_s))
        return u"yaml"_s;
    if (path.endsWith(u".md"_s))
        return u"markdown"_s;
    return {};
}

} // namespace CodeLoader
