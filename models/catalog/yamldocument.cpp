#include "yamldocument.h"

#include <QCoreApplication>

#include <yaml.h>

#include <charconv>
#include <map>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxDepth = 256;
constexpr std::size_t maxNodes = 200'000; // ~50× the largest real metadata file; bounds "billion laughs"

std::size_t subtreeSize(const YamlNode &node)
{
    std::size_t n = 1;
    for (const YamlNode &child : node.children())
        n += subtreeSize(child);
    return n;
}
} // namespace

bool YamlNode::isNull() const
{
    if (m_type == Type::Null)
        return true;
    if (m_type != Type::Scalar || m_quoted)
        return false;
    return m_scalar.empty() || m_scalar == "null" || m_scalar == "~" || m_scalar == "Null"
        || m_scalar == "NULL";
}

const YamlNode *YamlNode::find(std::string_view key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_children[i];
    }
    return nullptr;
}

QString YamlNode::toString() const
{
    if (m_type != Type::Scalar)
        return {};
    return QString::fromUtf8(m_scalar.data(), qsizetype(m_scalar.size()));
}

std::optional<long long> YamlNode::toInteger() const
{
    if (m_type != Type::Scalar || m_quoted || m_scalar.empty())
        return std::nullopt;
    const char *first = m_scalar.data();
    const char *last = first + m_scalar.size();
    if (*first == '+')
        ++first;
    long long value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        return std::nullopt;
    return value;
}

std::optional<double> YamlNode::toDouble() const
{
    if (m_type != Type::Scalar || m_quoted || m_scalar.empty())
        return std::nullopt;
    const char *first = m_scalar.data();
    const char *last = first + m_scalar.size();
    if (*first == '+')
        ++first;
    double value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        return std::nullopt;
    return value;
}

std::optional<bool> YamlNode::toBool() const
{
    if (m_type != Type::Scalar || m_quoted)
        return std::nullopt;
    if (m_scalar == "true" || m_scalar == "True" || m_scalar == "TRUE")
        return true;
    if (m_scalar == "false" || m_scalar == "False" || m_scalar == "FALSE")
        return false;
    return std::nullopt;
}

std::optional<QStringList> YamlNode::toStringList() const
{
    if (m_type != Type::Sequence)
        return std::nullopt;
    QStringList result;
    result.reserve(qsizetype(m_children.size()));
    for (const YamlNode &child : m_children) {
        if (child.m_type != Type::Scalar)
            return std::nullopt;
        result.append(child.toString());
    }
    return result;
}

QString YamlNode::typeName() const
{
    // Shown inside messages ("… should be text, not a list").
    if (isNull())
        return QCoreApplication::translate("YamlNode", "null");
    switch (m_type) {
    case Type::Scalar:
        return QCoreApplication::translate("YamlNode", "scalar");
    case Type::Sequence:
        return QCoreApplication::translate("YamlNode", "list");
    case Type::Mapping:
        return QCoreApplication::translate("YamlNode", "mapping");
    case Type::Null:
        break;
    }
    return QCoreApplication::translate("YamlNode", "null");
}

// Turns libyaml events into a YamlNode tree without recursion: open collections live on a stack and
// are moved into their parent when they close.
class YamlTreeBuilder
{
public:
    bool open(YamlNode::Type type, int line, const unsigned char *anchor)
    {
        if (m_stack.size() >= maxDepth)
            return fail(QCoreApplication::translate("Yaml", "nesting deeper than %1 levels").arg(maxDepth), line);
        Frame frame;
        frame.node.m_type = type;
        frame.node.m_line = line;
        if (anchor)
            frame.anchor = reinterpret_cast<const char *>(anchor);
        m_stack.push_back(std::move(frame));
        return true;
    }

    bool close()
    {
        Frame top = std::move(m_stack.back());
        m_stack.pop_back();
        if (!top.anchor.empty())
            m_anchors[top.anchor] = top.node;
        return add(std::move(top.node));
    }

    bool scalar(const yaml_event_t &event)
    {
        YamlNode node;
        node.m_type = YamlNode::Type::Scalar;
        node.m_line = int(event.start_mark.line) + 1;
        node.m_quoted = event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE
            && event.data.scalar.style != YAML_ANY_SCALAR_STYLE;
        node.m_scalar.assign(reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length);
        if (event.data.scalar.anchor)
            m_anchors[reinterpret_cast<const char *>(event.data.scalar.anchor)] = node;
        return add(std::move(node));
    }

    bool alias(const yaml_event_t &event)
    {
        const int line = int(event.start_mark.line) + 1;
        const auto it = m_anchors.find(reinterpret_cast<const char *>(event.data.alias.anchor));
        if (it == m_anchors.end())
            return fail(QCoreApplication::translate("Yaml", "unknown alias"), line);
        if (m_nodes + subtreeSize(it->second) > maxNodes)
            return fail(QCoreApplication::translate("Yaml", "too many nodes after expanding aliases"), line);
        return add(YamlNode(it->second));
    }

    bool fail(const QString &message, int line)
    {
        m_error = message;
        m_errorLine = line;
        return false;
    }

    bool hasRoot() const { return m_hasRoot; }
    YamlNode takeRoot() { return std::move(m_root); }
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    struct Frame
    {
        YamlNode node;
        std::string anchor;
        bool expectingValue = false; // mappings alternate key, value
    };

    bool add(YamlNode node)
    {
        if (++m_nodes > maxNodes)
            return fail(QCoreApplication::translate("Yaml", "too many nodes"), node.m_line);
        if (m_stack.empty()) {
            m_root = std::move(node);
            m_hasRoot = true;
            return true;
        }
        Frame &parent = m_stack.back();
        if (parent.node.m_type == YamlNode::Type::Sequence) {
            parent.node.m_children.push_back(std::move(node));
        } else if (parent.expectingValue) {
            parent.node.m_children.push_back(std::move(node));
            parent.expectingValue = false;
        } else {
            // A key that is not a scalar (legal, never used by anyplot) is kept as an empty key.
            parent.node.m_keys.push_back(node.m_type == YamlNode::Type::Scalar ? std::move(node.m_scalar)
                                                                               : std::string());
            parent.expectingValue = true;
        }
        return true;
    }

    std::vector<Frame> m_stack;
    std::map<std::string, YamlNode> m_anchors;
    YamlNode m_root;
    std::size_t m_nodes = 0;
    bool m_hasRoot = false;
    QString m_error;
    int m_errorLine = 0;
};

namespace Yaml {

YamlParseResult parse(QByteArrayView data)
{
    YamlParseResult result;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        result.error = QCoreApplication::translate("Yaml", "out of memory");
        return result;
    }
    // libyaml asserts on a null input pointer, which an empty QByteArray(View) has.
    static const unsigned char empty = 0;
    yaml_parser_set_input_string(&parser, data.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(data.data()),
                                 std::size_t(data.size()));
    YamlTreeBuilder builder;
    bool ok = true;
    bool done = false;
    while (ok && !done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            result.error = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            if (parser.context)
                result.error = QString::fromUtf8(parser.context) + u' ' + result.error;
            result.errorLine = int(parser.problem_mark.line) + 1;
            ok = false;
            break;
        }
        const int line = int(event.start_mark.line) + 1;
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            ok = builder.scalar(event);
            break;
        case YAML_SEQUENCE_START_EVENT:
            ok = builder.open(YamlNode::Type::Sequence, line, event.data.sequence_start.anchor);
            break;
        case YAML_MAPPING_START_EVENT:
            ok = builder.open(YamlNode::Type::Mapping, line, event.data.mapping_start.anchor);
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            ok = builder.close();
            break;
        case YAML_ALIAS_EVENT:
            ok = builder.alias(event);
            break;
        case YAML_DOCUMENT_END_EVENT:
            // Only the first document matters; the rest of a multi-document stream is ignored.
            done = builder.hasRoot();
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    if (ok) {
        result.root = builder.takeRoot();
        result.ok = true;
    } else if (result.error.isEmpty()) {
        result.error = builder.error();
        result.errorLine = builder.errorLine();
    }
    yaml_parser_delete(&parser);
    return result;
}

} // namespace Yaml
