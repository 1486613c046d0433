#pragma once

#include "catalogwarning.h"
#include "implementation.h"
#include "library.h"
#include "spec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// One spec as the API's index shows it: its `/specs` entry plus its rows of the unfiltered
// `/plots/filter`. Everything a re-sync compares to decide whether to fetch the details again.
struct ApiIndexEntry
{
    QString id;
    QString title;
    QString description;
    SpecTags tags;
    int libraryCount = 0;
    struct Image
    {
        QString library;
        QString language;
        std::optional<double> quality;
        PreviewUrls previews;
    };
    std::vector<Image> images; // sorted by language, library

    // A digest of every field above: equal digests mean the index entry did not change.
    QByteArray fingerprint() const;
};

// Turns the JSON of the anyplot REST API (CONTRACTS.md §3) into catalog values. Every field may be
// missing, null or of the wrong type: such a field is left empty and reported as a warning with
// the request path, never fatal. Text longer than maxTextLength is cut (and reported).
namespace ApiCatalogMapper {
inline constexpr qsizetype maxTextLength = 256 * 1024;

// `/specs` + `/plots/filter`: the index, sorted by spec id. Entries without a usable id are
// dropped with a warning.
std::vector<ApiIndexEntry> index(const QJsonDocument &specs, const QJsonDocument &plotsFilter, CatalogWarnings &warnings);

// `/specs/{id}`: the spec and its implementations. nullopt (and a warning) when it is no object.
struct SpecDetail
{
    Spec spec;
    std::vector<Implementation> implementations;
};
std::optional<SpecDetail> specDetail(const QJsonDocument &document, const QString &expectedId, const QString &path,
                                     CatalogWarnings &warnings);

// A spec known only from the index (its details answered 404): what the index says about it.
SpecDetail fromIndex(const ApiIndexEntry &entry);

// `/libraries`.
QList<Library> libraries(const QJsonDocument &document, CatalogWarnings &warnings);

// `/specs/{id}/{library}/code` → the code, or nullopt (with *error) when the answer has none.
std::optional<QString> code(const QJsonDocument &document, QString *error);

// Where the lazily fetched code of an implementation is kept inside the offline copy.
QString codePath(const QString &specId, const QString &language, const QString &libraryId);
}
