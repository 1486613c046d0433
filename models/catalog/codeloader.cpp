#include "codeloader.h"

#include "workerpool.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStringDecoder>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace CodeLoader {

namespace {
constexpr qint64 maxCodeSize = 4 * 1024 * 1024;

struct Fetchers
{
    QMutex mutex;
    QHash<QString, Fetcher> byKind;
};
Fetchers &fetchers()
{
    static Fetchers instance;
    return instance;
}

Fetcher fetcherFor(const QString &kind)
{
    Fetchers &all = fetchers();
    const QMutexLocker lock(&all.mutex);
    return all.byKind.value(kind);
}
} // namespace

void registerFetcher(const QString &originKind, Fetcher fetcher)
{
    Fetchers &all = fetchers();
    const QMutexLocker lock(&all.mutex);
    all.byKind.insert(originKind, std::move(fetcher));
}

QFuture<QString> load(CatalogPtr catalog, QString codePath)
{
    // On the load pool: a fetch from the API may wait long (see workerpool.h).
    return QtConcurrent::run(catalogLoadPool(), [catalog = std::move(catalog), codePath = std::move(codePath)]() -> QString {
        if (codePath.isEmpty())
            throw LoadError(QCoreApplication::translate("CodeLoader", "This implementation has no code file."));
        QFile file(catalog->absolutePath(codePath));
        if (!file.exists()) {
            if (const Fetcher fetch = fetcherFor(catalog->origin().kind))
                return fetch(*catalog, codePath);
        }
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
    static const QHash<QString, QString> byExtension{
        {u"py"_s, u"python"_s},   {u"cpp"_s, u"cpp"_s},         {u"cc"_s, u"cpp"_s},
        {u"h"_s, u"cpp"_s},       {u"yaml"_s, u"yaml"_s},       {u"yml"_s, u"yaml"_s},
        {u"md"_s, u"markdown"_s}, {u"js"_s, u"javascript"_s},   {u"mjs"_s, u"javascript"_s},
        {u"jsx"_s, u"javascript"_s}, {u"ts"_s, u"typescript"_s}, {u"tsx"_s, u"typescript"_s},
        {u"jl"_s, u"julia"_s},    {u"r"_s, u"r"_s}};
    return byExtension.value(path.section(u'.', -1).toLower());
}

} // namespace CodeLoader
