#include "specfolderparser.h"

#include "metadataparser.h"
#include "specmarkdownparser.h"
#include "specyamlparser.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace SpecFolderParser {

namespace {
// Implementation code, in any of the languages anyplot has grown into (python, javascript, julia,
// r, …) and our own cpp. Images and pages that land beside the code are not code.
bool isCodeExtension(const QString &suffix)
{
    static const QStringList extensions{u"py"_s, u"js"_s, u"mjs"_s, u"cjs"_s, u"ts"_s, u"tsx"_s, u"jsx"_s,
                                        u"jl"_s, u"r"_s, u"cpp"_s, u"cc"_s, u"go"_s, u"rs"_s, u"java"_s,
                                        u"kt"_s, u"scala"_s, u"rb"_s, u"swift"_s, u"m"_s};
    return extensions.contains(suffix, Qt::CaseInsensitive);
}

struct ImplementationFiles
{
    QString language;
    QString libraryId;
    QString codePath;
    QString metadataPath;
    QString lightPreview;
    QString darkPreview;
};

class FolderParse
{
    // Context "SpecFolderParser", not the "SpecFolderParser::FolderParse" lupdate would file a
    // plain tr() of this class under (where the translations would never be looked up).
    Q_DECLARE_TR_FUNCTIONS(SpecFolderParser)
public:
    FolderParse(const SpecFolderListing &listing, const FileReader &read)
        : m_listing(listing)
        , m_read(read)
    {
    }

    ParsedSpecFolder run()
    {
        for (const CatalogFileEntry &file : m_listing.files)
            classify(file);
        if (m_markdownPath.isEmpty() && m_yamlPath.isEmpty() && m_implementations.isEmpty()) {
            warn(m_listing.specId, CatalogWarning::Kind::MissingFile,
                 tr("folder has no specification.md or specification.yaml; not a spec"));
            return std::move(m_result);
        }
        readSpec();
        for (const ImplementationFiles &files : std::as_const(m_implementations))
            readImplementation(files);
        return std::move(m_result);
    }

private:
    void warn(const QString &path, CatalogWarning::Kind kind, const QString &message, int line = 0)
    {
        m_result.warnings.append({path, line, kind, CatalogWarning::Severity::Warning, message});
    }

    ImplementationFiles &implementationFor(const QString &language, const QString &libraryId)
    {
        ImplementationFiles &files = m_implementations[language + u'/' + libraryId];
        files.language = language;
        files.libraryId = libraryId;
        return files;
    }

    // The old layout (metadata/{library}.yaml) and the new one (metadata/python/{library}.yaml) can
    // both be present after a half-done migration: the language folder wins, the other is reported.
    void setOnce(QString &slot, const QString &path)
    {
        if (slot.isEmpty()) {
            slot = path;
            return;
        }
        const bool pathIsNewLayout = path.count(u'/') > slot.count(u'/');
        const QString &ignored = pathIsNewLayout ? slot : path;
        warn(ignored, CatalogWarning::Kind::UnexpectedFile,
             tr("describes the same implementation as %1; ignored").arg(pathIsNewLayout ? path : slot));
        if (pathIsNewLayout)
            slot = path;
    }

    void unexpected(const QString &path)
    {
        ++m_result.fileCounts.unexpectedFiles;
        warn(path, CatalogWarning::Kind::UnexpectedFile, tr("file does not belong in the catalog layout; ignored"));
    }

    void classify(const CatalogFileEntry &file)
    {
        const QString &path = file.relativePath;
        const QStringList parts = path.mid(m_listing.specId.size() + 1).split(u'/');
        const QString &name = parts.last();
        if (name.startsWith(u'.')) { // .gitkeep, .DS_Store
            ++m_result.fileCounts.ignoredFiles;
            return;
        }
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString suffix = dot > 0 ? name.mid(dot + 1) : QString();

        if (parts.size() == 1 && name == u"specification.md"_s) {
            m_markdownPath = path;
            ++m_result.fileCounts.specFiles;
        } else if (parts.size() == 1 && name == u"specification.yaml"_s) {
            m_yamlPath = path;
            ++m_result.fileCounts.specFiles;
        } else if (parts.first() == u"implementations"_s && (parts.size() == 2 || parts.size() == 3)) {
            // implementations/{language}/{library}.{ext}, or the older implementations/{library}.py
            const bool inLanguageFolder = parts.size() == 3;
            if (!isCodeExtension(suffix) || (!inLanguageFolder && suffix != u"py"_s)) {
                unexpected(path);
                return;
            }
            setOnce(implementationFor(inLanguageFolder ? parts[1] : u"python"_s, stem).codePath, path);
            ++m_result.fileCounts.codeFiles;
        } else if (parts.first() == u"metadata"_s && (parts.size() == 2 || parts.size() == 3) && suffix == u"yaml"_s) {
            const QString language = parts.size() == 3 ? parts[1] : u"python"_s;
            setOnce(implementationFor(language, stem).metadataPath, path);
            ++m_result.fileCounts.metadataFiles;
        } else if (parts.first() == u"previews"_s && parts.size() == 4 && suffix == u"png"_s) {
            // Plotbench's own layout for shipped previews: previews/{language}/{library}/plot-{theme}.png
            ImplementationFiles &files = implementationFor(parts[1], parts[2]);
            (stem.endsWith(u"dark"_s) ? files.darkPreview : files.lightPreview) = path;
            ++m_result.fileCounts.previewFiles;
        } else {
            unexpected(path);
        }
    }

    std::optional<QByteArray> readText(const QString &path)
    {
        QString error;
        std::optional<QByteArray> content = m_read(path, &error);
        if (!content)
            warn(path, CatalogWarning::Kind::Unreadable, error);
        return content;
    }

    std::optional<YamlNode> readYaml(const QString &path)
    {
        const std::optional<QByteArray> content = readText(path);
        if (!content)
            return std::nullopt;
        YamlParseResult parsed = Yaml::parse(*content);
        if (!parsed.ok) {
            warn(path, CatalogWarning::Kind::MalformedYaml, parsed.error, parsed.errorLine);
            return std::nullopt;
        }
        return std::move(parsed.root);
    }

    void readSpec()
    {
        Spec spec;
        spec.id = m_listing.specId;
        spec.folderPath = m_listing.specId;
        if (m_markdownPath.isEmpty()) {
            warn(m_listing.specId + u"/specification.md"_s, CatalogWarning::Kind::MissingFile,
                 tr("specification.md is missing"));
        } else if (const std::optional<QByteArray> content = readText(m_markdownPath)) {
            SpecMarkdown markdown = SpecMarkdownParser::parse(*content, m_markdownPath, m_result.warnings);
            if (!markdown.headingId.isEmpty() && markdown.headingId != spec.id)
                warn(m_markdownPath, CatalogWarning::Kind::InvalidValue,
                     tr("heading names '%1', the folder is '%2'").arg(markdown.headingId, spec.id), 1);
            static const QStringList expectedSections{u"Description"_s, u"Applications"_s, u"Data"_s, u"Notes"_s};
            if (markdown.sectionOrder != expectedSections)
                warn(m_markdownPath, CatalogWarning::Kind::StructureRule,
                     tr("sections are '%1'; expected Description, Applications, Data, Notes in that order")
                         .arg(markdown.sectionOrder.join(u", "_s)));
            spec.title = markdown.headingTitle;
            spec.description = std::move(markdown.description);
            spec.applications = std::move(markdown.applications);
            spec.data = std::move(markdown.data);
            spec.dataColumns = std::move(markdown.dataColumns);
            spec.notes = std::move(markdown.notes);
        }
        if (m_yamlPath.isEmpty()) {
            warn(m_listing.specId + u"/specification.yaml"_s, CatalogWarning::Kind::MissingFile,
                 tr("specification.yaml is missing"));
        } else if (const std::optional<YamlNode> root = readYaml(m_yamlPath)) {
            SpecYamlParser::parse(*root, m_yamlPath, spec, m_result.warnings);
        }
        if (spec.title.isEmpty())
            spec.title = spec.id;
        m_result.spec = std::move(spec);
    }

    void readImplementation(const ImplementationFiles &files)
    {
        Implementation impl;
        impl.specId = m_listing.specId;
        impl.language = files.language;
        impl.libraryId = files.libraryId;
        impl.codePath = files.codePath;
        impl.metadataPath = files.metadataPath;
        impl.localPreviewPath = files.lightPreview.isEmpty() ? files.darkPreview : files.lightPreview;
        if (files.codePath.isEmpty() && files.metadataPath.isEmpty())
            return; // previews alone do not make an implementation
        if (files.codePath.isEmpty())
            warn(files.metadataPath, CatalogWarning::Kind::MissingFile,
                 tr("the code file of this implementation is missing"));
        if (files.metadataPath.isEmpty())
            warn(files.codePath, CatalogWarning::Kind::MissingFile,
                 tr("no metadata/%1/%2.yaml for this implementation").arg(files.language, files.libraryId));
        else if (const std::optional<YamlNode> root = readYaml(files.metadataPath))
            MetadataParser::parse(*root, files.metadataPath, impl, m_result.warnings);
        m_result.implementations.push_back(std::move(impl));
    }

    const SpecFolderListing &m_listing;
    const FileReader &m_read;
    ParsedSpecFolder m_result;
    QString m_markdownPath;
    QString m_yamlPath;
    QMap<QString, ImplementationFiles> m_implementations; // sorted: stable output
};
} // namespace

ParsedSpecFolder parse(const SpecFolderListing &listing, const FileReader &read)
{
    return FolderParse(listing, read).run();
}

} // namespace SpecFolderParser
