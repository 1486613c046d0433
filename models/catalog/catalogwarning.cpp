#include "catalogwarning.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString CatalogWarning::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Unreadable: return u"unreadable"_s;
    case Kind::MalformedYaml: return u"malformed_yaml"_s;
    case Kind::MalformedMarkdown: return u"malformed_markdown"_s;
    case Kind::MissingFile: return u"missing_file"_s;
    case Kind::UnexpectedFile: return u"unexpected_file"_s;
    case Kind::UnknownField: return u"unknown_field"_s;
    case Kind::InvalidValue: return u"invalid_value"_s;
    case Kind::StructureRule: return u"structure_rule"_s;
    }
    return u"other"_s;
}

QString CatalogWarning::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Unreadable: return QCoreApplication::translate("CatalogWarning", "Unreadable");
    case Kind::MalformedYaml: return QCoreApplication::translate("CatalogWarning", "Malformed YAML");
    case Kind::MalformedMarkdown: return QCoreApplication::translate("CatalogWarning", "Malformed Markdown");
    case Kind::MissingFile: return QCoreApplication::translate("CatalogWarning", "Missing file");
    case Kind::UnexpectedFile: return QCoreApplication::translate("CatalogWarning", "Unexpected file");
    case Kind::UnknownField: return QCoreApplication::translate("CatalogWarning", "Unknown field");
    case Kind::InvalidValue: return QCoreApplication::translate("CatalogWarning", "Invalid value");
    case Kind::StructureRule: return QCoreApplication::translate("CatalogWarning", "Structure rule");
    }
    return QCoreApplication::translate("CatalogWarning", "Other");
}
