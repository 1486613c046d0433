#include "xmlscanner.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace {

// Byte classes by table: the scanner's inner loops test every byte of every name.
enum : unsigned char { SpaceClass = 1, NameEndClass = 2 };
constexpr std::array<unsigned char, 256> byteClasses()
{
    std::array<unsigned char, 256> table{};
    for (const unsigned char c : {' ', '\n', '\t', '\r'})
        table[c] = SpaceClass | NameEndClass;
    for (const unsigned char c : {'>', '/', '=', '<', '"', '\'', '&'})
        table[c] = NameEndClass;
    return table;
}
constexpr std::array<unsigned char, 256> classes = byteClasses();

// Names are short: a loop beats a call to memcmp.
inline bool sameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

inline bool isSpace(char c)
{
    return classes[static_cast<unsigned char>(c)] & SpaceClass;
}

// Characters that end a name in a tag.
inline bool endsName(char c)
{
    return classes[static_cast<unsigned char>(c)] & NameEndClass;
}

void appendUtf8(std::string *out, char32_t code)
{
    if (code < 0x80) {
        out->push_back(char(code));
    } else if (code < 0x800) {
        out->push_back(char(0xC0 | (code >> 6)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(char(0xE0 | (code >> 12)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (code >> 18)));
        out->push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    }
}

// XML 1.0 Char: what a character reference may name.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Line feeds in [begin, end): worksheets have few, so memchr jumps between them.
qint64 countLines(const char *begin, const char *end)
{
    qint64 lines = 0;
    while ((begin = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin))))) {
        ++lines;
        ++begin;
    }
    return lines;
}

const char *findSequence(const char *begin, const char *end, std::string_view needle)
{
    const char *hit = std::search(begin, end, needle.begin(), needle.end());
    return hit == end ? nullptr : hit;
}

} // namespace

XmlScanner::XmlScanner(Source source, QString partName, QByteArrayList namespaces, qsizetype chunkSize)
    : m_source(std::move(source)), m_part(std::move(partName)), m_namespaces(std::move(namespaces)),
      m_buf(size_t(std::max<qsizetype>(chunkSize, 64)))
{
    m_attributes.reserve(8);
    m_open.reserve(16);
}

bool XmlScanner::fail(const QString &message, size_t at)
{
    if (m_error.isEmpty()) {
        at = std::min(at, m_end);
        const qint64 line = m_lines + countLines(m_buf.data(), m_buf.data() + at);
        m_error = tr("%1 line %2: %3").arg(m_part).arg(line).arg(message);
    }
    return false;
}

// Drops the bytes before `keepFrom`, then fills the buffer (so that a long tag, parsed again from
// its start after each refill, is parsed a few times, not once per read). False when no byte came:
// at the end of the part, or on an error (then failed()).
bool XmlScanner::refill(size_t keepFrom)
{
    if (m_readFailed)
        return fail(tr("the part cannot be read (damaged or truncated)"), m_end);
    if (m_eof || failed())
        return false;
    if (keepFrom > 0) {
        m_lines += countLines(m_buf.data(), m_buf.data() + keepFrom);
        m_consumed += qint64(keepFrom);
        std::memmove(m_buf.data(), m_buf.data() + keepFrom, m_end - keepFrom);
        m_end -= keepFrom;
        m_pos -= std::min(m_pos, keepFrom);
    }
    if (m_buf.size() - m_end < m_buf.size() / 4) {
        if (m_buf.size() >= m_maxBuffer)
            return fail(tr("a tag, comment or CDATA section longer than %1 MiB").arg(m_maxBuffer >> 20), m_end);
        m_buf.resize(std::min(m_buf.size() * 2, m_maxBuffer));
    }
    size_t before = m_end;
    while (true) {
        const qint64 got = m_source(m_buf.data() + m_end, qint64(m_buf.size() - m_end));
        if (got < 0 && m_end > before) {
            m_readFailed = true; // the bytes before the damage are read first
            return true;
        }
        if (got < 0)
            return fail(tr("the part cannot be read (damaged or truncated)"), m_end);
        if (got == 0) {
            m_eof = true;
            return m_end > before;
        }
        m_end += size_t(got);
        if (!m_started && m_end >= 4) {
            m_started = true;
            const auto *b = reinterpret_cast<const unsigned char *>(m_buf.data());
            if ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == '<' && b[1] == 0)
                || (b[0] == 0 && b[1] == '<')) {
                utf16Source();
                before = 0;
                continue;
            }
            if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
                m_pos = 3;
        }
        if (m_end < m_buf.size())
            continue; // fill it (the first four bytes also tell the encoding)
        return true;
    }
}

// A UTF-16 part (rare; allowed by XML): transcoded to UTF-8 as it streams.
void XmlScanner::utf16Source()
{
    struct State
    {
        Source raw;
        QStringDecoder decoder;
        QByteArray pending;
        qsizetype at = 0;
        bool end = false;
    };
    const auto *b = reinterpret_cast<const unsigned char *>(m_buf.data());
    const bool bigEndian = (b[0] == 0xFE) || (b[0] == 0 && b[1] == '<');
    auto state = std::make_shared<State>();
    state->raw = std::move(m_source);
    state->decoder = QStringDecoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
    state->pending = state->decoder.decode(QByteArrayView(m_buf.data(), qsizetype(m_end))).operator QString().toUtf8();
    m_end = 0;
    m_pos = 0;
    m_source = [state](char *data, qint64 max) -> qint64 {
        while (state->at >= state->pending.size() && !state->end) {
            QByteArray raw(64 << 10, Qt::Uninitialized);
            const qint64 got = state->raw(raw.data(), raw.size());
            if (got < 0)
                return -1;
            if (got == 0)
                state->end = true;
            state->pending = QString(state->decoder.decode(QByteArrayView(raw.constData(), qsizetype(got)))).toUtf8();
            state->at = 0;
        }
        const qint64 n = std::min<qint64>(max, state->pending.size() - state->at);
        std::memcpy(data, state->pending.constData() + state->at, size_t(n));
        state->at += n;
        return n;
    };
    // A UTF-8 byte order mark is what QString gives back for U+FEFF: skipped by the caller.
    if (state->pending.startsWith("\xEF\xBB\xBF"))
        state->at = 3;
}

int XmlScanner::namespaceOf(std::string_view uri) const
{
    for (qsizetype i = 0; i < m_namespaces.size(); ++i)
        if (std::string_view(m_namespaces[i].constData(), size_t(m_namespaces[i].size())) == uri)
            return int(i);
    return -1;
}

bool XmlScanner::attribute(std::string_view name, std::string_view *value, bool *hasReference) const
{
    for (const Attribute &a : m_attributes) {
        if (!a.prefixed && sameBytes(std::string_view(m_buf.data() + a.name, a.nameSize), name)) {
            *value = std::string_view(m_buf.data() + a.value, a.valueSize);
            if (hasReference)
                *hasReference = a.hasReference;
            return true;
        }
    }
    return false;
}

bool XmlScanner::decodedAttribute(std::string_view name, std::string *value)
{
    std::string_view raw;
    bool references = false;
    if (!attribute(name, &raw, &references))
        return false;
    value->clear();
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p == '&') {
            bool incomplete = false;
            if (!decodeReference(p, end, value, &p, &incomplete))
                return false;
        } else if (*p == '\r' && p + 1 < end && p[1] == '\n') {
            value->push_back(' ');
            p += 2;
        } else {
            value->push_back(isSpace(*p) ? ' ' : *p);
            ++p;
        }
    }
    return true;
}

bool XmlScanner::decodeReference(const char *p, const char *end, std::string *out, const char **after, bool *incomplete)
{
    constexpr size_t longest = 32; // "&#x0000000001F600;" and the like
    const char *limit = std::min(end, p + longest);
    const char *semicolon = static_cast<const char *>(std::memchr(p, ';', size_t(limit - p)));
    if (!semicolon) {
        *incomplete = limit == end && size_t(end - p) < longest;
        return false;
    }
    const std::string_view name(p + 1, size_t(semicolon - p - 1));
    *after = semicolon + 1;
    if (name.size() >= 2 && name[0] == '#') {
        char32_t code = 0;
        const bool hex = name[1] == 'x';
        const size_t first = hex ? 2 : 1;
        if (name.size() <= first)
            return false;
        for (size_t i = first; i < name.size(); ++i) {
            const char c = name[i];
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                return false;
            code = code * (hex ? 16 : 10) + char32_t(digit);
            if (code > 0x10FFFF)
                return false;
        }
        if (!isXmlChar(code))
            return false;
        appendUtf8(out, code);
        return true;
    }
    if (name == "amp")
        out->push_back('&');
    else if (name == "lt")
        out->push_back('<');
    else if (name == "gt")
        out->push_back('>');
    else if (name == "quot")
        out->push_back('"');
    else if (name == "apos")
        out->push_back('\'');
    else
        return false;
    return true;
}

bool XmlScanner::appendText(const char *begin, const char *end)
{
    if (m_lastWasCR && begin < end && *begin == '\n')
        ++begin;
    m_lastWasCR = false;
    while (begin < end) {
        const char *cr = static_cast<const char *>(std::memchr(begin, '\r', size_t(end - begin)));
        if (!cr) {
            m_text.append(begin, size_t(end - begin));
            break;
        }
        m_text.append(begin, size_t(cr - begin));
        m_text.push_back('\n');
        begin = cr + 1;
        if (begin == end)
            m_lastWasCR = true;
        else if (*begin == '\n')
            ++begin;
    }
    if (qsizetype(m_text.size()) > maxTextBytes)
        return fail(tr("a text longer than %1 MiB").arg(maxTextBytes >> 20), m_pos);
    return true;
}

XmlScanner::Step XmlScanner::skipUntil(size_t p, std::string_view terminator, size_t *after)
{
    const char *hit = findSequence(m_buf.data() + p, m_buf.data() + m_end, terminator);
    if (!hit)
        return Step::NeedMore;
    *after = size_t(hit - m_buf.data()) + terminator.size();
    return Step::Done;
}

XmlScanner::Step XmlScanner::startTag(size_t start)
{
    const char *b = m_buf.data();
    size_t p = start + 1;
    const size_t nameStart = p;
    size_t colon = 0;
    while (p < m_end && !endsName(b[p])) {
        if (b[p] == ':' && colon == 0)
            colon = p;
        ++p;
    }
    if (p >= m_end)
        return Step::NeedMore;
    if (p == nameStart || colon == nameStart || colon + 1 == p) {
        fail(tr("a tag without a valid name"), start);
        return Step::Failed;
    }
    const size_t nameEnd = p;
    m_attributes.clear();
    bool empty = false;
    while (true) {
        const size_t beforeSpace = p;
        while (p < m_end && isSpace(b[p]))
            ++p;
        if (p >= m_end)
            return Step::NeedMore;
        if (b[p] == '>') {
            ++p;
            break;
        }
        if (b[p] == '/') {
            if (p + 1 >= m_end)
                return Step::NeedMore;
            if (b[p + 1] != '>') {
                fail(tr("'/' inside a tag"), p);
                return Step::Failed;
            }
            p += 2;
            empty = true;
            break;
        }
        if (p == beforeSpace || endsName(b[p])) {
            fail(tr("a malformed attribute"), p);
            return Step::Failed;
        }
        Attribute a{};
        a.name = quint32(p);
        while (p < m_end && !endsName(b[p])) {
            if (b[p] == ':')
                a.prefixed = true;
            ++p;
        }
        a.nameSize = quint32(p - a.name);
        while (p < m_end && isSpace(b[p]))
            ++p;
        if (p >= m_end)
            return Step::NeedMore;
        if (b[p] != '=') {
            fail(tr("an attribute without a value"), p);
            return Step::Failed;
        }
        ++p;
        while (p < m_end && isSpace(b[p]))
            ++p;
        if (p >= m_end)
            return Step::NeedMore;
        const char quote = b[p];
        if (quote != '"' && quote != '\'') {
            fail(tr("an attribute value without quotes"), p);
            return Step::Failed;
        }
        ++p;
        const char *close = static_cast<const char *>(std::memchr(b + p, quote, m_end - p));
        if (!close)
            return Step::NeedMore;
        a.value = quint32(p);
        a.valueSize = quint32(size_t(close - b) - p);
        const std::string_view value(b + p, a.valueSize);
        if (value.find('<') != std::string_view::npos) {
            fail(tr("'<' in an attribute value"), p);
            return Step::Failed;
        }
        a.hasReference = value.find('&') != std::string_view::npos;
        p = size_t(close - b) + 1;
        m_attributes.push_back(a);
    }
    if (m_rootClosed) {
        fail(tr("content after the document's root element"), start);
        return Step::Failed;
    }
    m_rootSeen = true;

    // Namespace declarations of this element.
    Open open{};
    open.bindings = quint32(m_bindings.size());
    for (const Attribute &a : m_attributes) {
        if (a.nameSize < 5 || b[a.name] != 'x')
            continue;
        const std::string_view name(b + a.name, a.nameSize);
        if (!sameBytes(name.substr(0, 5), "xmlns") || (name.size() > 5 && name[5] != ':'))
            continue;
        std::string uri;
        if (!decodedAttribute(name, &uri)) {
            // decodedAttribute looks up unprefixed names only; decode by hand.
            uri.clear();
            const std::string_view raw(b + a.value, a.valueSize);
            const char *q = raw.data();
            while (q < raw.data() + raw.size()) {
                if (*q == '&') {
                    bool incomplete = false;
                    if (!decodeReference(q, raw.data() + raw.size(), &uri, &q, &incomplete)) {
                        fail(tr("a malformed reference in a namespace"), a.value);
                        return Step::Failed;
                    }
                } else {
                    uri.push_back(*q++);
                }
            }
        }
        Binding binding;
        binding.prefix = name.size() > 6 ? std::string(name.substr(6)) : std::string();
        binding.ns = uri.empty() ? -2 : namespaceOf(uri);
        m_bindings.push_back(std::move(binding));
    }
    const std::string_view prefix = colon ? std::string_view(b + nameStart, colon - nameStart) : std::string_view();
    int ns = -1;
    bool bound = prefix.empty();
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it) {
        if (sameBytes(it->prefix, prefix)) {
            ns = it->ns;
            bound = ns != -2 || prefix.empty();
            break;
        }
    }
    if (!bound) {
        fail(tr("the namespace prefix \"%1\" is not declared").arg(QString::fromUtf8(prefix.data(), qsizetype(prefix.size()))), start);
        return Step::Failed;
    }
    open.ns = ns < 0 ? -1 : ns;
    open.name = quint32(m_namesSize);
    open.nameSize = quint32(nameEnd - nameStart);
    open.localOffset = colon ? quint32(colon + 1 - nameStart) : 0;
    if (m_namesSize + (nameEnd - nameStart) > m_names.size())
        m_names.resize(std::max(m_names.size() * 2, m_namesSize + (nameEnd - nameStart)));
    std::memcpy(m_names.data() + m_namesSize, b + nameStart, nameEnd - nameStart);
    m_namesSize += nameEnd - nameStart;
    if (m_depth == m_open.size())
        m_open.push_back(open);
    else
        m_open[m_depth] = open;
    ++m_depth;

    m_localName = std::string_view(b + nameStart + open.localOffset, open.nameSize - open.localOffset);
    m_namespace = open.ns;
    m_pendingEnd = empty;
    m_pos = p;
    return Step::Done;
}

XmlScanner::Step XmlScanner::endTag(size_t start)
{
    const char *b = m_buf.data();
    size_t p = start + 2;
    const size_t nameStart = p;
    while (p < m_end && !endsName(b[p]))
        ++p;
    const size_t nameEnd = p;
    while (p < m_end && isSpace(b[p]))
        ++p;
    if (p >= m_end)
        return Step::NeedMore;
    if (b[p] != '>') {
        fail(tr("a malformed closing tag"), p);
        return Step::Failed;
    }
    const std::string_view name(b + nameStart, nameEnd - nameStart);
    if (m_depth == 0) {
        fail(tr("the closing tag </%1> has no opening tag").arg(QString::fromUtf8(name.data(), qsizetype(name.size()))), start);
        return Step::Failed;
    }
    const Open open = m_open[m_depth - 1];
    const std::string_view expected(m_names.data() + open.name, open.nameSize);
    if (!sameBytes(name, expected)) {
        fail(tr("the closing tag </%1> does not match <%2>")
                 .arg(QString::fromUtf8(name.data(), qsizetype(name.size())), QString::fromUtf8(expected.data(), qsizetype(expected.size()))),
             start);
        return Step::Failed;
    }
    m_pos = p + 1;
    closeElement();
    return Step::Done;
}

// Pops the innermost element; its name stays readable in m_names until the next start tag.
void XmlScanner::closeElement()
{
    const Open &open = m_open[--m_depth];
    m_localName = std::string_view(m_names.data() + open.name + open.localOffset, open.nameSize - open.localOffset);
    m_namespace = open.ns;
    m_namesSize = open.name;
    if (m_bindings.size() > open.bindings)
        m_bindings.resize(open.bindings);
    if (m_depth == 0)
        m_rootClosed = true;
}

XmlScanner::Token XmlScanner::next()
{
    if (failed())
        return Token::Error;
    if (m_pendingEnd) {
        // A self-closing element: its end follows.
        m_pendingEnd = false;
        closeElement();
        return Token::EndElement;
    }
    while (true) {
        if (m_pos >= m_end && !refill(m_pos)) {
            if (failed())
                return Token::Error;
            if (!m_rootSeen || !m_depth == 0) {
                fail(tr("premature end of the document"), m_end);
                return Token::Error;
            }
            return Token::EndDocument;
        }
        const char *b = m_buf.data();
        if (b[m_pos] == '<') {
            const Token token = markup();
            if (token == Token::EndDocument)
                continue; // a comment, a processing instruction or CDATA: not a token
            return token;
        }
        // Character data up to the next markup.
        const char *lt = static_cast<const char *>(std::memchr(b + m_pos, '<', m_end - m_pos));
        const size_t textEnd = lt ? size_t(lt - b) : m_end;
        if (!m_collect || m_depth == 0) {
            m_pos = textEnd;
            continue;
        }
        const char *p = b + m_pos;
        const char *end = b + textEnd;
        while (p < end) {
            const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
            if (!appendText(p, amp ? amp : end))
                return Token::Error;
            if (!amp) {
                p = end;
                break;
            }
            bool incomplete = false;
            const char *after = nullptr;
            if (!decodeReference(amp, end, &m_text, &after, &incomplete)) {
                if (incomplete && !lt && !m_eof) {
                    p = amp; // the reference continues in the next chunk
                    break;
                }
                const char *semicolon = static_cast<const char *>(std::memchr(amp, ';', size_t(std::min<qsizetype>(end - amp, 64))));
                const QString name = QString::fromUtf8(amp, semicolon ? semicolon - amp + 1 : std::min<qsizetype>(end - amp, 16));
                fail(tr("entity reference \"%1\" refused").arg(name), size_t(amp - b));
                return Token::Error;
            }
            m_lastWasCR = false;
            p = after;
        }
        m_pos = size_t(p - b);
        if (m_pos < textEnd && !refill(m_pos)) {
            if (!failed())
                fail(tr("premature end of the document"), m_end);
            return Token::Error;
        }
    }
}

// At '<': a tag (returned), or a comment, processing instruction or CDATA section (consumed; then
// EndDocument stands for "no token").
XmlScanner::Token XmlScanner::markup()
{
    while (true) {
        const size_t start = m_pos;
        Step step = Step::NeedMore;
        size_t after = 0;
        if (m_end - start >= 2) {
            const char *b = m_buf.data() + start;
            const char c = b[1];
            if (c == '/') {
                step = endTag(start);
                if (step == Step::Done)
                    return Token::EndElement;
            } else if (c == '?') {
                step = skipUntil(start + 2, "?>", &after);
            } else if (c == '!') {
                if (m_end - start >= 4 && std::memcmp(b, "<!--", 4) == 0) {
                    step = skipUntil(start + 4, "-->", &after);
                } else if (m_end - start >= 9 && std::memcmp(b, "<![CDATA[", 9) == 0) {
                    step = skipUntil(start + 9, "]]>", &after);
                    if (step == Step::Done && m_collect && !m_depth == 0) {
                        m_lastWasCR = false;
                        if (!appendText(m_buf.data() + start + 9, m_buf.data() + after - 3))
                            return Token::Error;
                    }
                } else if (m_end - start >= 9 || m_eof) {
                    const std::string_view what(b, std::min<size_t>(m_end - start, 9));
                    if (what.substr(0, 4) == "<!--" || std::string_view("<![CDATA[").substr(0, what.size()) == what)
                        step = Step::NeedMore;
                    else {
                        fail(tr("a document type declaration (DTD) is not allowed here; refused to avoid XML entity expansion"), start);
                        return Token::Error;
                    }
                }
            } else {
                step = startTag(start);
                if (step == Step::Done)
                    return Token::StartElement;
            }
            if (step == Step::Failed)
                return Token::Error;
            if (step == Step::Done) {
                m_pos = after;
                return Token::EndDocument;
            }
        }
        if (!refill(start)) {
            if (!failed())
                fail(tr("premature end of the document"), m_end);
            return Token::Error;
        }
    }
}
