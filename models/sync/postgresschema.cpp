#include "postgresschema.h"

#include "postgresconnection.h"

namespace PostgresSchema {

namespace {
constexpr auto createSchema = R"sql(
CREATE TABLE languages (
    id varchar(50) PRIMARY KEY,
    name varchar(100) NOT NULL,
    file_extension varchar(10) NOT NULL,
    runtime_version varchar(50),
    documentation_url varchar(500),
    description text,
    created timestamp DEFAULT now()
);
CREATE TABLE libraries (
    id varchar PRIMARY KEY,
    name varchar NOT NULL,
    version varchar,
    documentation_url varchar,
    description text,
    language_id varchar(50) NOT NULL DEFAULT 'python' REFERENCES languages (id) ON DELETE RESTRICT
);
CREATE TABLE specs (
    id varchar(100) PRIMARY KEY,
    title varchar(255) NOT NULL,
    description text,
    applications varchar[] NOT NULL DEFAULT '{}',
    data varchar[] NOT NULL DEFAULT '{}',
    notes varchar[] NOT NULL DEFAULT '{}',
    created timestamp,
    updated timestamp,
    issue integer,
    suggested varchar(100),
    tags jsonb,
    updated_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX ix_specs_tags ON specs USING gin (tags);
CREATE TABLE impls (
    id uuid PRIMARY KEY,
    spec_id varchar NOT NULL,
    library_id varchar NOT NULL,
    language_id varchar(50) NOT NULL DEFAULT 'python',
    code text,
    preview_url_light varchar,
    preview_url_dark varchar,
    preview_html_light varchar,
    preview_html_dark varchar,
    python_version varchar,
    library_version varchar,
    tested jsonb,
    quality_score double precision,
    generated_at timestamp,
    updated timestamp,
    generated_by varchar(100),
    issue integer,
    workflow_run bigint,
    review_strengths varchar[] NOT NULL DEFAULT '{}',
    review_weaknesses varchar[] NOT NULL DEFAULT '{}',
    review_image_description text,
    review_criteria_checklist jsonb,
    review_verdict varchar(20),
    impl_tags jsonb,
    updated_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT uq_impl UNIQUE (spec_id, language_id, library_id),
    CONSTRAINT ck_quality_score_range CHECK (quality_score IS NULL OR (quality_score >= 0 AND quality_score <= 100)),
    CONSTRAINT ck_review_verdict_valid CHECK (review_verdict IS NULL OR review_verdict IN ('APPROVED', 'REJECTED'))
);
CREATE INDEX ix_impls_impl_tags ON impls USING gin (impl_tags);
CREATE INDEX ix_impls_library_id ON impls (library_id);
CREATE TABLE IF NOT EXISTS alembic_version (
    version_num varchar(32) NOT NULL CONSTRAINT alembic_version_pkc PRIMARY KEY
);
)sql";

// The implementations' foreign keys, named as PostgreSQL names them inline.
constexpr auto implementationKeys = R"sql(
ALTER TABLE impls
    ADD CONSTRAINT impls_spec_id_fkey FOREIGN KEY (spec_id) REFERENCES specs (id) ON DELETE CASCADE,
    ADD CONSTRAINT impls_library_id_fkey FOREIGN KEY (library_id) REFERENCES libraries (id) ON DELETE CASCADE,
    ADD CONSTRAINT impls_language_id_fkey FOREIGN KEY (language_id) REFERENCES languages (id) ON DELETE RESTRICT;
)sql";
} // namespace

bool exists(PostgresConnection &connection, QString *error)
{
    const PostgresResult result = connection.exec(
        "SELECT to_regclass('specs') IS NOT NULL AND to_regclass('impls') IS NOT NULL");
    if (!result.ok()) {
        *error = result.error();
        return false;
    }
    return result.rows() == 1 && result.view(0, 0) == "t";
}

bool ensure(PostgresConnection &connection, bool *created, QString *error, Keys keys)
{
    *created = false;
    QString existsError;
    if (exists(connection, &existsError))
        return true;
    if (!existsError.isEmpty()) {
        *error = existsError;
        return false;
    }
    if (!connection.execScript(createSchema, error)
        || (keys == Keys::Now && !connection.execScript(implementationKeys, error)))
        return false;
    const PostgresResult version = connection.exec(
        "INSERT INTO alembic_version (version_num) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM alembic_version)",
        PostgresParams().add(QString::fromLatin1(migrationHead)));
    if (!version.ok()) {
        *error = version.error();
        return false;
    }
    *created = true;
    return true;
}

bool addImplementationKeys(PostgresConnection &connection, QString *error)
{
    return connection.execScript(implementationKeys, error);
}

} // namespace PostgresSchema
