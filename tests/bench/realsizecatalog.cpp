#include "realsizecatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
struct Template
{
    QString specId;
    QByteArray markdown;
    QByteArray yaml;
    QList<std::pair<QString, QByteArray>> metadata; // library → file
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    return file.write(content);
}

// Self-contained implementation code of a realistic length (~5 KB, like anyplot's).
QByteArray codeFor(const QString &specId, const QString &library)
{
    QByteArray code = "\"\"\" anyplot.ai\n" + specId.toUtf8() + ": Synthetic\nLibrary: " + library.toUtf8()
        + " 1.0 | Python 3.13\nQuality: 90/100 | Created: 2026-01-01\n\"\"\"\n\nimport numpy as np\n\n";
    for (int i = 0; code.size() < 5000; ++i)
        code += "value_" + QByteArray::number(i) + " = np.linspace(0, " + QByteArray::number(i) + ", 100)\n";
    return code;
}
} // namespace

RealSizeCatalogSize RealSizeCatalog::write(const QString &fixturePlots, const QString &targetPlots, int specCount)
{
    QList<Template> templates;
    for (const QString &specId : QDir(fixturePlots).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Template t;
        t.specId = specId;
        t.markdown = readAll(fixturePlots + u'/' + specId + u"/specification.md"_s);
        t.yaml = readAll(fixturePlots + u'/' + specId + u"/specification.yaml"_s);
        QDirIterator it(fixturePlots + u'/' + specId + u"/metadata/python"_s, {u"*.yaml"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            t.metadata.append({QFileInfo(path).completeBaseName(), readAll(path)});
        }
        if (!t.metadata.isEmpty())
            templates.append(std::move(t));
    }
    if (templates.isEmpty())
        qFatal("no templates in %s", qPrintable(fixturePlots));

    RealSizeCatalogSize size;
    for (int i = 0; i < specCount; ++i) {
        const Template &t = templates[i % templates.size()];
        const QString specId = t.specId + u"-v"_s + QString::number(i);
        const QString folder = targetPlots + u'/' + specId;
        QDir().mkpath(folder + u"/implementations/python"_s);
        QDir().mkpath(folder + u"/metadata/python"_s);
        const QByteArray oldId = t.specId.toUtf8();
        const QByteArray newId = specId.toUtf8();
        writeFile(folder + u"/specification.md"_s, QByteArray(t.markdown).replace(oldId, newId));
        size.yamlBytes += writeFile(folder + u"/specification.yaml"_s, QByteArray(t.yaml).replace(oldId, newId));
        size.files += 2;
        ++size.specs;
        // Like the real catalog, some specs have no implementations (and leftover .gitkeep files).
        if (i % 22 == 21) {
            writeFile(folder + u"/implementations/.gitkeep"_s, {});
            ++size.files;
            continue;
        }
        for (const auto &[library, metadata] : t.metadata) {
            size.yamlBytes += writeFile(folder + u"/metadata/python/"_s + library + u".yaml"_s,
                                        QByteArray(metadata).replace(oldId, newId));
            writeFile(folder + u"/implementations/python/"_s + library + u".py"_s, codeFor(specId, library));
            size.files += 2;
        }
    }
    return size;
}
