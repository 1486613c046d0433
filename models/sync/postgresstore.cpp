#include "postgresstore.h"

#include "library.h"
#include "postgresbinarycopy.h"
#include "postgrescatalogrows.h"
#include "postgresconnection.h"
#include "postgrespushmemory.h"
#include "postgresschema.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
using namespace PostgresCatalogRows;

QStringList columnList(const char *columns)
{
    QStringList list = QString::fromLatin1(columns).split(u',');
    for (QString &column : list)
        column = column.trimmed();
    return list;
}

QString prefixed(const char *columns, const QString &prefix)
{
    QStringList list = columnList(columns);
    for (QString &column : list)
        column.prepend(prefix);
    return list.join(u", "_s);
}

QString assignments(const char *columns)
{
    QStringList list = columnList(columns);
    for (QString &column : list)
        column = column + u" = EXCLUDED."_s + column;
    return list.join(u", "_s);
}


struct LanguageSeed
{
    QString id, name, extension, documentationUrl, description;
};

LanguageSeed languageSeed(const QString &id, const QString &codePath)
{
    if (id == u"python"_s)
        return {id, u"Python"_s, u".py"_s, u"https://www.python.org"_s, u"Python programming language"_s};
    if (id == u"cpp"_s)
        return {id, u"C++"_s, u".cpp"_s, u"https://isocpp.org"_s, u"C++ programming language"_s};
    const qsizetype dot = codePath.lastIndexOf(u'.');
    return {id, id, dot >= 0 ? codePath.mid(dot).left(10) : QString(), {}, {}};
}

// A varchar[]/text[] parameter.
QByteArray arrayOf(const QStringList &values)
{
    return PostgresCopy::arrayLiteral(values);
}

// Into an empty database the rows are written faster than the server takes them in: half the
// cores are enough, and the rest are left to the server (on a small machine the two compete).
int rowWriters()
{
    return std::max(1, QThread::idealThreadCount() / 2);
}

QThreadPool *rowWriterPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process, like the catalog workers
        p->setMaxThreadCount(rowWriters());
        p->setObjectName(QStringLiteral("push row writer"));
        return p;
    }();
    return pool;
}

// A push into a database that has the catalog already sends few rows, so the server waits for the
// row writers: while it lasts, they get every core.
class AllCoresForRowWriters
{
public:
    AllCoresForRowWriters() { rowWriterPool()->setMaxThreadCount(QThread::idealThreadCount()); }
    ~AllCoresForRowWriters() { rowWriterPool()->setMaxThreadCount(rowWriters()); }
    AllCoresForRowWriters(const AllCoresForRowWriters &) = delete;
    AllCoresForRowWriters &operator=(const AllCoresForRowWriters &) = delete;
};

struct CopyChunk
{
    QByteArray data; // binary COPY rows
    int first = 0;   // the catalog index of its first implementation
    std::vector<qsizetype> rowStarts; // where each row begins in data, and data's size
    std::vector<QByteArray> digests;  // with a push memory: the digest of each row's compared values
    QStringList errors;
    qint64 buildNs = 0; // reading code and writing the rows, on a worker
};

QString implKey(const Implementation &impl)
{
    return impl.specId + u'/' + impl.language + u'/' + impl.libraryId;
}

class Push
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)

public:
    Push(PostgresConnection &connection, const Catalog &catalog, const SpecFolderParser::FileReader &readFile,
         const PostgresStore::Options &options)
        : m_db(connection)
        , m_catalog(catalog)
        , m_readFile(readFile)
        , m_options(options)
    {
    }

    ~Push()
    {
        for (QFuture<CopyChunk> &chunk : m_chunks) // they read this object's catalog and options
            chunk.waitForFinished();
    }
    Push(const Push &) = delete;
    Push &operator=(const Push &) = delete;

    PostgresPushReport run()
    {
        QElapsedTimer timer;
        timer.start();
        m_report.dryRun = m_options.dryRun;
        m_report.database = m_db.displayName();
        m_report.specs = int(m_catalog.specs().size());
        m_report.implementations = int(m_catalog.implementations().size());
        m_phase.start();
        if (m_options.method == PostgresStore::Method::Copy)
            startCopyChunks(); // first: the workers start on the big rows at once
        buildSpecRows();
        if (m_options.method != PostgresStore::Method::Copy)
            buildRows();
        m_report.prepareMs = timer.elapsed();
        phase(m_options.method == PostgresStore::Method::Copy ? "specs' rows (implementations' on workers)"
                                                               : "rows built (code read)");
        // lz4 compresses the large values (code, reviews) several times faster than the default
        // pglz; a server built without it keeps its default (the statement fails harmlessly
        // outside the transaction).
        m_db.exec("SELECT set_config('default_toast_compression', 'lz4', false)");
        const bool begun = !canceled() && step("BEGIN");
        phase("begin");
        if (begun && ensureSchema() && seedLanguagesAndLibraries()) {
            const bool written = m_options.method == PostgresStore::Method::Copy ? stageAndUpsert() : rowByRow();
            if (written && renewMemory() && !canceled())
                m_report.ok = step(m_options.dryRun ? "ROLLBACK" : "COMMIT");
            phase(m_options.dryRun ? "rollback" : "commit");
            if (m_report.ok && !m_options.dryRun)
                saveMemory();
        }
        if (!m_report.ok)
            m_db.exec("ROLLBACK");
        collectChunkWarnings();
        m_report.elapsedMs = timer.elapsed();
        return std::move(m_report);
    }

private:
    bool canceled()
    {
        if (m_options.isCanceled && m_options.isCanceled()) {
            m_report.error = tr("canceled");
            m_report.stopped = true;
            return true;
        }
        return false;
    }

    bool check(const PostgresResult &result)
    {
        if (result.ok())
            return true;
        m_report.error = result.error();
        return false;
    }

    bool step(const char *sql)
    {
        return check(m_db.exec(sql));
    }

    // Where the time goes: the wall time since the previous phase ended, into the report (and,
    // with PLOTBENCH_PUSH_PROFILE=1, on stderr).
    void phase(const char *name)
    {
        const double ms = double(m_phase.nsecsElapsed()) / 1e6;
        m_phase.restart();
        m_report.phases.append({QString::fromLatin1(name), ms});
        static const bool profile = qEnvironmentVariableIsSet("PLOTBENCH_PUSH_PROFILE");
        if (profile)
            std::fprintf(stderr, "push: %7.1f ms  %s\n", ms, name);
    }
    QElapsedTimer m_phase;

    bool ensureSchema()
    {
        QString error;
        // The COPY push loads the new tables before their keys (copyIntoEmptyTables adds them).
        m_keysAfterLoad = m_options.method == PostgresStore::Method::Copy;
        const bool ok = PostgresSchema::ensure(m_db, &m_report.schemaCreated, &error,
                                               m_keysAfterLoad ? PostgresSchema::Keys::AfterLoad
                                                               : PostgresSchema::Keys::Now);
        phase(m_report.schemaCreated ? "schema created" : "schema checked");
        if (!ok)
            m_report.error = tr("cannot create the schema: %1").arg(error);
        return ok;
    }

    // One implementation's code, read through the source; *error when it is unreadable.
    Field implementationCode(const Implementation &impl, QString *error) const
    {
        Field code;
        if (impl.hasCode()) {
            if (std::optional<QByteArray> bytes = m_readFile(impl.codePath, error)) {
                // Text columns take neither invalid UTF-8 nor NUL characters.
                if (!QUtf8StringView(*bytes).isValidUtf8() || bytes->contains('\0')) {
                    QString decoded = QString::fromUtf8(*bytes);
                    decoded.remove(QChar(0));
                    *bytes = decoded.toUtf8();
                }
                code = std::move(*bytes);
            }
        }
        return code;
    }

    // COPY: the implementations' lines are built in chunks on the worker pool from the start, so
    // reading code and building rows overlap with the SQL before and with sending the rows.
    void startCopyChunks()
    {
        constexpr int chunkSize = 128;
        const int count = int(m_catalog.implementations().size());
        for (int first = 0; first < count; first += chunkSize) {
            const int last = std::min(count, first + chunkSize);
            m_chunks.push_back(QtConcurrent::run(rowWriterPool(), [this, first, last] {
                QElapsedTimer timer;
                timer.start();
                CopyChunk chunk;
                chunk.first = first;
                chunk.data.reserve(qsizetype(last - first) * 16 * 1024);
                PostgresBinaryCopy sink(chunk.data);
                for (int i = first; i < last; ++i) {
                    QString error;
                    const Implementation &impl = m_catalog.implementations()[std::size_t(i)];
                    const qsizetype start = chunk.data.size();
                    chunk.rowStarts.push_back(start);
                    writeImplementation(sink, impl, implementationCode(impl, &error));
                    if (remembering()) {
                        const QByteArrayView row = QByteArrayView(chunk.data).sliced(start);
                        chunk.digests.push_back(
                            PostgresPushMemory::digest(row.sliced(PostgresBinaryCopy::fieldOffset(row, implLeadingColumns))));
                    }
                    if (!error.isEmpty())
                        chunk.errors.append(error);
                }
                chunk.rowStarts.push_back(chunk.data.size());
                chunk.buildNs = timer.nsecsElapsed();
                return chunk;
            }));
        }
    }

    // Row by row: every row's values, built up front.
    void buildRows()
    {
        const int count = int(m_catalog.implementations().size());
        std::vector<QString> errors(static_cast<std::size_t>(count));
        std::vector<int> indexes(static_cast<std::size_t>(count));
        std::iota(indexes.begin(), indexes.end(), 0);
        m_implRows.resize(std::size_t(count));
        QtConcurrent::blockingMap(catalogWorkerPool(), indexes, [&](int i) {
            const Implementation &impl = m_catalog.implementations()[std::size_t(i)];
            m_implRows[std::size_t(i)] = implementationRow(impl, implementationCode(impl, &errors[std::size_t(i)]));
        });
        for (const QString &error : errors) {
            if (!error.isEmpty())
                m_report.warnings.append(error);
        }
    }

    void buildSpecRows()
    {
        if (m_options.method == PostgresStore::Method::Copy) {
            m_specCopy = specCopyData(m_catalog.specs());
        } else {
            m_specRows.reserve(m_catalog.specs().size());
            for (const Spec &spec : m_catalog.specs())
                m_specRows.push_back(specRow(spec));
        }
        const std::vector<Implementation> &impls = m_catalog.implementations();
        const auto withoutCode = std::count_if(impls.begin(), impls.end(),
                                               [](const Implementation &impl) { return !impl.hasCode(); });
        if (withoutCode > 0)
            m_report.warnings.append(tr("%n implementation(s) have metadata but no code file; their code is NULL",
                                        nullptr, int(withoutCode)));
    }

    bool copyIn(const QByteArray &sql, const QByteArray &data, const char *phaseName, QString *error)
    {
        const bool ok = m_db.copyIn(sql.constData(), data, error);
        phase(phaseName);
        return ok;
    }

    bool copyIn(const QByteArray &sql, const char *phaseName, QString *error)
    {
        m_waitNs = 0;
        const bool ok = m_db.copyIn(sql.constData(), implChunks(), error);
        phase(phaseName);
        m_report.phases.append({u"(of which waiting for rows)"_s, double(m_waitNs) / 1e6});
        return ok;
    }

    std::function<bool(QByteArray *)> implChunks()
    {
        // The header, then each chunk as soon as its worker has it, then the trailer.
        auto next = std::make_shared<std::size_t>(0);
        return [this, next](QByteArray *chunk) {
            const std::size_t index = (*next)++;
            if (index == 0) {
                *chunk = PostgresBinaryCopy::header();
            } else if (index <= m_chunks.size()) {
                QElapsedTimer waited;
                waited.start();
                const CopyChunk &rows = m_chunks[index - 1].result();
                m_waitNs += waited.nsecsElapsed();
                *chunk = m_versions.isEmpty() ? rows.data : rowsToSend(rows);
            } else if (index == m_chunks.size() + 1) {
                *chunk = PostgresBinaryCopy::trailer();
            } else {
                return false;
            }
            return true;
        };
    }

    // The push memory: kept by the COPY push when it is given a folder for it (row by row never).
    bool remembering() const
    {
        return m_options.method == PostgresStore::Method::Copy && !m_options.memoryDirectory.isEmpty();
    }

    // The rows of a chunk the database does not provably hold already.
    QByteArray rowsToSend(const CopyChunk &rows)
    {
        QByteArray data;
        for (std::size_t j = 0; j + 1 < rows.rowStarts.size(); ++j) {
            const QString key = implKey(m_catalog.implementations()[std::size_t(rows.first) + j]);
            const auto version = m_versions.constFind(key);
            if (version != m_versions.cend() && m_memory.holds(key, *version, rows.digests[j])) {
                ++m_report.implementationsNotSent;
                continue;
            }
            if (data.isEmpty())
                data.reserve(rows.data.size());
            data.append(QByteArrayView(rows.data).sliced(rows.rowStarts[j], rows.rowStarts[j + 1] - rows.rowStarts[j]));
        }
        return data;
    }

    // Which table the row versions belong to (PostgresPushMemory::Identity); invalid when the
    // server will not say (the statement cannot fail and abort the transaction).
    bool queryIdentity()
    {
        const PostgresResult result =
            m_db.exec("SELECT CASE WHEN has_function_privilege('pg_control_system()', 'EXECUTE') THEN "
                      "(SELECT system_identifier::text FROM pg_control_system()) END, "
                      "(SELECT oid::text FROM pg_database WHERE datname = current_database()), "
                      "pg_relation_filenode('impls')::text");
        if (!check(result))
            return false;
        m_identity = {result.text(0, 0), result.text(0, 1), result.text(0, 2)};
        return true;
    }

    // Before staging into a database with rows: no other writer may change implementations until
    // COMMIT (so the versions read now and at the end are the ones compared), the memory of this
    // database, and the versions its rows have now.
    bool prepareMemory()
    {
        if (!remembering())
            return true;
        if (!m_options.dryRun) {
            const QByteArray timeout = "SET LOCAL lock_timeout = " + QByteArray::number(std::max(1, m_options.lockTimeoutMs));
            if (!step(timeout.constData()))
                return false;
            if (!step("LOCK TABLE impls IN SHARE ROW EXCLUSIVE MODE")) {
                m_report.error = tr("another sync or push is writing the implementations; try again when it has "
                                    "finished (%1)")
                                     .arg(m_report.error);
                return false;
            }
            m_locked = true;
            if (!step("SET LOCAL lock_timeout TO DEFAULT"))
                return false;
        }
        if (!queryIdentity())
            return false;
        m_memory = PostgresPushMemory::load(m_options.memoryDirectory, m_identity);
        if (m_memory.size() > 0) {
            const PostgresResult result =
                m_db.exec("SELECT spec_id || '/' || language_id || '/' || library_id, xmin::text, ctid::text FROM impls");
            if (!check(result))
                return false;
            m_versions.reserve(result.rows());
            for (int row = 0; row < result.rows(); ++row)
                m_versions.insert(result.text(row, 0), {result.bytes(row, 1), result.bytes(row, 2)});
        }
        phase("push memory read");
        return true;
    }

    // Just before COMMIT: the versions the catalog's rows will have, each with the digest of the
    // values it holds. Every row this transaction wrote holds ours; with the table locked, so does
    // every other row of the catalog (it was compared, or known, to be unchanged).
    bool renewMemory()
    {
        if (!remembering() || m_options.dryRun)
            return true;
        if (!m_identity.isValid() && !queryIdentity())
            return false;
        if (!m_identity.isValid())
            return true;
        QHash<QString, QByteArray> digests;
        digests.reserve(qsizetype(m_catalog.implementations().size()));
        for (QFuture<CopyChunk> &chunk : m_chunks) {
            const CopyChunk &rows = chunk.result();
            for (std::size_t j = 0; j < rows.digests.size(); ++j)
                digests.insert(implKey(m_catalog.implementations()[std::size_t(rows.first) + j]), rows.digests[j]);
        }
        const PostgresResult result = m_db.exec(
            "SELECT spec_id || '/' || language_id || '/' || library_id, xmin::text, ctid::text, "
            "xmin::text::bigint IS NOT DISTINCT FROM txid_current_if_assigned() % 4294967296 FROM impls");
        if (!check(result))
            return false;
        PostgresPushMemory renewed(m_identity);
        for (int row = 0; row < result.rows(); ++row) {
            const QString key = result.text(row, 0);
            const auto digest = digests.constFind(key);
            if (digest != digests.cend() && (m_locked || result.text(row, 3) == u"t"_s))
                renewed.remember(key, {{result.bytes(row, 1), result.bytes(row, 2)}, *digest});
        }
        m_renewed = std::move(renewed);
        phase("push memory renewed");
        return true;
    }

    void saveMemory()
    {
        if (m_renewed.size() == 0)
            return;
        QString error;
        if (!m_renewed.save(m_options.memoryDirectory, &error))
            m_report.warnings.append(tr("cannot remember the pushed rows for the next push: %1").arg(error));
    }

    void collectChunkWarnings()
    {
        qint64 buildNs = 0;
        for (QFuture<CopyChunk> &chunk : m_chunks) {
            m_report.warnings.append(chunk.result().errors);
            buildNs += chunk.result().buildNs;
        }
        if (!m_chunks.empty())
            m_report.rowsCpuMs = double(buildNs) / 1e6;
    }

    bool seedLanguagesAndLibraries()
    {
        // anyplot seeds its nine Python libraries always; other languages and libraries (our own
        // cpp/qtcharts, a future R one) are added when the catalog uses them.
        std::map<QString, LanguageSeed> languages{{u"python"_s, languageSeed(u"python"_s, {})}};
        std::map<QString, Library> libraries;
        for (const Library &library : Library::known()) {
            if (library.language == u"python"_s)
                libraries.emplace(library.id, library);
        }
        for (const Implementation &impl : m_catalog.implementations()) {
            if (!languages.count(impl.language))
                languages.emplace(impl.language, languageSeed(impl.language, impl.codePath));
            if (!libraries.count(impl.libraryId)) {
                Library library = Library::byId(impl.libraryId);
                library.language = impl.language;
                libraries.emplace(impl.libraryId, library);
            }
        }
        QStringList ids, names, extensions, urls, descriptions;
        for (const auto &[id, seed] : languages) {
            ids << seed.id;
            names << seed.name;
            extensions << seed.extension;
            urls << seed.documentationUrl;
            descriptions << seed.description;
        }
        PostgresTableDiff languageDiff{u"languages"_s, {}, {}, {}};
        if (!missing("SELECT x FROM unnest($1::varchar[]) AS x WHERE NOT EXISTS "
                     "(SELECT 1 FROM languages WHERE id = x) ORDER BY 1",
                     ids, languageDiff.added))
            return false;
        if (!m_options.dryRun
            && !check(m_db.exec("INSERT INTO languages (id, name, file_extension, documentation_url, description) "
                                "SELECT i, n, e, NULLIF(u, ''), NULLIF(d, '') FROM unnest($1::varchar[], "
                                "$2::varchar[], $3::varchar[], $4::varchar[], $5::text[]) AS s(i, n, e, u, d) "
                                "ON CONFLICT (id) DO NOTHING",
                                PostgresParams().add(arrayOf(ids)).add(arrayOf(names)).add(arrayOf(extensions))
                                    .add(arrayOf(urls)).add(arrayOf(descriptions)))))
            return false;

        QStringList libraryIds, libraryNames, libraryUrls, libraryDescriptions, libraryLanguages;
        for (const auto &[id, library] : libraries) {
            libraryIds << library.id;
            libraryNames << library.name;
            libraryUrls << library.documentationUrl;
            libraryDescriptions << library.description;
            libraryLanguages << (library.language.isEmpty() ? u"python"_s : library.language);
        }
        PostgresTableDiff libraryDiff{u"libraries"_s, {}, {}, {}};
        if (!missing("SELECT x FROM unnest($1::varchar[]) AS x WHERE NOT EXISTS "
                     "(SELECT 1 FROM libraries WHERE id = x) ORDER BY 1",
                     libraryIds, libraryDiff.added))
            return false;
        if (!m_options.dryRun
            && !check(m_db.exec("INSERT INTO libraries (id, name, documentation_url, description, language_id) "
                                "SELECT i, n, NULLIF(u, ''), NULLIF(d, ''), l FROM unnest($1::varchar[], "
                                "$2::varchar[], $3::varchar[], $4::text[], $5::varchar[]) AS s(i, n, u, d, l) "
                                "ON CONFLICT (id) DO NOTHING",
                                PostgresParams().add(arrayOf(libraryIds)).add(arrayOf(libraryNames))
                                    .add(arrayOf(libraryUrls)).add(arrayOf(libraryDescriptions))
                                    .add(arrayOf(libraryLanguages)))))
            return false;
        m_report.tables.append(languageDiff);
        m_report.tables.append(libraryDiff);
        phase("languages and libraries");
        return true;
    }

    bool missing(const char *sql, const QStringList &ids, QStringList &out)
    {
        return column(m_db.exec(sql, PostgresParams().add(arrayOf(ids))), out);
    }

    bool column(const PostgresResult &result, QStringList &out)
    {
        if (!check(result))
            return false;
        for (int row = 0; row < result.rows(); ++row)
            out.append(result.text(row, 0));
        return true;
    }

    bool query(const QString &sql, QStringList &out)
    {
        const QByteArray utf8 = sql.toUtf8();
        return column(m_db.exec(utf8.constData()), out);
    }

    // An empty database takes the rows straight: there is nothing to upsert or delete.
    bool copyIntoEmptyTables(bool *done)
    {
        *done = false;
        if (!m_report.schemaCreated) { // tables created in this transaction are empty
            QStringList empty;
            const bool ok = query(u"SELECT NOT EXISTS (SELECT 1 FROM specs) AND NOT EXISTS (SELECT 1 FROM impls)"_s, empty);
            phase("emptiness check");
            if (!ok)
                return false;
            if (empty.value(0) != u"t"_s)
                return true;
        }
        PostgresTableDiff specs{u"specs"_s, {}, {}, {}};
        PostgresTableDiff impls{u"impls"_s, {}, {}, {}};
        for (const Spec &spec : m_catalog.specs())
            specs.added.append(spec.id);
        for (const Implementation &impl : m_catalog.implementations())
            impls.added.append(implKey(impl));
        specs.added.sort();
        impls.added.sort();
        m_report.tables.append(specs);
        m_report.tables.append(impls);
        *done = true;
        if (m_options.dryRun)
            return true;
        QString error;
        const QByteArray copySpecs = "COPY specs (" + QByteArray(specColumns) + ") FROM STDIN (FORMAT binary)";
        const QByteArray copyImpls = "COPY impls (" + QByteArray(implColumns) + ") FROM STDIN (FORMAT binary)";
        if (!copyIn(copySpecs, m_specCopy, "copy specs", &error) || !copyIn(copyImpls, "copy implementations", &error)) {
            m_report.error = tr("cannot write the rows: %1").arg(error);
            return false;
        }
        if (m_report.schemaCreated && m_keysAfterLoad) {
            const bool keyed = PostgresSchema::addImplementationKeys(m_db, &error);
            phase("implementation keys");
            if (!keyed) {
                m_report.error = tr("cannot write the rows: %1").arg(error);
                return false;
            }
        }
        return true;
    }

    bool stageAndUpsert()
    {
        QString error;
        bool copiedIntoEmpty = false;
        if (!copyIntoEmptyTables(&copiedIntoEmpty))
            return false;
        if (copiedIntoEmpty)
            return true;
        std::optional<AllCoresForRowWriters> allCores;
        if (remembering())
            allCores.emplace();
        if (!prepareMemory() || !stageCatalogKeys())
            return false;
        // Staged values are not compressed: they live for one statement and are compared, not kept.
        if (!step("CREATE TEMP TABLE pb_stage_specs (LIKE specs INCLUDING DEFAULTS) ON COMMIT DROP")
            || !step("CREATE TEMP TABLE pb_stage_impls (LIKE impls INCLUDING DEFAULTS) ON COMMIT DROP")
            || !step("ALTER TABLE pb_stage_impls ALTER COLUMN code SET STORAGE EXTERNAL, "
                     "ALTER COLUMN review_criteria_checklist SET STORAGE EXTERNAL, "
                     "ALTER COLUMN review_image_description SET STORAGE EXTERNAL"))
            return false;
        phase("staging tables");
        const QByteArray copySpecs = "COPY pb_stage_specs (" + QByteArray(specColumns) + ") FROM STDIN (FORMAT binary)";
        const QByteArray copyImpls = "COPY pb_stage_impls (" + QByteArray(implColumns) + ") FROM STDIN (FORMAT binary)";
        if (!copyIn(copySpecs, m_specCopy, "copy specs", &error) || !copyIn(copyImpls, "copy implementations", &error)) {
            m_report.error = tr("cannot stage the rows: %1").arg(error);
            return false;
        }
        if (canceled() || !diff())
            return false;
        phase("diff");
        if (m_options.dryRun)
            return true;

        const QString upsertSpecs = u"INSERT INTO specs AS t (%1) SELECT %1 FROM pb_stage_specs "
                                    "ON CONFLICT (id) DO UPDATE SET %2, updated_at = now() "
                                    "WHERE (%3) IS DISTINCT FROM (%4)"_s
                                        .arg(QLatin1StringView(specColumns), assignments(specCompared),
                                             prefixed(specCompared, u"t."_s), prefixed(specCompared, u"EXCLUDED."_s));
        const QString upsertImpls = u"INSERT INTO impls AS t (%1) SELECT %5 FROM pb_stage_impls s "
                                    "JOIN pb_changed_impls c USING (spec_id, language_id, library_id) "
                                    "ON CONFLICT (spec_id, language_id, library_id) DO UPDATE SET %2, updated_at = now() "
                                    "WHERE (%3) IS DISTINCT FROM (%4)"_s
                                        .arg(QLatin1StringView(implColumns), assignments(implCompared),
                                             prefixed(implCompared, u"t."_s), prefixed(implCompared, u"EXCLUDED."_s),
                                             prefixed(implColumns, u"s."_s));
        const auto timed = [this](const QByteArray &sql, const char *name) {
            const bool ok = step(sql.constData());
            phase(name);
            return ok;
        };
        return timed(upsertSpecs.toUtf8(), "upsert specs")
            && timed("DELETE FROM specs t WHERE NOT EXISTS (SELECT 1 FROM pb_stage_specs s WHERE s.id = t.id)",
                     "delete specs")
            && timed(upsertImpls.toUtf8(), "upsert implementations")
            && timed("DELETE FROM impls t WHERE NOT EXISTS (SELECT 1 FROM pb_catalog_impls s WHERE s.spec_id = t.spec_id "
                     "AND s.language_id = t.language_id AND s.library_id = t.library_id)",
                     "delete implementations");
    }

    // The keys of all the catalog's implementations: staging may leave out the known ones, so what
    // left the catalog is found against these.
    bool stageCatalogKeys()
    {
        QStringList specIds, languages, libraries;
        for (const Implementation &impl : m_catalog.implementations()) {
            specIds << impl.specId;
            languages << impl.language;
            libraries << impl.libraryId;
        }
        return step("CREATE TEMP TABLE pb_catalog_impls (spec_id varchar, language_id varchar, library_id varchar) "
                    "ON COMMIT DROP")
            && check(m_db.exec("INSERT INTO pb_catalog_impls SELECT * FROM unnest($1::varchar[], $2::varchar[], "
                               "$3::varchar[])",
                               PostgresParams().add(arrayOf(specIds)).add(arrayOf(languages)).add(arrayOf(libraries))));
    }

    bool diff()
    {
        PostgresTableDiff specs{u"specs"_s, {}, {}, {}};
        PostgresTableDiff impls{u"impls"_s, {}, {}, {}};
        const QString implKey = u"%1spec_id || '/' || %1language_id || '/' || %1library_id"_s;
        const QString implMatch = u"t.spec_id = s.spec_id AND t.language_id = s.language_id AND t.library_id = s.library_id"_s;
        const bool ok =
            query(u"SELECT s.id FROM pb_stage_specs s WHERE NOT EXISTS (SELECT 1 FROM specs t WHERE t.id = s.id) ORDER BY 1"_s,
                  specs.added)
            && query(u"SELECT s.id FROM pb_stage_specs s JOIN specs t ON t.id = s.id WHERE (%1) IS DISTINCT FROM (%2) ORDER BY 1"_s
                         .arg(prefixed(specCompared, u"s."_s), prefixed(specCompared, u"t."_s)),
                     specs.changed)
            && query(u"SELECT t.id FROM specs t WHERE NOT EXISTS (SELECT 1 FROM pb_stage_specs s WHERE s.id = t.id) ORDER BY 1"_s,
                     specs.removed)
            // Implementations are compared once (code and reviews are most of the bytes): the keys
            // of the added and changed ones are kept for the upsert, which then touches only those.
            && step(u"CREATE TEMP TABLE pb_changed_impls ON COMMIT DROP AS SELECT s.spec_id, s.language_id, s.library_id, "
                    "t.id IS NULL AS added FROM pb_stage_impls s LEFT JOIN impls t ON %1 "
                    "WHERE t.id IS NULL OR (%2) IS DISTINCT FROM (%3)"_s
                        .arg(implMatch, prefixed(implCompared, u"s."_s), prefixed(implCompared, u"t."_s))
                        .toUtf8()
                        .constData())
            && query(u"SELECT %1 FROM pb_changed_impls s WHERE added ORDER BY 1"_s.arg(implKey.arg(u"s."_s)), impls.added)
            && query(u"SELECT %1 FROM pb_changed_impls s WHERE NOT added ORDER BY 1"_s.arg(implKey.arg(u"s."_s)),
                     impls.changed)
            && query(u"SELECT %1 FROM impls t WHERE NOT EXISTS (SELECT 1 FROM pb_catalog_impls s WHERE %2) ORDER BY 1"_s
                         .arg(implKey.arg(u"t."_s), implMatch),
                     impls.removed);
        m_report.tables.append(specs);
        m_report.tables.append(impls);
        return ok;
    }

    // The baseline the benchmark compares against: one statement per row, no staging.
    bool rowByRow()
    {
        if (m_options.dryRun) {
            m_report.error = tr("a dry run needs the staging method");
            return false;
        }
        const QString upsertSpec = u"INSERT INTO specs AS t (%1) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
                                   "ON CONFLICT (id) DO UPDATE SET %2, updated_at = now()"_s
                                       .arg(QLatin1StringView(specColumns), assignments(specCompared));
        QStringList placeholders;
        for (int i = 1; i <= 23; ++i)
            placeholders << u"$%1"_s.arg(i);
        const QString upsertImpl = u"INSERT INTO impls AS t (%1) VALUES (%2) ON CONFLICT (spec_id, language_id, library_id) "
                                   "DO UPDATE SET %3, updated_at = now()"_s
                                       .arg(QLatin1StringView(implColumns), placeholders.join(u", "_s),
                                            assignments(implCompared));
        // A fair baseline: each statement prepared once (parsed and planned once), executed per row.
        if (!check(m_db.prepare("pb_upsert_spec", upsertSpec.toUtf8().constData()))
            || !check(m_db.prepare("pb_upsert_impl", upsertImpl.toUtf8().constData())))
            return false;
        QStringList specIds, implKeys;
        for (const Row &row : m_specRows) {
            if (!check(m_db.execPrepared("pb_upsert_spec", paramsOf(row))))
                return false;
            specIds << QString::fromUtf8(*row[0]);
        }
        phase("insert specs, one statement each");
        for (const Row &row : m_implRows) {
            if (!check(m_db.execPrepared("pb_upsert_impl", paramsOf(row))))
                return false;
            implKeys << QString::fromUtf8(*row[1] + '/' + *row[3] + '/' + *row[2]);
        }
        phase("insert implementations, one statement each");
        const bool deleted =
            check(m_db.exec("DELETE FROM specs WHERE id <> ALL($1::varchar[])", PostgresParams().add(arrayOf(specIds))))
            && check(m_db.exec("DELETE FROM impls WHERE NOT (spec_id || '/' || language_id || '/' || library_id = "
                               "ANY($1::text[]))",
                               PostgresParams().add(arrayOf(implKeys))))
            && step("DEALLOCATE pb_upsert_spec") && step("DEALLOCATE pb_upsert_impl");
        phase("delete");
        return deleted;
    }

    PostgresConnection &m_db;
    const Catalog &m_catalog;
    const SpecFolderParser::FileReader &m_readFile;
    const PostgresStore::Options &m_options;
    PostgresPushReport m_report;
    std::vector<Row> m_specRows;            // row by row: the specs' values
    QByteArray m_specCopy;                  // COPY: the specs' binary rows
    std::vector<Row> m_implRows;            // row by row: the values, one statement each
    std::vector<QFuture<CopyChunk>> m_chunks; // COPY: the implementations' rows, in order
    qint64 m_waitNs = 0;                      // COPY: time spent waiting for a chunk
    PostgresPushMemory::Identity m_identity;  // the push memory's: which table the versions are of
    PostgresPushMemory m_memory;              // as the last push left it
    QHash<QString, PostgresPushMemory::RowVersion> m_versions; // impls' row versions before staging
    PostgresPushMemory m_renewed;             // as this push leaves it, saved after COMMIT
    bool m_locked = false;                    // no other writer can change impls until COMMIT
    bool m_keysAfterLoad = false;             // a schema created here gets impls' foreign keys after the rows
};
} // namespace

const PostgresTableDiff *PostgresPushReport::table(const QString &name) const
{
    for (const PostgresTableDiff &diff : tables) {
        if (diff.table == name)
            return &diff;
    }
    return nullptr;
}

QJsonObject PostgresPushReport::toJson() const
{
    QJsonObject tablesObject;
    for (const PostgresTableDiff &diff : tables) {
        tablesObject.insert(diff.table, QJsonObject{{u"added"_s, QJsonArray::fromStringList(diff.added)},
                                                    {u"changed"_s, QJsonArray::fromStringList(diff.changed)},
                                                    {u"removed"_s, QJsonArray::fromStringList(diff.removed)}});
    }
    QJsonObject object{{u"ok"_s, ok},
                       {u"dry_run"_s, dryRun},
                       {u"database"_s, database},
                       {u"schema_created"_s, schemaCreated},
                       {u"specs"_s, specs},
                       {u"implementations"_s, implementations},
                       {u"tables"_s, tablesObject},
                       {u"warnings"_s, QJsonArray::fromStringList(warnings)},
                       {u"elapsed_ms"_s, elapsedMs},
                       {u"prepare_ms"_s, prepareMs},
                       {u"implementations_not_sent"_s, implementationsNotSent}};
    QJsonArray phaseArray;
    for (const Phase &phase : phases)
        phaseArray.append(QJsonObject{{u"phase"_s, phase.name}, {u"ms"_s, phase.ms}});
    object.insert(u"phases"_s, phaseArray);
    if (rowsCpuMs > 0)
        object.insert(u"rows_cpu_ms"_s, rowsCpuMs);
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

QString PostgresPushReport::toText() const
{
    QString text;
    if (dryRun)
        text += tr("Dry run against %1: nothing was written.\n").arg(database);
    else
        text += tr("Pushed %1 and %2 to %3 in %4 ms.\n")
                    .arg(tr("%n spec(s)", nullptr, specs), tr("%n implementation(s)", nullptr, implementations), database)
                    .arg(elapsedMs);
    if (schemaCreated)
        text += dryRun ? tr("The schema would be created (the database has none).\n")
                       : tr("The schema was created (the database had none).\n");
    for (const PostgresTableDiff &diff : tables) {
        text += tr("%1: %2 added, %3 changed, %4 removed\n")
                    .arg(diff.table)
                    .arg(diff.added.size())
                    .arg(diff.changed.size())
                    .arg(diff.removed.size());
        if (dryRun) {
            for (const QString &key : diff.added)
                text += u"  + "_s + key + u'\n';
            for (const QString &key : diff.changed)
                text += u"  ~ "_s + key + u'\n';
            for (const QString &key : diff.removed)
                text += u"  - "_s + key + u'\n';
        }
    }
    if (implementationsNotSent > 0)
        text += tr("%n implementation(s) not sent: the database holds them unchanged since the last push.\n", nullptr,
                   implementationsNotSent);
    for (const QString &warning : warnings)
        text += tr("warning: %1\n").arg(warning);
    return text;
}

PostgresStore::PostgresStore(PostgresConnection &connection)
    : m_connection(connection)
{
}

PostgresPushReport PostgresStore::push(const Catalog &catalog, const SpecFolderParser::FileReader &readFile,
                                       const Options &options)
{
    return Push(m_connection, catalog, readFile, options).run();
}
