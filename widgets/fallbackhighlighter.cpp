#include "fallbackhighlighter.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <initializer_list>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Block states. Each language numbers its own; changing the language re-highlights everything.
constexpr int stateNotYet = -1; // QTextBlock's initial user state: not highlighted
constexpr int stateNormal = 0;
constexpr int statePythonTripleDouble = 1;
constexpr int statePythonTripleSingle = 2;
constexpr int stateCppBlockComment = 1;
constexpr int stateCppRawString = 2;
constexpr int stateMarkdownFenceBacktick = 1;
constexpr int stateMarkdownFenceTilde = 2;
constexpr int stateYamlBlockScalar = 16; // + the indentation the scalar's lines must exceed

constexpr qsizetype maxHighlightedLineLength = 20000;

// A fixed set of words, looked up without allocating. The views point at string literals.
class WordList
{
public:
    WordList(std::initializer_list<QStringView> words) : m_words(words)
    {
        std::sort(m_words.begin(), m_words.end(), less);
    }
    bool contains(QStringView word) const
    {
        return std::binary_search(m_words.cbegin(), m_words.cend(), word, less);
    }

private:
    static bool less(QStringView a, QStringView b) { return a.compare(b) < 0; }
    std::vector<QStringView> m_words;
};

// Patterns are written in extended syntax (white space ignored, `\#` for a literal hash) and
// compiled once per process.
QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::ExtendedPatternSyntaxOption);
    if (!re.isValid()) {
        qWarning("FallbackHighlighter: invalid token pattern: %ls at offset %lld",
            qUtf16Printable(re.errorString()), static_cast<long long>(re.patternErrorOffset()));
        Q_ASSERT(false);
    }
    re.optimize();
    return re;
}

// Each tokenizer is one alternation of capturing groups; this returns which one matched (1-based),
// 0 for no match.
int matchedToken(const QRegularExpressionMatch &match, int tokenCount)
{
    if (!match.hasMatch())
        return 0;
    for (int i = 1; i <= tokenCount; ++i) {
        if (match.capturedStart(i) >= 0)
            return i;
    }
    return 0;
}

int indentation(QStringView text)
{
    int i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return i;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Index of `delimiter` at or after `from`, skipping backslash escapes; -1 when absent.
int findClosing(QStringView text, int from, QStringView delimiter)
{
    for (int i = from; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text.sliced(i).startsWith(delimiter))
            return i;
    }
    return -1;
}

// ---- Python -------------------------------------------------------------------------------------

enum PythonToken {
    PyComment = 1,
    PyTripleQuote,
    PyString,
    PyDecorator,
    PyNumber,
    PyWord,
    PyTokenCount = PyWord
};

const QRegularExpression &pythonTokens()
{
    static const QRegularExpression re = compile(uR"re(
          ( \# .* )
        | ( (?<!\w) [rRbBuUfF]{0,2} (?:"""|''') )
        | ( (?<!\w) [rRbBuUfF]{0,2} (?: "(?:[^"\\]|\\.)*["\\]? | '(?:[^'\\]|\\.)*['\\]? ) )
        | ( ^[ \t]* @ [A-Za-z_][\w.]* )
        | ( (?<![\w.]) (?: 0[xX][0-9a-fA-F_]+ | 0[oO][0-7_]+ | 0[bB][01_]+
                         | (?:\d[\d_]*(?:\.[\d_]*)? | \.\d[\d_]*) (?:[eE][+-]?\d[\d_]*)? [jJ]? ) )
        | ( [A-Za-z_\x{80}-\x{10FFFF}] [\w\x{80}-\x{10FFFF}]* )
    )re"_s);
    return re;
}

// ---- C++ ----------------------------------------------------------------------------------------

enum CppToken {
    CppLineComment = 1,
    CppBlockComment,
    CppDirective,
    CppRawString,
    CppString,
    CppChar,
    CppNumber,
    CppWord,
    CppTokenCount = CppWord
};

const QRegularExpression &cppTokens()
{
    static const QRegularExpression re = compile(uR"re(
          ( // .* )
        | ( /\* )
        | ( ^[ \t]* \# [ \t]* [A-Za-z_]\w* )
        | ( (?<!\w) (?:u8|[uUL])? R" [^()\\\s"]{0,16} \( )
        | ( (?<!\w) (?:u8|[uUL])? "(?:[^"\\]|\\.)*["\\]? )
        | ( (?<!\w) (?:u8|[uUL])? '(?:[^'\\]|\\.)*['\\]? )
        | ( (?<![\w.]) (?: 0[xX][0-9a-fA-F']+ | 0[bB][01']+
                         | (?:\d[\d']*(?:\.[\d']*)? | \.\d[\d']*) (?:[eE][+-]?\d+)? ) [uUlLfFzZ]* )
        | ( [A-Za-z_\x{80}-\x{10FFFF}] [\w\x{80}-\x{10FFFF}]* )
    )re"_s);
    return re;
}

// ---- YAML ---------------------------------------------------------------------------------------

// A mapping key at the given offset: quoted, or plain up to the first ": ".
const QRegularExpression &yamlKey()
{
    static const QRegularExpression re = compile(uR"re(
        ( "(?:[^"\\]|\\.)*" | '(?:[^']|'')*' | [^\s\#'"\[\]{},&*!|>%@`?:] [^\#]*? ) [ \t]* : (?=[ \t]|$)
    )re"_s);
    return re;
}

enum YamlToken {
    YamlComment = 1,
    YamlDoubleQuoted,
    YamlSingleQuoted,
    YamlBlockIndicator,
    YamlAnchor,
    YamlTag,
    YamlFlow,
    YamlScalar,
    YamlTokenCount = YamlScalar
};

// Outside [ ] and { }: a plain scalar runs to the end of the line or to a comment.
const QRegularExpression &yamlBlockValueTokens()
{
    static const QRegularExpression re = compile(uR"re(
          ( (?<!\S) \# .* )
        | ( "(?:[^"\\]|\\.)*["\\]? )
        | ( '(?:[^']|'')*'? )
        | ( (?<!\S) [|>] [1-9+-]{0,2} (?=[ \t]*(?:\#.*)?$) )
        | ( (?<!\S) [&*] [^\s\[\]{},]+ )
        | ( (?<!\S) ! [^\s\[\]{},]* )
        | ( [\[{] )
        | ( [^\s\#'"\[{] (?: \S | [ \t]+(?=[^\s\#]) )* )
    )re"_s);
    return re;
}

// Inside [ ] and { }: commas and brackets end a plain scalar.
const QRegularExpression &yamlFlowValueTokens()
{
    static const QRegularExpression re = compile(uR"re(
          ( (?<!\S) \# .* )
        | ( "(?:[^"\\]|\\.)*["\\]? )
        | ( '(?:[^']|'')*'? )
        | ( (?!) )
        | ( (?<!\S) [&*] [^\s\[\]{},]+ )
        | ( (?<!\S) ! [^\s\[\]{},]* )
        | ( [\[\]{},] )
        | ( [^\s\#'"\[\]{},] (?: [^\s\[\]{},] | [ \t]+(?=[^\s\#\[\]{},]) )* )
    )re"_s);
    return re;
}

const QRegularExpression &yamlNumber()
{
    static const QRegularExpression re = compile(uR"re(
        [-+]? (?: \d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)? | \.\d+(?:[eE][-+]?\d+)?
                | 0x[0-9a-fA-F_]+ | 0o[0-7_]+ | \.(?:inf|Inf|INF) ) | \.(?:nan|NaN|NAN)
    )re"_s);
    return re;
}

// ---- Markdown -----------------------------------------------------------------------------------

const QRegularExpression &markdownFence()
{
    static const QRegularExpression re = compile(uR"re( ^[ ]{0,3} (`{3,}|~{3,}) )re"_s);
    return re;
}

const QRegularExpression &markdownHeading()
{
    // ATX headings, and the "===" underline of a setext heading.
    static const QRegularExpression re
        = compile(uR"re( ^[ ]{0,3} (?: \#{1,6}(?:[ \t]|$) | =+[ \t]*$ ) )re"_s);
    return re;
}

const QRegularExpression &markdownThematicBreak()
{
    static const QRegularExpression re = compile(uR"re(
        ^[ ]{0,3} (?: (?:\*[ \t]*){3,} | (?:-[ \t]*){3,} | (?:_[ \t]*){3,} ) $
    )re"_s);
    return re;
}

// Block quote markers, then a list bullet or number, then a task box; all optional.
const QRegularExpression &markdownLinePrefix()
{
    static const QRegularExpression re = compile(uR"re(
        ^ [ \t]* ( (?:>[ \t]?)* ) [ \t]* ( (?:[-*+]|\d{1,9}[.)]) (?=[ \t]|$) (?:[ \t]+\[[ xX]\](?=[ \t]|$))? )?
    )re"_s);
    return re;
}

enum MarkdownToken {
    MdCode = 1,
    MdStrong,
    MdEmphasis,
    MdLink,
    MdAutolink,
    MdHtmlComment,
    MdTokenCount = MdHtmlComment
};

const QRegularExpression &markdownInlineTokens()
{
    static const QRegularExpression re = compile(uR"re(
          ( ``[^`].*?`` | `[^`]+` )
        | ( \*\*(?=\S).+?(?<=\S)\*\* | (?<!\w)__(?=\S).+?(?<=\S)__(?!\w) )
        | ( (?<![\w*])\*(?=[^\s*])[^*]*?(?<=[^\s*])\*(?![\w*]) | (?<![\w_])_(?=[^\s_])[^_]*?(?<=[^\s_])_(?![\w_]) )
        | ( !?\[[^\]]*\]\([^)]*\) )
        | ( <(?:https?|mailto):[^>\s]+> )
        | ( <!--.*?(?:-->|$) )
    )re"_s);
    return re;
}

// ---- Colours ------------------------------------------------------------------------------------

struct RoleStyle
{
    QRgb light = 0; // 0: keep the text colour
    QRgb dark = 0;
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

// Hues from GitHub's Primer palettes, readable on the light and dark base colours of common
// palettes; strings are green so that they stand apart from plain text in the light set too.
constexpr std::array<RoleStyle, FallbackHighlighter::roleCount> roleStyles { {
    { 0xcf222e, 0xff7b72 }, // Keyword
    { 0x0550ae, 0x79c0ff }, // Builtin
    { 0x8250df, 0xd2a8ff }, // Function
    { 0x116329, 0x7ee787 }, // String
    { 0x6e7781, 0x8b949e, false, true }, // Comment
    { 0x0550ae, 0x79c0ff }, // Number
    { 0x0550ae, 0x79c0ff }, // Constant
    { 0x8250df, 0xd2a8ff }, // Decorator
    { 0x953800, 0xffa657 }, // Preprocessor
    { 0x953800, 0xffa657 }, // Key
    { 0x0550ae, 0x79c0ff, true }, // Heading
    { 0, 0, true }, // Strong
    { 0, 0, false, true }, // Emphasis
    { 0x116329, 0x7ee787 }, // Code
    { 0xcf222e, 0xff7b72 }, // Marker
    { 0x0969da, 0x58a6ff, false, false, true }, // Link
} };

} // namespace

FallbackHighlighter::FallbackHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_stepTimer(new QTimer(this))
{
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(0);
    connect(m_stepTimer, &QTimer::timeout, this, &FallbackHighlighter::highlightNextStep);
    buildFormats();
}

bool FallbackHighlighter::isComplete() const
{
    const QTextDocument *doc = document();
    return !doc || doc->lastBlock().userState() != stateNotYet;
}

void FallbackHighlighter::highlightNextStep()
{
    const QTextDocument *doc = document();
    if (!doc)
        return;
    const QTextBlock next = doc->findBlockByNumber(m_highlightLimit + 1);
    if (!next.isValid())
        return;
    m_highlightLimit += blocksPerStep;
    // Highlights `next`, and goes on through the following blocks while their state changes,
    // which it does from "not yet" up to the new limit.
    rehighlightBlock(next);
}

void FallbackHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void FallbackHighlighter::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    buildFormats();
    rehighlight();
}

FallbackHighlighter::Language FallbackHighlighter::languageForName(QStringView name)
{
    name = name.trimmed();
    const auto is = [name](std::initializer_list<QLatin1String> names) {
        return std::any_of(names.begin(), names.end(),
            [name](QLatin1String n) { return name.compare(n, Qt::CaseInsensitive) == 0; });
    };
    if (is({ "python"_L1, "py"_L1, "python3"_L1 }))
        return Language::Python;
    if (is({ "yaml"_L1, "yml"_L1 }))
        return Language::Yaml;
    if (is({ "markdown"_L1, "md"_L1 }))
        return Language::Markdown;
    if (is({ "cpp"_L1, "c++"_L1, "cxx"_L1, "cc"_L1, "c"_L1, "h"_L1, "hpp"_L1, "hxx"_L1 }))
        return Language::Cpp;
    return Language::Plain;
}

FallbackHighlighter::Theme FallbackHighlighter::themeForPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Theme::Dark : Theme::Light;
}

void FallbackHighlighter::buildFormats()
{
    for (int i = 0; i < roleCount; ++i) {
        const RoleStyle &style = roleStyles[i];
        QTextCharFormat format;
        if (style.light != 0)
            format.setForeground(QColor::fromRgb(m_theme == Theme::Dark ? style.dark : style.light));
        if (style.bold)
            format.setFontWeight(QFont::Bold);
        if (style.italic)
            format.setFontItalic(true);
        if (style.underline)
            format.setFontUnderline(true);
        m_formats[i] = format;
    }
}

void FallbackHighlighter::apply(int start, int length, Role role)
{
    if (length > 0)
        setFormat(start, length, m_formats[static_cast<int>(role)]);
}

void FallbackHighlighter::highlightBlock(const QString &text)
{
    // A pass from the top (new text, new language or theme; the code view is read-only) highlights
    // one step's worth of blocks; the blocks after it keep "not yet", which ends QSyntaxHighlighter's
    // run there, until the timer moves the limit on.
    const int blockNumber = currentBlock().blockNumber();
    if (blockNumber == 0)
        m_highlightLimit = blocksPerStep - 1;
    if (blockNumber > m_highlightLimit) {
        setCurrentBlockState(stateNotYet);
        if (!m_stepTimer->isActive())
            m_stepTimer->start();
        return;
    }

    // A minified or generated line is left plain: tokenizing it costs more than it shows.
    if (text.size() > maxHighlightedLineLength) {
        setCurrentBlockState(std::max(previousBlockState(), stateNormal));
        return;
    }

    setCurrentBlockState(stateNormal);
    switch (m_language) {
    case Language::Python:
        highlightPython(text);
        break;
    case Language::Cpp:
        highlightCpp(text);
        break;
    case Language::Yaml:
        highlightYaml(text);
        break;
    case Language::Markdown:
        highlightMarkdown(text);
        break;
    case Language::Plain:
        break;
    }
}

void FallbackHighlighter::highlightPython(const QString &text)
{
    static const WordList keywords { u"and", u"as", u"assert", u"async", u"await", u"break", u"class",
        u"continue", u"def", u"del", u"elif", u"else", u"except", u"finally", u"for", u"from", u"global",
        u"if", u"import", u"in", u"is", u"lambda", u"nonlocal", u"not", u"or", u"pass", u"raise", u"return",
        u"try", u"while", u"with", u"yield" };
    static const WordList constants { u"True", u"False", u"None", u"NotImplemented", u"Ellipsis",
        u"__debug__" };
    static const WordList builtins { u"abs", u"all", u"any", u"ascii", u"bin", u"bool", u"breakpoint",
        u"bytearray", u"bytes", u"callable", u"chr", u"classmethod", u"compile", u"complex", u"delattr",
        u"dict", u"dir", u"divmod", u"enumerate", u"eval", u"exec", u"filter", u"float", u"format",
        u"frozenset", u"getattr", u"globals", u"hasattr", u"hash", u"help", u"hex", u"id", u"input", u"int",
        u"isinstance", u"issubclass", u"iter", u"len", u"list", u"locals", u"map", u"max", u"memoryview",
        u"min", u"next", u"object", u"oct", u"open", u"ord", u"pow", u"print", u"property", u"range", u"repr",
        u"reversed", u"round", u"set", u"setattr", u"slice", u"sorted", u"staticmethod", u"str", u"sum",
        u"super", u"tuple", u"type", u"vars", u"zip", u"__import__", u"__name__", u"__file__", u"self",
        u"cls", u"Exception", u"BaseException", u"ValueError", u"TypeError", u"KeyError", u"IndexError",
        u"AttributeError", u"RuntimeError", u"OSError", u"ImportError", u"FileNotFoundError",
        u"NotImplementedError", u"StopIteration", u"ZeroDivisionError" };

    const int length = int(text.size());
    int pos = 0;

    // A triple-quoted string opened on an earlier line.
    const int previous = previousBlockState();
    if (previous == statePythonTripleDouble || previous == statePythonTripleSingle) {
        const QStringView delimiter = previous == statePythonTripleDouble ? u"\"\"\"" : u"'''";
        const int close = findClosing(text, 0, delimiter);
        if (close < 0) {
            apply(0, length, Role::String);
            setCurrentBlockState(previous);
            return;
        }
        pos = close + 3;
        apply(0, pos, Role::String);
    }

    const QRegularExpression &tokens = pythonTokens();
    bool nameFollows = false; // after `def` and `class`
    while (pos < length) {
        const QRegularExpressionMatch match = tokens.match(text, pos);
        const int token = matchedToken(match, PyTokenCount);
        if (token == 0)
            break;
        const int start = int(match.capturedStart(token));
        int end = int(match.capturedEnd(token));
        bool keepName = false;
        switch (token) {
        case PyComment:
            apply(start, end - start, Role::Comment);
            break;
        case PyTripleQuote: {
            const QStringView delimiter = QStringView(text).sliced(end - 3, 3);
            const int close = findClosing(text, end, delimiter);
            if (close < 0) {
                apply(start, length - start, Role::String);
                setCurrentBlockState(
                    delimiter.front() == u'"' ? statePythonTripleDouble : statePythonTripleSingle);
                return;
            }
            end = close + 3;
            apply(start, end - start, Role::String);
            break;
        }
        case PyString:
            apply(start, end - start, Role::String);
            break;
        case PyDecorator: {
            const int at = int(text.indexOf(u'@', start));
            apply(at, end - at, Role::Decorator);
            break;
        }
        case PyNumber:
            apply(start, end - start, Role::Number);
            break;
        case PyWord: {
            const QStringView word = QStringView(text).sliced(start, end - start);
            const bool call = end < length && text.at(end) == u'(';
            if (keywords.contains(word)) {
                apply(start, end - start, Role::Keyword);
                keepName = word == QStringView(u"def") || word == QStringView(u"class");
            } else if (constants.contains(word)) {
                apply(start, end - start, Role::Constant);
            } else if (nameFollows) {
                apply(start, end - start, Role::Function);
            } else if (builtins.contains(word)) {
                apply(start, end - start, Role::Builtin);
            } else if (call) {
                apply(start, end - start, Role::Function);
            }
            break;
        }
        }
        nameFollows = keepName;
        pos = std::max(end, pos + 1);
    }
}

void FallbackHighlighter::highlightCpp(const QString &text)
{
    static const WordList keywords { u"alignas", u"alignof", u"asm", u"auto", u"bool", u"break", u"case",
        u"catch", u"char", u"char8_t", u"char16_t", u"char32_t", u"class", u"concept", u"const", u"consteval",
        u"constexpr", u"constinit", u"const_cast", u"continue", u"co_await", u"co_return", u"co_yield",
        u"decltype", u"default", u"delete", u"do", u"double", u"dynamic_cast", u"else", u"enum", u"explicit",
        u"export", u"extern", u"final", u"float", u"for", u"friend", u"goto", u"if", u"inline", u"int",
        u"long", u"mutable", u"namespace", u"new", u"noexcept", u"operator", u"override", u"private",
        u"protected", u"public", u"register", u"reinterpret_cast", u"requires", u"return", u"short",
        u"signed", u"sizeof", u"static", u"static_assert", u"static_cast", u"struct", u"switch", u"template",
        u"thread_local", u"throw", u"try", u"typedef", u"typeid", u"typename", u"union", u"unsigned",
        u"using", u"virtual", u"void", u"volatile", u"wchar_t", u"while", u"signals", u"slots", u"emit" };
    static const WordList constants { u"true", u"false", u"nullptr", u"this", u"NULL" };
    static const WordList builtins { u"std", u"size_t", u"ptrdiff_t", u"int8_t", u"int16_t", u"int32_t",
        u"int64_t", u"uint8_t", u"uint16_t", u"uint32_t", u"uint64_t", u"qreal", u"qint8", u"qint16",
        u"qint32", u"qint64", u"quint8", u"quint16", u"quint32", u"quint64", u"qsizetype", u"qintptr",
        u"quintptr", u"uchar", u"ushort", u"uint", u"ulong", u"qApp" };
    static const WordList definers { u"class", u"struct", u"union", u"enum", u"namespace", u"concept" };
    static const QRegularExpression includePath = compile(uR"re( [ \t]* (?: <[^>]*>? | "[^"]*"? ) )re"_s);
    static const QRegularExpression rawStringEnd = compile(uR"re( \) [^()\\\s"]{0,16} " )re"_s);

    const int length = int(text.size());
    int pos = 0;

    // A /* comment or a raw string opened on an earlier line.
    const int previous = previousBlockState();
    if (previous == stateCppBlockComment) {
        const int close = int(text.indexOf(u"*/"_s));
        if (close < 0) {
            apply(0, length, Role::Comment);
            setCurrentBlockState(previous);
            return;
        }
        pos = close + 2;
        apply(0, pos, Role::Comment);
    } else if (previous == stateCppRawString) {
        const QRegularExpressionMatch close = rawStringEnd.match(text);
        if (!close.hasMatch()) {
            apply(0, length, Role::String);
            setCurrentBlockState(previous);
            return;
        }
        pos = int(close.capturedEnd());
        apply(0, pos, Role::String);
    }

    const QRegularExpression &tokens = cppTokens();
    bool nameFollows = false; // after `class`, `struct`, …
    while (pos < length) {
        const QRegularExpressionMatch match = tokens.match(text, pos);
        const int token = matchedToken(match, CppTokenCount);
        if (token == 0)
            break;
        const int start = int(match.capturedStart(token));
        int end = int(match.capturedEnd(token));
        bool keepName = false;
        switch (token) {
        case CppLineComment:
            apply(start, end - start, Role::Comment);
            break;
        case CppBlockComment: {
            const int close = int(text.indexOf(u"*/"_s, end));
            if (close < 0) {
                apply(start, length - start, Role::Comment);
                setCurrentBlockState(stateCppBlockComment);
                return;
            }
            end = close + 2;
            apply(start, end - start, Role::Comment);
            break;
        }
        case CppDirective: {
            const int hash = int(text.indexOf(u'#', start));
            apply(hash, end - hash, Role::Preprocessor);
            const QStringView directive = QStringView(text).sliced(start, end - start);
            if (directive.endsWith(u"include") || directive.endsWith(u"import")) {
                const QRegularExpressionMatch path = includePath.match(text, end,
                    QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                if (path.hasMatch()) {
                    apply(end, int(path.capturedEnd()) - end, Role::String);
                    end = int(path.capturedEnd());
                }
            }
            break;
        }
        case CppRawString: {
            // R"delim( … )delim"
            const QStringView opener = QStringView(text).sliced(start, end - start);
            const QStringView delimiter = opener.sliced(opener.indexOf(u'"') + 1).chopped(1);
            const QString closing = u')' + delimiter.toString() + u'"';
            const int close = int(text.indexOf(closing, end));
            if (close < 0) {
                apply(start, length - start, Role::String);
                setCurrentBlockState(stateCppRawString);
                return;
            }
            end = close + int(closing.size());
            apply(start, end - start, Role::String);
            break;
        }
        case CppString:
        case CppChar:
            apply(start, end - start, Role::String);
            break;
        case CppNumber:
            apply(start, end - start, Role::Number);
            break;
        case CppWord: {
            const QStringView word = QStringView(text).sliced(start, end - start);
            if (keywords.contains(word)) {
                apply(start, end - start, Role::Keyword);
                keepName = definers.contains(word);
            } else if (constants.contains(word)) {
                apply(start, end - start, Role::Constant);
            } else if (word.startsWith(u"Q_")) {
                apply(start, end - start, Role::Preprocessor);
            } else if (nameFollows) {
                apply(start, end - start, Role::Function);
            } else if (builtins.contains(word)) {
                apply(start, end - start, Role::Builtin);
            } else if (end < length && text.at(end) == u'(') {
                apply(start, end - start, Role::Function);
            }
            break;
        }
        }
        nameFollows = keepName;
        pos = std::max(end, pos + 1);
    }
}

void FallbackHighlighter::highlightYaml(const QString &text)
{
    const int length = int(text.size());
    const int indent = indentation(text);

    // Lines of a block scalar (`key: |`): blank, or indented deeper than the node that opened it.
    const int previous = previousBlockState();
    if (previous >= stateYamlBlockScalar) {
        if (indent == length || indent > previous - stateYamlBlockScalar) {
            apply(indent, length - indent, Role::String);
            setCurrentBlockState(previous);
            return;
        }
    }
    if (indent == length)
        return;

    int pos = indent;
    if (indent == 0 && text.startsWith(u'%')) {
        apply(0, length, Role::Preprocessor); // %YAML, %TAG
        return;
    }
    if (indent == 0 && (text.startsWith(u"---"_s) || text.startsWith(u"..."_s))
        && (length == 3 || isBlank(text.at(3)))) {
        apply(0, 3, Role::Marker);
        pos = indentation(QStringView(text).sliced(3)) + 3;
    }

    // Sequence entries, possibly nested on one line ("- - a").
    int nodeIndent = indent;
    while (pos < length && text.at(pos) == u'-' && (pos + 1 == length || isBlank(text.at(pos + 1)))) {
        apply(pos, 1, Role::Marker);
        nodeIndent = pos;
        ++pos;
        while (pos < length && isBlank(text.at(pos)))
            ++pos;
    }

    const QRegularExpressionMatch key = yamlKey().match(
        text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (key.hasMatch()) {
        apply(int(key.capturedStart(1)), int(key.capturedLength(1)), Role::Key);
        nodeIndent = pos;
        pos = int(key.capturedEnd());
    }
    highlightYamlValue(text, pos, nodeIndent);
}

void FallbackHighlighter::highlightYamlValue(const QString &text, int from, int nodeIndent)
{
    static const WordList constants { u"true", u"True", u"TRUE", u"false", u"False", u"FALSE", u"yes", u"Yes",
        u"YES", u"no", u"No", u"NO", u"on", u"On", u"ON", u"off", u"Off", u"OFF", u"null", u"Null", u"NULL",
        u"~" };
    const int length = int(text.size());
    int pos = from;
    int flowDepth = 0;
    while (pos < length) {
        const QRegularExpression &tokens = flowDepth > 0 ? yamlFlowValueTokens() : yamlBlockValueTokens();
        const QRegularExpressionMatch match = tokens.match(text, pos);
        const int token = matchedToken(match, YamlTokenCount);
        if (token == 0)
            break;
        const int start = int(match.capturedStart(token));
        const int end = int(match.capturedEnd(token));
        switch (token) {
        case YamlComment:
            apply(start, end - start, Role::Comment);
            break;
        case YamlDoubleQuoted:
        case YamlSingleQuoted:
            apply(start, end - start, Role::String);
            break;
        case YamlBlockIndicator:
            apply(start, end - start, Role::Marker);
            setCurrentBlockState(stateYamlBlockScalar + nodeIndent);
            break;
        case YamlAnchor:
        case YamlTag:
            apply(start, end - start, Role::Decorator);
            break;
        case YamlFlow: {
            const QChar c = text.at(start);
            if (c == u'[' || c == u'{')
                ++flowDepth;
            else if ((c == u']' || c == u'}') && flowDepth > 0)
                --flowDepth;
            break;
        }
        case YamlScalar: {
            const QStringView scalar = QStringView(text).sliced(start, end - start);
            const QRegularExpressionMatch number = yamlNumber().match(
                text, start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (constants.contains(scalar))
                apply(start, end - start, Role::Constant);
            else if (number.hasMatch() && number.capturedEnd() == end)
                apply(start, end - start, Role::Number);
            else
                apply(start, end - start, Role::String);
            break;
        }
        }
        pos = std::max(end, pos + 1);
    }
}

void FallbackHighlighter::highlightMarkdown(const QString &text)
{
    const int length = int(text.size());

    // Fenced code: ``` or ~~~ up to a closing fence of the same kind.
    const QRegularExpressionMatch fence = markdownFence().match(text);
    const int previous = previousBlockState();
    if (previous == stateMarkdownFenceBacktick || previous == stateMarkdownFenceTilde) {
        const QChar fenceChar = previous == stateMarkdownFenceBacktick ? u'`' : u'~';
        const bool closes = fence.hasMatch() && fence.captured(1).front() == fenceChar
            && QStringView(text).sliced(fence.capturedEnd()).trimmed().isEmpty();
        apply(0, length, closes ? Role::Marker : Role::Code);
        if (!closes)
            setCurrentBlockState(previous);
        return;
    }
    if (fence.hasMatch()) {
        apply(0, length, Role::Marker);
        setCurrentBlockState(
            fence.captured(1).front() == u'`' ? stateMarkdownFenceBacktick : stateMarkdownFenceTilde);
        return;
    }

    if (markdownHeading().match(text).hasMatch()) {
        apply(0, length, Role::Heading);
        return;
    }
    if (markdownThematicBreak().match(text).hasMatch()) {
        apply(0, length, Role::Marker);
        return;
    }

    int pos = 0;
    const QRegularExpressionMatch prefix = markdownLinePrefix().match(text);
    if (prefix.hasMatch()) {
        apply(int(prefix.capturedStart(1)), int(prefix.capturedLength(1)), Role::Marker);
        apply(int(prefix.capturedStart(2)), int(prefix.capturedLength(2)), Role::Marker);
        pos = int(prefix.capturedEnd());
    }
    highlightMarkdownInline(text, pos);
}

void FallbackHighlighter::highlightMarkdownInline(const QString &text, int from)
{
    const int length = int(text.size());
    const QRegularExpression &tokens = markdownInlineTokens();
    int pos = from;
    while (pos < length) {
        const QRegularExpressionMatch match = tokens.match(text, pos);
        const int token = matchedToken(match, MdTokenCount);
        if (token == 0)
            break;
        const int start = int(match.capturedStart(token));
        const int end = int(match.capturedEnd(token));
        switch (token) {
        case MdCode:
            apply(start, end - start, Role::Code);
            break;
        case MdStrong:
            apply(start, end - start, Role::Strong);
            break;
        case MdEmphasis:
            apply(start, end - start, Role::Emphasis);
            break;
        case MdLink:
        case MdAutolink:
            apply(start, end - start, Role::Link);
            break;
        case MdHtmlComment:
            apply(start, end - start, Role::Comment);
            break;
        }
        pos = std::max(end, pos + 1);
    }
}
