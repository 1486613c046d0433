#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// A pull scanner for the big XML parts of a spreadsheet (worksheets, shared strings): raw UTF-8
// bytes, streamed in chunks from `source` and never held whole, so a part of any size is read in
// a buffer of about one chunk (a single tag or CDATA section may grow it, up to a limit).
// QXmlStreamReader spends most of an import tokenising these parts; this does only what they need:
// elements with their namespace (any prefix), unprefixed attributes, and the character data of the
// elements the caller asks for (entity and character references decoded, CDATA, line ends
// normalised). Comments and processing instructions are skipped. Like XmlPart it refuses document
// type declarations (so no entity is ever expanded) and reports malformed XML with the part and line.
class XmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)
public:
    // Fills up to `max` bytes; returns the count, 0 at the end, -1 on a read error.
    using Source = std::function<qint64(char *data, qint64 max)>;
    enum class Token { StartElement, EndElement, EndDocument, Error };

    // `namespaces`: the URIs namespaceIndex() tells apart (by position).
    XmlScanner(Source source, QString partName, QByteArrayList namespaces, qsizetype chunkSize = 256 << 10);

    Token next();

    // The current element (start or end): local name and the index of its namespace in
    // `namespaces`, -1 for any other namespace or none.
    std::string_view localName() const { return m_localName; }
    int namespaceIndex() const { return m_namespace; }
    int depth() const { return int(m_depth); } // open elements, the current start included

    // An attribute of the current start element without a prefix, as written (references not
    // decoded: `hasReference` says whether there are any). False when absent.
    bool attribute(std::string_view name, std::string_view *value, bool *hasReference = nullptr) const;
    // The same, references decoded and white space normalised. False when absent or malformed.
    bool decodedAttribute(std::string_view name, std::string *value);

    // While on, character data inside the current element is appended to text().
    void collectText(bool on) { m_collect = on; }
    std::string &text() { return m_text; }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed + qint64(m_pos); } // of the (UTF-8) part
    qsizetype bufferSize() const { return qsizetype(m_buf.size()); } // bytes held, whatever the part's size

    static constexpr qsizetype maxTextBytes = qsizetype(256) << 20;

private:
    enum class Step { Done, NeedMore, Failed };
    struct Attribute
    {
        quint32 name, nameSize, value, valueSize;
        bool prefixed, hasReference;
    };
    struct Open
    {
        quint32 name, nameSize; // qualified name in m_names
        quint32 localOffset;    // where the local name starts in it
        quint32 bindings;       // m_bindings.size() before this element
        int ns;
    };
    struct Binding
    {
        std::string prefix;
        int ns; // index in m_namespaces, -1 other, -2 unbound (xmlns:p="")
    };

    bool refill(size_t keepFrom);
    bool fail(const QString &message, size_t at);
    Step startTag(size_t p);
    Step endTag(size_t p);
    void closeElement();
    Step skipUntil(size_t p, std::string_view terminator, size_t *after);
    Token markup();
    bool appendText(const char *begin, const char *end); // literal text: line ends normalised
    // Decodes the reference at `p` ('&'); false when malformed. `*after` is past the ';'.
    bool decodeReference(const char *p, const char *end, std::string *out, const char **after, bool *incomplete);
    int namespaceOf(std::string_view uri) const;
    void utf16Source();

    Source m_source;
    QString m_part;
    QByteArrayList m_namespaces;
    std::vector<char> m_buf;
    size_t m_pos = 0;
    size_t m_end = 0;
    qint64 m_consumed = 0; // bytes dropped from the front of m_buf
    qint64 m_lines = 1;    // line at m_buf[0]
    bool m_eof = false;
    bool m_readFailed = false; // the source failed after the bytes in the buffer
    bool m_started = false;
    bool m_rootSeen = false;
    bool m_rootClosed = false;
    bool m_pendingEnd = false;
    bool m_collect = false;
    bool m_lastWasCR = false;
    size_t m_maxBuffer = size_t(64) << 20;

    std::string_view m_localName;
    int m_namespace = -1;
    std::vector<Attribute> m_attributes;
    std::vector<Open> m_open; // the first m_depth are open
    size_t m_depth = 0;
    std::vector<char> m_names; // qualified names of the open elements, the first m_namesSize bytes
    size_t m_namesSize = 0;
    std::vector<Binding> m_bindings;
    std::string m_text;
    std::string m_scratch;
    QString m_error;
};
