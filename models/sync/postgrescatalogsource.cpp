#include "postgrescatalogsource.h"

#include "catalogjsoncolumns.h"
#include "codeloader.h"
#include "postgresconnection.h"
#include "specmarkdownparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresCatalogSource", text);
}

QString fileExtension(const QHash<QString, QString> &extensions, const QString &language)
{
    QString extension = extensions.value(language);
    if (extension.isEmpty())
        extension = language == u"cpp"_s ? u".cpp"_s : u".py"_s;
    return extension.startsWith(u'.') ? extension : u'.' + extension;
}

QString codePathOf(const QString &specId, const QString &language, const QString &library, const QString &extension)
{
    return specId + u"/implementations/"_s + language + u'/' + library + extension;
}

Verdict verdictOf(QByteArrayView text)
{
    if (text == "APPROVED")
        return Verdict::Approved;
    if (text == "REJECTED")
        return Verdict::Rejected;
    return Verdict::None;
}

// All code of the database, read once on first use and shared by every copy of the reader.
struct CodeStore
{
    PostgresLogin connection;
    QMutex mutex;
    bool loaded = false;
    QString error;
    QHash<QString, QByteArray> code; // codePath → code

    void load()
    {
        loaded = true;
        auto db = PostgresConnection::open(connection, &error);
        if (!db)
            return;
        QHash<QString, QString> extensions;
        const PostgresResult languages = db->exec("SELECT id, file_extension FROM languages");
        for (int row = 0; languages.ok() && row < languages.rows(); ++row)
            extensions.insert(languages.text(row, 0), languages.text(row, 1));
        const PostgresResult result =
            db->exec("SELECT spec_id, language_id, library_id, code FROM impls WHERE code IS NOT NULL");
        if (!result.ok()) {
            error = result.error();
            return;
        }
        for (int row = 0; row < result.rows(); ++row) {
            const QString language = result.text(row, 1);
            code.insert(codePathOf(result.text(row, 0), language, result.text(row, 2), fileExtension(extensions, language)),
                        result.bytes(row, 3));
        }
    }
};
// The logins of the databases read in this process, by the catalog's origin location (the
// display name): how the code fetcher reaches the database again. Memory only.
struct Logins
{
    QMutex mutex;
    QHash<QString, PostgresLogin> byLocation;
};
Logins &logins()
{
    static Logins instance;
    return instance;
}
void rememberLogin(const QString &location, const PostgresLogin &login)
{
    Logins &all = logins();
    const QMutexLocker lock(&all.mutex);
    all.byLocation.insert(location, login);
}
std::optional<PostgresLogin> loginFor(const QString &location)
{
    Logins &all = logins();
    const QMutexLocker lock(&all.mutex);
    const auto hit = all.byLocation.constFind(location);
    if (hit == all.byLocation.cend())
        return std::nullopt;
    return *hit;
}
} // namespace

PostgresCatalogSource::PostgresCatalogSource(QString connection)
    : PostgresCatalogSource(PostgresLogin{std::move(connection), {}, {}})
{
}

PostgresCatalogSource::PostgresCatalogSource(PostgresLogin login)
    : m_login(std::move(login))
{
    registerCodeFetcher();
}

QString PostgresCatalogSource::displayName() const
{
    return u"PostgreSQL · "_s + m_login.displayName();
}

bool PostgresCatalogSource::isConnectionUrl(const QString &argument)
{
    return argument.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || argument.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

CatalogPtr PostgresCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, tr("Reading %1…").arg(displayName()));
    QString error;
    CatalogPtr catalog = read(m_login, &error, [&promise] { return promise.isCanceled(); });
    if (catalog || promise.isCanceled())
        return catalog;
    CatalogBuilder builder({u"postgresql"_s, m_login.displayName(), displayName()});
    builder.addWarning({{}, 0, CatalogWarning::Kind::Unreadable, CatalogWarning::Severity::Error, error});
    return std::move(builder).build();
}

CatalogPtr PostgresCatalogSource::read(const QString &connection, QString *error, const std::function<bool()> &isCanceled)
{
    return read(PostgresLogin{connection, {}, {}}, error, isCanceled);
}

CatalogPtr PostgresCatalogSource::read(const PostgresLogin &login, QString *error, const std::function<bool()> &isCanceled)
{
    auto db = PostgresConnection::open(login, error);
    if (!db)
        return nullptr;
    const QString name = db->displayName();
    rememberLogin(name, login);
    // One snapshot for both queries: a push running meanwhile is seen entirely or not at all.
    db->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const PostgresResult specs = db->exec(
        "SELECT id, title, description, applications, data, notes, created, updated, issue, suggested, tags "
        "FROM specs ORDER BY id");
    // A lost connection leaves nothing behind (the read is one read-only snapshot): run it again.
    const auto lostNote = [&db] {
        return db->isConnected() ? QString() : tr("; the connection was lost and nothing of this read was kept — run it again");
    };
    if (!specs.ok()) {
        *error = tr("cannot read the specs of %1: %2").arg(name, specs.error()) + lostNote();
        return nullptr;
    }
    if (isCanceled && isCanceled())
        return nullptr;
    QHash<QString, QString> extensions;
    const PostgresResult languages = db->exec("SELECT id, file_extension FROM languages");
    for (int row = 0; languages.ok() && row < languages.rows(); ++row)
        extensions.insert(languages.text(row, 0), languages.text(row, 1));
    const PostgresResult impls = db->exec(
        "SELECT spec_id, language_id, library_id, code IS NOT NULL, preview_url_light, preview_url_dark, "
        "preview_html_light, preview_html_dark, python_version, library_version, quality_score, generated_at, "
        "updated, generated_by, issue, workflow_run, review_strengths, review_weaknesses, review_image_description, "
        "review_criteria_checklist, review_verdict, impl_tags FROM impls ORDER BY spec_id, language_id, library_id");
    if (!impls.ok()) {
        *error = tr("cannot read the implementations of %1: %2").arg(name, impls.error()) + lostNote();
        return nullptr;
    }
    db->exec("COMMIT");

    CatalogBuilder builder({u"postgresql"_s, name, u"PostgreSQL · "_s + name});
    for (int row = 0; row < specs.rows(); ++row) {
        Spec spec;
        spec.id = specs.text(row, 0);
        spec.folderPath = spec.id;
        spec.title = specs.text(row, 1);
        spec.description = specs.text(row, 2);
        spec.applications = PostgresCopy::parseArray(specs.view(row, 3));
        spec.data = PostgresCopy::parseArray(specs.view(row, 4));
        for (const QString &bullet : std::as_const(spec.data)) {
            if (std::optional<SpecDataColumn> column = SpecMarkdownParser::parseDataColumn(bullet))
                spec.dataColumns.append(std::move(*column));
        }
        spec.notes = PostgresCopy::parseArray(specs.view(row, 5));
        spec.created = CatalogJsonColumns::parseTimestamp(specs.view(row, 6));
        spec.updated = CatalogJsonColumns::parseTimestamp(specs.view(row, 7));
        spec.issue = specs.text(row, 8).toInt();
        spec.suggestedBy = specs.text(row, 9);
        spec.tags = CatalogJsonColumns::parseSpecTags(specs.view(row, 10));
        builder.addSpec(std::move(spec));
    }
    for (int row = 0; row < impls.rows(); ++row) {
        Implementation impl;
        impl.specId = impls.text(row, 0);
        impl.language = impls.text(row, 1);
        impl.libraryId = impls.text(row, 2);
        const QString location = impl.specId + u'/' + impl.language + u'/' + impl.libraryId;
        if (impls.view(row, 3) == "t")
            impl.codePath = codePathOf(impl.specId, impl.language, impl.libraryId, fileExtension(extensions, impl.language));
        impl.metadataPath = impl.specId + u"/metadata/"_s + impl.language + u'/' + impl.libraryId + u".yaml"_s;
        impl.previews.light = impls.text(row, 4);
        impl.previews.dark = impls.text(row, 5);
        impl.previews.htmlLight = impls.text(row, 6);
        impl.previews.htmlDark = impls.text(row, 7);
        impl.languageVersion = impls.text(row, 8);
        impl.libraryVersion = impls.text(row, 9);
        if (!impls.isNull(row, 10)) {
            const double score = impls.text(row, 10).toDouble();
            if (score >= 0 && score <= 100)
                impl.qualityScore = int(std::lround(score));
            else
                builder.addWarning({location, 0, CatalogWarning::Kind::InvalidValue, CatalogWarning::Severity::Warning,
                                    tr("quality_score %1 is outside 0–100; ignored").arg(score)});
        }
        impl.created = CatalogJsonColumns::parseTimestamp(impls.view(row, 11));
        impl.updated = CatalogJsonColumns::parseTimestamp(impls.view(row, 12));
        impl.generatedBy = impls.text(row, 13);
        impl.issue = impls.text(row, 14).toInt();
        impl.workflowRun = impls.text(row, 15).toLongLong();
        impl.review.strengths = PostgresCopy::parseArray(impls.view(row, 16));
        impl.review.weaknesses = PostgresCopy::parseArray(impls.view(row, 17));
        impl.review.imageDescription = impls.text(row, 18);
        if (!impls.isNull(row, 19))
            impl.review.criteria = CatalogJsonColumns::parseCriteria(impls.view(row, 19));
        impl.review.verdict = verdictOf(impls.view(row, 20));
        if (!impls.isNull(row, 21))
            impl.tags = CatalogJsonColumns::parseImplTags(impls.view(row, 21));
        builder.addImplementation(std::move(impl));
    }
    return std::move(builder).build();
}

SpecFolderParser::FileReader PostgresCatalogSource::fileReader() const
{
    auto store = std::make_shared<CodeStore>();
    store->connection = m_login;
    return [store](const QString &relativePath, QString *error) -> std::optional<QByteArray> {
        const QMutexLocker lock(&store->mutex);
        if (!store->loaded)
            store->load();
        const auto hit = store->code.constFind(relativePath);
        if (hit != store->code.cend())
            return *hit;
        *error = store->error.isEmpty() ? tr("%1 is not in the database").arg(relativePath) : store->error;
        return std::nullopt;
    };
}

void PostgresCatalogSource::registerCodeFetcher()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CodeLoader::registerFetcher(u"postgresql"_s, [](const Catalog &catalog, const QString &codePath) -> QString {
            // {spec}/implementations/{language}/{library}.{ext}
            const QStringList parts = codePath.split(u'/');
            if (parts.size() != 4 || parts.at(1) != u"implementations"_s)
                throw CodeLoader::LoadError(tr("%1 is not code of the database catalog").arg(codePath));
            const std::optional<PostgresLogin> login = loginFor(catalog.origin().location);
            if (!login)
                throw CodeLoader::LoadError(tr("Open the database again to read its code."));
            QString error;
            auto db = PostgresConnection::open(*login, &error);
            if (!db)
                throw CodeLoader::LoadError(error);
            const PostgresResult result =
                db->exec("SELECT code FROM impls WHERE spec_id = $1 AND language_id = $2 AND library_id = $3",
                         PostgresParams().add(parts.at(0)).add(parts.at(2)).add(parts.at(3).section(u'.', 0, 0)));
            if (!result.ok())
                throw CodeLoader::LoadError(tr("The code could not be read: %1").arg(result.error()));
            if (result.rows() == 0 || result.isNull(0, 0))
                throw CodeLoader::LoadError(tr("%1 has no code in the database").arg(codePath));
            return result.text(0, 0);
        });
    });
}
