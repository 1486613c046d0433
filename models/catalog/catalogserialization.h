#pragma once

#include "specfolderparser.h"

#include <QDataStream>

// Binary form of parsed catalog parts, for the on-disk index cache. The format version is bumped
// whenever a field changes; a cache of another version is simply re-parsed.
namespace CatalogSerialization {
inline constexpr quint32 formatVersion = 1;
}

QDataStream &operator<<(QDataStream &out, const ParsedSpecFolder &folder);
QDataStream &operator>>(QDataStream &in, ParsedSpecFolder &folder);
