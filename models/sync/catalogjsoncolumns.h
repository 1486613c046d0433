#pragma once

#include "implementation.h"
#include "review.h"
#include "spec.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

// The jsonb and timestamp columns of anyplot's database, both ways: what PostgresStore writes
// and PostgresCatalogSource reads back.
namespace CatalogJsonColumns {
QByteArray specTags(const SpecTags &tags);                        // {"plot_type": […], …}
std::optional<QByteArray> implTags(const ImplementationTags &tags); // NULL when every list is empty
std::optional<QByteArray> criteria(const QList<CriteriaCategory> &criteria); // NULL when none
SpecTags parseSpecTags(QByteArrayView json);
ImplementationTags parseImplTags(QByteArrayView json);
QList<CriteriaCategory> parseCriteria(QByteArrayView json);

// Naive UTC ("2026-03-07T20:31:52.000"), as anyplot stores them; nullopt for an invalid stamp.
std::optional<QByteArray> timestamp(const QDateTime &value);
QDateTime parseTimestamp(QByteArrayView text); // timestamp output ("2026-03-07 20:31:52[.123]")
}
