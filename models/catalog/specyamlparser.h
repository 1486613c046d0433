#pragma once

#include "catalogwarning.h"
#include "spec.h"
#include "yamldocument.h"

// specification.yaml: spec_id, title, created, updated, issue, suggested, tags{4 lists}.
namespace SpecYamlParser {
void parse(const YamlNode &root, const QString &path, Spec &spec, CatalogWarnings &warnings);
}
