#pragma once

#include "catalogwarning.h"
#include "yamldocument.h"

#include <QDateTime>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <string_view>

// Reads typed fields out of one YAML mapping, recording a warning (with the file and line) for
// every value of the wrong type instead of failing. Shared by the spec and metadata parsers.
class YamlFieldReader
{
public:
    YamlFieldReader(const YamlNode &mapping, QString path, CatalogWarnings &warnings);

    // A reader for a nested mapping that reports into the same file and list.
    YamlFieldReader nested(const YamlNode &mapping) const { return {mapping, m_path, m_warnings}; }

    const YamlNode *node(std::string_view key) const { return m_mapping.find(key); }
    bool has(std::string_view key) const { return m_mapping.find(key) != nullptr; }
    // Null, absent and "" all read as an empty string; a list or mapping warns.
    QString string(std::string_view key) const;
    std::optional<long long> integer(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    QDateTime timestamp(std::string_view key) const;
    QStringList stringList(std::string_view key) const;

    void warnUnknownKeys(std::initializer_list<std::string_view> known) const;
    void warn(const YamlNode *at, CatalogWarning::Kind kind, const QString &message) const;
    const QString &path() const { return m_path; }

    // ISO 8601 with T or space, Z or offsets, optional fraction; a bare date. UTC; invalid on failure.
    static QDateTime parseTimestamp(const QString &text);

private:
    const YamlNode &m_mapping;
    QString m_path;
    CatalogWarnings &m_warnings;
};
