#include "yamlfieldreader.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}
} // namespace

YamlFieldReader::YamlFieldReader(const YamlNode &mapping, QString path, CatalogWarnings &warnings)
    : m_mapping(mapping)
    , m_path(std::move(path))
    , m_warnings(warnings)
{
}

void YamlFieldReader::warn(const YamlNode *at, CatalogWarning::Kind kind, const QString &message) const
{
    m_warnings.append({m_path, at ? at->line() : 0, kind, CatalogWarning::Severity::Warning, message});
}

QString YamlFieldReader::string(std::string_view key) const
{
    const YamlNode *value = node(key);
    if (!value || value->isNull())
        return {};
    if (!value->isScalar()) {
        warn(value, CatalogWarning::Kind::InvalidValue,
             QCoreApplication::translate("YamlFieldReader", "'%1' should be text, not a %2")
                 .arg(keyText(key), value->typeName()));
        return {};
    }
    return value->toString();
}

std::optional<long long> YamlFieldReader::integer(std::string_view key) const
{
    const YamlNode *value = node(key);
    if (!value || value->isNull())
        return std::nullopt;
    // Quoted numbers ('611') are accepted: the value is what matters, not the YAML style.
    if (const auto parsed = value->toInteger())
        return parsed;
    bool ok = false;
    const long long quoted = value->isQuoted() ? value->toString().toLongLong(&ok) : 0;
    if (ok)
        return quoted;
    warn(value, CatalogWarning::Kind::InvalidValue,
         QCoreApplication::translate("YamlFieldReader", "'%1' should be a whole number, not '%2'")
             .arg(keyText(key), value->toString().left(40)));
    return std::nullopt;
}

std::optional<double> YamlFieldReader::number(std::string_view key) const
{
    const YamlNode *value = node(key);
    if (!value || value->isNull())
        return std::nullopt;
    if (const auto parsed = value->toDouble())
        return parsed;
    bool ok = false;
    const double quoted = value->toString().toDouble(&ok);
    if (ok)
        return quoted;
    warn(value, CatalogWarning::Kind::InvalidValue,
         QCoreApplication::translate("YamlFieldReader", "'%1' should be a number, not '%2'")
             .arg(keyText(key), value->toString().left(40)));
    return std::nullopt;
}

QDateTime YamlFieldReader::timestamp(std::string_view key) const
{
    const YamlNode *value = node(key);
    if (!value || value->isNull())
        return {};
    const QDateTime parsed = value->isScalar() ? parseTimestamp(value->toString()) : QDateTime();
    if (!parsed.isValid())
        warn(value, CatalogWarning::Kind::InvalidValue,
             QCoreApplication::translate("YamlFieldReader", "'%1' is not a date and time: '%2'")
                 .arg(keyText(key), value->toString().left(40)));
    return parsed;
}

QStringList YamlFieldReader::stringList(std::string_view key) const
{
    const YamlNode *value = node(key);
    if (!value || value->isNull())
        return {};
    if (const auto list = value->toStringList())
        return *list;
    if (value->isScalar()) // a single value where a list was meant: keep it
        return {value->toString()};
    warn(value, CatalogWarning::Kind::InvalidValue,
         QCoreApplication::translate("YamlFieldReader", "'%1' should be a list of text values")
             .arg(keyText(key)));
    return {};
}

void YamlFieldReader::warnUnknownKeys(std::initializer_list<std::string_view> known) const
{
    const auto &keys = m_mapping.keys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (std::find(known.begin(), known.end(), keys[i]) == known.end())
            warn(&m_mapping.children()[i], CatalogWarning::Kind::UnknownField,
                 QCoreApplication::translate("YamlFieldReader", "unknown field '%1'").arg(keyText(keys[i])));
    }
}

QDateTime YamlFieldReader::parseTimestamp(const QString &text)
{
    QString normalized = text.trimmed();
    if (normalized.isEmpty())
        return {};
    // "2026-03-07 20:31:52+00:00" (PyYAML's unquoted form) → ISO with 'T'.
    if (normalized.size() > 10 && normalized.at(10) == u' ')
        normalized[10] = u'T';
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // Naive stamps (the API's) are UTC by convention.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}
