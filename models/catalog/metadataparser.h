#pragma once

#include "catalogwarning.h"
#include "implementation.h"
#include "yamldocument.h"

// metadata/{language}/{library}.yaml, both the new (light/dark previews) and the legacy schema.
namespace MetadataParser {
void parse(const YamlNode &root, const QString &path, Implementation &impl, CatalogWarnings &warnings);
}
