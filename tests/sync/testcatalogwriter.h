#pragma once

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Small catalogs written to a temporary folder, for tests that need one exact case.
class TestCatalogWriter
{
public:
    TestCatalogWriter() { QDir().mkpath(plots()); }

    QString plots() const { return m_dir.path() + QStringLiteral("/plots"); }

    void write(const QString &relativePath, const QByteArray &content) const
    {
        const QString path = plots() + u'/' + relativePath;
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(content);
    }

    void addSpec(const QString &id, const QByteArray &title = "A Title", const QByteArray &extraYaml = {}) const
    {
        write(id + QStringLiteral("/specification.md"),
              "# " + id.toUtf8() + ": " + title + "\n\n## Description\n\nShows things.\n\n## Applications\n\n"
              "- Exploring\n\n## Data\n\n- `x` (numeric) - position\n\n## Notes\n\n- Keep it simple\n");
        write(id + QStringLiteral("/specification.yaml"),
              "spec_id: " + id.toUtf8() + "\ntitle: " + title + "\ncreated: '2026-03-07T20:31:52Z'\nupdated: null\n"
              "issue: 4663\nsuggested: someone\ntags:\n  plot_type: [scatter]\n  data_type: [numeric]\n"
              "  domain: [general]\n  features: [basic]\n" + extraYaml);
    }

    // metadataYaml replaces the default body after `library:`/`specification_id:`.
    void addImplementation(const QString &specId, const QString &library, const QByteArray &metadataBody = {},
                           const QByteArray &code = "print('hello')\n") const
    {
        write(specId + QStringLiteral("/implementations/python/") + library + QStringLiteral(".py"), code);
        const QByteArray body = metadataBody.isEmpty()
            ? QByteArray("language: python\ncreated: '2026-03-14T22:22:53Z'\nupdated: '2026-03-14T22:47:58Z'\n"
                         "generated_by: claude\nworkflow_run: 23097477548\nissue: 4663\npython_version: 3.14.3\n"
                         "library_version: 6.0.0\nquality_score: 92\n"
                         "preview_url_light: https://example.org/light.png\npreview_url_dark: https://example.org/dark.png\n"
                         "preview_html_light: null\npreview_html_dark: null\n"
                         "review:\n  strengths: [good]\n  weaknesses: [bad]\n  image_description: a plot\n"
                         "  verdict: APPROVED\n"
                         "impl_tags:\n  dependencies: []\n  techniques: [annotations]\n  patterns: []\n"
                         "  dataprep: []\n  styling: []\n")
            : metadataBody;
        write(specId + QStringLiteral("/metadata/python/") + library + QStringLiteral(".yaml"),
              "library: " + library.toUtf8() + "\nspecification_id: " + specId.toUtf8() + "\n" + body);
    }

    void remove(const QString &relativePath) const
    {
        const QString path = plots() + u'/' + relativePath;
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }

    CatalogSourcePtr source() const
    {
        return std::make_shared<FolderCatalogSource>(plots(), FolderCatalogSource::Options{false, {}, false});
    }

private:
    QTemporaryDir m_dir;
};
