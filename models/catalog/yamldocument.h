#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A small read-only YAML tree built from libyaml's event stream. libyaml is used because the real
// catalog holds ~20 MB of YAML and a DOM library such as yaml-cpp is several times slower; this tree
// keeps scalars as UTF-8 and converts only what is read.
class YamlNode
{
public:
    enum class Type { Null, Scalar, Sequence, Mapping };

    Type type() const { return m_type; }
    int line() const { return m_line; } // 1-based
    bool isMapping() const { return m_type == Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isScalar() const { return m_type == Type::Scalar; }
    // Null node, or a plain scalar spelled null / ~ / empty.
    bool isNull() const;
    bool isQuoted() const { return m_quoted; }

    // Mappings: keys in file order, lookup by key (nullptr when absent).
    const std::vector<std::string> &keys() const { return m_keys; }
    const std::vector<YamlNode> &children() const { return m_children; }
    const YamlNode *find(std::string_view key) const;

    const std::string &scalar() const { return m_scalar; }
    QString toString() const; // scalars only; empty for anything else
    std::optional<long long> toInteger() const;
    std::optional<double> toDouble() const;
    std::optional<bool> toBool() const;
    // A sequence of scalars as strings; nullopt when this is not such a sequence.
    std::optional<QStringList> toStringList() const;
    QString typeName() const;

private:
    friend class YamlTreeBuilder;
    Type m_type = Type::Null;
    bool m_quoted = false;
    int m_line = 0;
    std::string m_scalar;
    std::vector<std::string> m_keys;   // mappings only, parallel to m_children
    std::vector<YamlNode> m_children;
};

struct YamlParseResult
{
    YamlNode root;        // the first document (Null when the input is empty)
    bool ok = false;
    QString error;        // libyaml's problem text, or a limit that was hit
    int errorLine = 0;
};

namespace Yaml {
// Parses untrusted input: nesting depth and alias expansion are bounded, so hostile files neither
// overflow the stack nor blow up memory.
YamlParseResult parse(QByteArrayView data);
}
