#include "codeview.h"
#include "fallbackhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using Role = FallbackHighlighter::Role;
using Language = FallbackHighlighter::Language;

// In the data tables: the fragment keeps the default format.
constexpr auto unformatted = static_cast<Role>(-1);

namespace {

// The format the highlighter gave one character, or a default format when none covers it.
QTextCharFormat formatAt(const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

// Whether every character of the first `fragment` on line `line` (0-based) has `expected`.
// On failure, says which character had which foreground.
QString checkFragment(
    const QTextDocument *document, int line, const QString &fragment, const QTextCharFormat &expected)
{
    const QTextBlock block = document->findBlockByNumber(line);
    if (!block.isValid())
        return u"no line %1"_s.arg(line);
    const int column = int(block.text().indexOf(fragment));
    if (column < 0)
        return u"\"%1\" not on line %2: \"%3\""_s.arg(fragment).arg(line).arg(block.text());
    for (int i = column; i < column + fragment.size(); ++i) {
        const QTextCharFormat actual = formatAt(block, i);
        if (actual != expected) {
            return u"column %1 ('%2') of \"%3\": foreground %4, expected %5"_s.arg(i)
                .arg(block.text().at(i))
                .arg(block.text())
                .arg(actual.foreground().color().name(), expected.foreground().color().name());
        }
    }
    return {};
}

QTextCharFormat formatOf(const QTextDocument *document, int line, const QString &fragment)
{
    const QTextBlock block = document->findBlockByNumber(line);
    return formatAt(block, int(block.text().indexOf(fragment)));
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1f, 0x1f, 0x1f));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x16, 0x16, 0x16));
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

const QString pythonSample = uR"py(""" anyplot.ai
scatter-basic: Basic Scatter Plot
"""

import numpy as np  # arrays


@dataclass
def main(size=16):
    label = f"{size:.1f} cm"
    return len(label) + 0x1F
)py"_s;

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // FallbackHighlighter on its own document
    void highlighterFormats_data();
    void highlighterFormats();
    void highlighterLeavesPlainTextAlone();
    void highlighterStateEndsWithConstruct();
    void highlighterDarkTheme();
    void highlighterSkipsHugeLines();
    void languageForName_data();
    void languageForName();

    // CodeView
    void showsExactlyTheCode_data();
    void showsExactlyTheCode();
    void editorIsReadOnlyFixedAndUnwrapped();
    void copyButtonCopiesEverything();
    void copyShortcutCopiesSelection();
    void placeholder();
    void title();
    void highlightsInView();
    void switchingLanguageRehighlights();
    void darkPaletteSwitchesColors();
    void applicationPaletteSwitchesColors();
    void largeInput();
    void largeInputReplacedWhileHighlighting();

private:
    QPalette m_applicationPalette;
};

void TestCodeView::initTestCase()
{
    m_applicationPalette = QApplication::palette();
    QApplication::setPalette(lightPalette());
}

void TestCodeView::highlighterFormats_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<Role>("role");

    // Python
    QTest::newRow("py def keyword") << u"python"_s << u"def main():\n    pass"_s << 0 << u"def"_s
                                    << Role::Keyword;
    QTest::newRow("py def name") << u"python"_s << u"def main():\n    pass"_s << 0 << u"main"_s
                                 << Role::Function;
    QTest::newRow("py class name") << u"python"_s << u"class Plot(Base):"_s << 0 << u"Plot"_s
                                   << Role::Function;
    QTest::newRow("py comment") << u"python"_s << u"x = 1  # a comment"_s << 0 << u"# a comment"_s
                                << Role::Comment;
    QTest::newRow("py hash in string")
        << u"python"_s << u"c = \"#009E73\"  # green"_s << 0 << u"\"#009E73\""_s << Role::String;
    QTest::newRow("py comment after string")
        << u"python"_s << u"c = \"#009E73\"  # green"_s << 0 << u"# green"_s << Role::Comment;
    QTest::newRow("py single quotes")
        << u"python"_s << u"s = 'it\\'s'"_s << 0 << u"'it\\'s'"_s << Role::String;
    QTest::newRow("py f-string") << u"python"_s << u"t = f\"{m:.1f} cm\""_s << 0 << u"f\"{m:.1f} cm\""_s
                                 << Role::String;
    QTest::newRow("py raw string") << u"python"_s << u"p = r\"\\d+\""_s << 0 << u"r\"\\d+\""_s
                                   << Role::String;
    QTest::newRow("py triple first line") << u"python"_s << u"\"\"\" anyplot.ai\nsecond: line\n\"\"\""_s << 0
                                          << u"\"\"\" anyplot.ai"_s << Role::String;
    QTest::newRow("py triple second line") << u"python"_s << u"\"\"\" anyplot.ai\nsecond: line\n\"\"\""_s << 1
                                           << u"second: line"_s << Role::String;
    QTest::newRow("py triple closing line")
        << u"python"_s << u"\"\"\"a\nb\n\"\"\"  # done"_s << 2 << u"\"\"\""_s << Role::String;
    QTest::newRow("py code after triple")
        << u"python"_s << u"\"\"\"a\nb\n\"\"\"  # done"_s << 2 << u"# done"_s << Role::Comment;
    QTest::newRow("py single-quoted triple")
        << u"python"_s << u"doc = '''one\nif two\n'''"_s << 1 << u"if two"_s << Role::String;
    QTest::newRow("py triple on one line")
        << u"python"_s << u"d = \"\"\"x\"\"\" if a else b"_s << 0 << u"if"_s << Role::Keyword;
    QTest::newRow("py quote inside triple")
        << u"python"_s << u"'''it's\nstill'''"_s << 1 << u"still'''"_s << Role::String;
    QTest::newRow("py decorator") << u"python"_s << u"@functools.cache\ndef f(): pass"_s << 0
                                  << u"@functools.cache"_s << Role::Decorator;
    QTest::newRow("py int") << u"python"_s << u"n = 24"_s << 0 << u"24"_s << Role::Number;
    QTest::newRow("py float") << u"python"_s << u"n = 3.5e-2"_s << 0 << u"3.5e-2"_s << Role::Number;
    QTest::newRow("py hex") << u"python"_s << u"n = 0xFF_FF"_s << 0 << u"0xFF_FF"_s << Role::Number;
    QTest::newRow("py digits in name") << u"python"_s << u"x1 = 2"_s << 0 << u"x1"_s << unformatted;
    QTest::newRow("py constant") << u"python"_s << u"v = None or True"_s << 0 << u"None"_s << Role::Constant;
    QTest::newRow("py builtin") << u"python"_s << u"print(len(x))"_s << 0 << u"len"_s << Role::Builtin;
    QTest::newRow("py method call") << u"python"_s << u"ax.errorbar(x, y)"_s << 0 << u"errorbar"_s
                                    << Role::Function;
    QTest::newRow("py keyword in word")
        << u"python"_s << u"format_if = 1"_s << 0 << u"format_if"_s << unformatted;
    QTest::newRow("py import") << u"python"_s << u"import numpy as np"_s << 0 << u"as"_s << Role::Keyword;

    // YAML
    QTest::newRow("yaml key") << u"yaml"_s << u"title: Basic Scatter"_s << 0 << u"title"_s << Role::Key;
    QTest::newRow("yaml plain scalar")
        << u"yaml"_s << u"title: Basic Scatter"_s << 0 << u"Basic Scatter"_s << Role::String;
    QTest::newRow("yaml comment line")
        << u"yaml"_s << u"# Metadata\nkey: v"_s << 0 << u"# Metadata"_s << Role::Comment;
    QTest::newRow("yaml trailing comment")
        << u"yaml"_s << u"score: 92  # out of 100"_s << 0 << u"# out of 100"_s << Role::Comment;
    QTest::newRow("yaml hash in scalar") << u"yaml"_s << u"color: a#b"_s << 0 << u"a#b"_s << Role::String;
    QTest::newRow("yaml number") << u"yaml"_s << u"score: 92"_s << 0 << u"92"_s << Role::Number;
    QTest::newRow("yaml float") << u"yaml"_s << u"version: 3.11"_s << 0 << u"3.11"_s << Role::Number;
    QTest::newRow("yaml date is a string")
        << u"yaml"_s << u"created: 2025-01-15"_s << 0 << u"2025-01-15"_s << Role::String;
    QTest::newRow("yaml boolean") << u"yaml"_s << u"draft: true"_s << 0 << u"true"_s << Role::Constant;
    QTest::newRow("yaml null") << u"yaml"_s << u"issue: null"_s << 0 << u"null"_s << Role::Constant;
    QTest::newRow("yaml tilde") << u"yaml"_s << u"issue: ~"_s << 0 << u"~"_s << Role::Constant;
    QTest::newRow("yaml double quoted")
        << u"yaml"_s << u"url: \"https://anyplot.ai\""_s << 0 << u"\"https://anyplot.ai\""_s << Role::String;
    QTest::newRow("yaml single quoted key") << u"yaml"_s << u"'a: b': 1"_s << 0 << u"'a: b'"_s << Role::Key;
    QTest::newRow("yaml url value") << u"yaml"_s << u"docs: https://x.org/a"_s << 0 << u"https://x.org/a"_s
                                    << Role::String;
    QTest::newRow("yaml list dash") << u"yaml"_s << u"tags:\n  - scatter"_s << 1 << u"-"_s << Role::Marker;
    QTest::newRow("yaml list item") << u"yaml"_s << u"tags:\n  - scatter"_s << 1 << u"scatter"_s
                                    << Role::String;
    QTest::newRow("yaml key in list") << u"yaml"_s << u"- name: x"_s << 0 << u"name"_s << Role::Key;
    QTest::newRow("yaml nested key") << u"yaml"_s << u"review:\n  strengths:\n    - good"_s << 1
                                     << u"strengths"_s << Role::Key;
    QTest::newRow("yaml block indicator")
        << u"yaml"_s << u"description: |\n  text"_s << 0 << u"|"_s << Role::Marker;
    QTest::newRow("yaml folded indicator")
        << u"yaml"_s << u"description: >-\n  text"_s << 0 << u">-"_s << Role::Marker;
    QTest::newRow("yaml block scalar line")
        << u"yaml"_s << u"description: |\n  Note: not a key\n  # nor a comment"_s << 1 << u"Note: not a key"_s
        << Role::String;
    QTest::newRow("yaml block scalar hash")
        << u"yaml"_s << u"description: |\n  Note: not a key\n  # nor a comment"_s << 2 << u"# nor a comment"_s
        << Role::String;
    QTest::newRow("yaml block scalar blank line")
        << u"yaml"_s << u"d: |\n  one\n\n  two\nnext: 1"_s << 3 << u"two"_s << Role::String;
    QTest::newRow("yaml after block scalar")
        << u"yaml"_s << u"d: |\n  one\n\n  two\nnext: 1"_s << 4 << u"next"_s << Role::Key;
    QTest::newRow("yaml block scalar in list")
        << u"yaml"_s << u"- d: |\n    text\n  e: 1"_s << 2 << u"e"_s << Role::Key;
    QTest::newRow("yaml flow number") << u"yaml"_s << u"sizes: [16, 9]"_s << 0 << u"16"_s << Role::Number;
    QTest::newRow("yaml flow bool") << u"yaml"_s << u"flags: [a, true]"_s << 0 << u"true"_s << Role::Constant;
    QTest::newRow("yaml flow string")
        << u"yaml"_s << u"flags: [alpha, true]"_s << 0 << u"alpha"_s << Role::String;
    QTest::newRow("yaml comma in block scalar")
        << u"yaml"_s << u"t: Hello, world"_s << 0 << u"Hello, world"_s << Role::String;
    QTest::newRow("yaml anchor") << u"yaml"_s << u"base: &defaults"_s << 0 << u"&defaults"_s
                                 << Role::Decorator;
    QTest::newRow("yaml document marker") << u"yaml"_s << u"---\na: 1"_s << 0 << u"---"_s << Role::Marker;

    // Markdown
    QTest::newRow("md heading") << u"markdown"_s << u"# scatter-basic: Basic Scatter"_s << 0
                                << u"# scatter-basic: Basic Scatter"_s << Role::Heading;
    QTest::newRow("md subheading") << u"markdown"_s << u"text\n## Description"_s << 1 << u"## Description"_s
                                   << Role::Heading;
    QTest::newRow("md hash without space")
        << u"markdown"_s << u"#hashtag"_s << 0 << u"#hashtag"_s << unformatted;
    QTest::newRow("md bullet") << u"markdown"_s << u"- `x` (numeric)"_s << 0 << u"-"_s << Role::Marker;
    QTest::newRow("md star bullet") << u"markdown"_s << u"* item"_s << 0 << u"*"_s << Role::Marker;
    QTest::newRow("md numbered") << u"markdown"_s << u"1. first"_s << 0 << u"1."_s << Role::Marker;
    QTest::newRow("md inline code") << u"markdown"_s << u"- `x` (numeric)"_s << 0 << u"`x`"_s << Role::Code;
    QTest::newRow("md bold") << u"markdown"_s << u"a **bold** word"_s << 0 << u"**bold**"_s << Role::Strong;
    QTest::newRow("md italic") << u"markdown"_s << u"an *italic* word"_s << 0 << u"*italic*"_s
                               << Role::Emphasis;
    QTest::newRow("md snake_case") << u"markdown"_s << u"use snake_case_name here"_s << 0
                                   << u"snake_case_name"_s << unformatted;
    QTest::newRow("md link") << u"markdown"_s << u"see [docs](https://x.org)"_s << 0
                             << u"[docs](https://x.org)"_s << Role::Link;
    QTest::newRow("md quote") << u"markdown"_s << u"> quoted"_s << 0 << u">"_s << Role::Marker;
    QTest::newRow("md fence") << u"markdown"_s << u"```python\nx = 1  # **no**\n```\nafter **b**"_s << 1
                              << u"x = 1  # **no**"_s << Role::Code;
    QTest::newRow("md after fence") << u"markdown"_s << u"```python\nx = 1  # **no**\n```\nafter **b**"_s << 3
                                    << u"**b**"_s << Role::Strong;
    QTest::newRow("md heading in fence")
        << u"markdown"_s << u"~~~\n# not a heading\n~~~"_s << 1 << u"# not a heading"_s << Role::Code;

    // C++
    QTest::newRow("cpp keyword") << u"cpp"_s << u"int main() { return 0; }"_s << 0 << u"int"_s
                                 << Role::Keyword;
    QTest::newRow("cpp function") << u"cpp"_s << u"int main() { return 0; }"_s << 0 << u"main"_s
                                  << Role::Function;
    QTest::newRow("cpp number") << u"cpp"_s << u"auto n = 1'000'000ULL;"_s << 0 << u"1'000'000ULL"_s
                                << Role::Number;
    QTest::newRow("cpp line comment") << u"cpp"_s << u"x(); // call"_s << 0 << u"// call"_s << Role::Comment;
    QTest::newRow("cpp block comment")
        << u"cpp"_s << u"/* one\n   two */ int x;"_s << 1 << u"two */"_s << Role::Comment;
    QTest::newRow("cpp after block comment")
        << u"cpp"_s << u"/* one\n   two */ int x;"_s << 1 << u"int"_s << Role::Keyword;
    QTest::newRow("cpp comment in string")
        << u"cpp"_s << u"auto s = \"/* no */\";"_s << 0 << u"\"/* no */\""_s << Role::String;
    QTest::newRow("cpp include") << u"cpp"_s << u"#include <QChartView>"_s << 0 << u"#include"_s
                                 << Role::Preprocessor;
    QTest::newRow("cpp include path")
        << u"cpp"_s << u"#include <QChartView>"_s << 0 << u"<QChartView>"_s << Role::String;
    QTest::newRow("cpp string literal")
        << u"cpp"_s << u"auto t = u\"title\"_s;"_s << 0 << u"u\"title\""_s << Role::String;
    QTest::newRow("cpp char") << u"cpp"_s << u"QChar c = u'x';"_s << 0 << u"u'x'"_s << Role::String;
    QTest::newRow("cpp raw string") << u"cpp"_s << u"auto r = R\"(a\nb \"q\")\"; return;"_s << 1
                                    << u"b \"q\")\""_s << Role::String;
    QTest::newRow("cpp after raw string")
        << u"cpp"_s << u"auto r = R\"(a\nb \"q\")\"; return;"_s << 1 << u"return"_s << Role::Keyword;
    QTest::newRow("cpp macro") << u"cpp"_s << u"    Q_OBJECT"_s << 0 << u"Q_OBJECT"_s << Role::Preprocessor;
    QTest::newRow("cpp constant") << u"cpp"_s << u"p = nullptr;"_s << 0 << u"nullptr"_s << Role::Constant;
    QTest::newRow("cpp class name") << u"cpp"_s << u"class ScatterPlot : public Plot"_s << 0
                                    << u"ScatterPlot"_s << Role::Function;
}

void TestCodeView::highlighterFormats()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(Role, role);

    QTextDocument document;
    document.documentLayout(); // without a layout a document reports no edits to its highlighter
    FallbackHighlighter highlighter(&document);
    highlighter.setLanguage(FallbackHighlighter::languageForName(language));
    document.setPlainText(code);
    highlighter.rehighlight();

    const QTextCharFormat expected = role == unformatted ? QTextCharFormat() : highlighter.formatFor(role);
    const QString problem = checkFragment(&document, line, fragment, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCodeView::highlighterLeavesPlainTextAlone()
{
    QTextDocument document;
    document.documentLayout(); // without a layout a document reports no edits to its highlighter
    FallbackHighlighter highlighter(&document);
    document.setPlainText(u"def main():  # not python\n    return \"x\""_s);
    highlighter.rehighlight();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QVERIFY(block.layout()->formats().isEmpty());
}

// Every multi-line construct ends where it should: a plain line after it is not formatted.
void TestCodeView::highlighterStateEndsWithConstruct()
{
    QTextDocument document;
    document.documentLayout(); // without a layout a document reports no edits to its highlighter
    FallbackHighlighter highlighter(&document);
    highlighter.setLanguage(Language::Python);
    document.setPlainText(u"x = '''\nbody\n'''\nplain_name\n"_s);
    highlighter.rehighlight();
    QCOMPARE(formatOf(&document, 1, u"body"_s), highlighter.formatFor(Role::String));
    QCOMPARE(formatOf(&document, 3, u"plain_name"_s), QTextCharFormat());

    // Some Qt versions ignore edits until the highlighter's deferred first pass has run.
    QCoreApplication::processEvents();
    // Editing the opening line re-highlights the lines below it.
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(u"x = 1"_s);
    QCOMPARE(formatOf(&document, 1, u"body"_s), QTextCharFormat());
}

void TestCodeView::highlighterDarkTheme()
{
    QTextDocument document;
    document.documentLayout(); // without a layout a document reports no edits to its highlighter
    FallbackHighlighter highlighter(&document);
    highlighter.setLanguage(Language::Python);
    document.setPlainText(u"def f(): pass  # c"_s);
    highlighter.rehighlight();
    const QTextCharFormat lightKeyword = formatOf(&document, 0, u"def"_s);
    QCOMPARE(lightKeyword, highlighter.formatFor(Role::Keyword));

    highlighter.setTheme(FallbackHighlighter::Theme::Dark);
    const QTextCharFormat darkKeyword = formatOf(&document, 0, u"def"_s);
    QCOMPARE(darkKeyword, highlighter.formatFor(Role::Keyword));
    QVERIFY(darkKeyword.foreground().color() != lightKeyword.foreground().color());
    // Dark colours are light, and the other way round.
    QVERIFY(darkKeyword.foreground().color().lightness() > lightKeyword.foreground().color().lightness());
    QVERIFY(formatOf(&document, 0, u"# c"_s).foreground().color().lightness() > 128);

    QCOMPARE(FallbackHighlighter::themeForPalette(darkPalette()), FallbackHighlighter::Theme::Dark);
    QCOMPARE(FallbackHighlighter::themeForPalette(lightPalette()), FallbackHighlighter::Theme::Light);
}

// A minified line is not tokenized, and what surrounds it is highlighted as usual.
void TestCodeView::highlighterSkipsHugeLines()
{
    QTextDocument document;
    document.documentLayout();
    FallbackHighlighter highlighter(&document);
    highlighter.setLanguage(Language::Python);
    const QString huge = u"x = ["_s + u"1, "_s.repeated(20000) + u"]"_s;
    document.setPlainText(
        u"def a(): pass\n"_s + huge + u"\ndef b(): pass\n'''\n"_s + huge + u"\nstill\n'''"_s);
    highlighter.rehighlight();

    const QTextCharFormat keyword = highlighter.formatFor(Role::Keyword);
    QCOMPARE(formatOf(&document, 0, u"def"_s), keyword);
    QVERIFY(document.findBlockByNumber(1).layout()->formats().isEmpty());
    QCOMPARE(formatOf(&document, 2, u"def"_s), keyword);
    QCOMPARE(formatOf(&document, 5, u"still"_s), highlighter.formatFor(Role::String)); // the string goes on
}

void TestCodeView::languageForName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Language>("language");
    QTest::newRow("python") << u"python"_s << Language::Python;
    QTest::newRow("Python") << u"Python"_s << Language::Python;
    QTest::newRow("py") << u"py"_s << Language::Python;
    QTest::newRow("yaml") << u"yaml"_s << Language::Yaml;
    QTest::newRow("yml") << u"yml"_s << Language::Yaml;
    QTest::newRow("markdown") << u"markdown"_s << Language::Markdown;
    QTest::newRow("md") << u"md"_s << Language::Markdown;
    QTest::newRow("cpp") << u"cpp"_s << Language::Cpp;
    QTest::newRow("C++") << u"C++"_s << Language::Cpp;
    QTest::newRow("r") << u"r"_s << Language::Plain;
    QTest::newRow("empty") << QString() << Language::Plain;
    QTest::newRow("julia") << u"julia"_s << Language::Plain;
}

void TestCodeView::languageForName()
{
    QFETCH(QString, name);
    QFETCH(Language, language);
    QCOMPARE(FallbackHighlighter::languageForName(name), language);
}

void TestCodeView::showsExactlyTheCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("python") << pythonSample << u"python"_s << pythonSample;
    QTest::newRow("empty") << QString() << u"python"_s << QString();
    QTest::newRow("no trailing newline") << u"a: 1\nb: 2"_s << u"yaml"_s << u"a: 1\nb: 2"_s;
    QTest::newRow("blank lines kept") << u"\n\nx\n\n"_s << u"text"_s << u"\n\nx\n\n"_s;
    QTest::newRow("tabs and unicode")
        << u"\tμ = \"±1 SD · 日本\"\n"_s << u"python"_s << u"\tμ = \"±1 SD · 日本\"\n"_s;
    QTest::newRow("crlf normalised") << u"a = 1\r\nb = 2\r\n"_s << u"python"_s << u"a = 1\nb = 2\n"_s;
    QTest::newRow("html is text") << u"<b>not bold</b> &amp;"_s << u"markdown"_s
                                  << u"<b>not bold</b> &amp;"_s;
}

void TestCodeView::showsExactlyTheCode()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, expected);

    CodeView view;
    view.setCode(code, language);
    QCOMPARE(view.editor()->toPlainText(), expected);
    QCOMPARE(view.code(), expected);
    QCOMPARE(view.language(), language);
    QVERIFY(!view.isPlaceholderShown());
    QCOMPARE(view.copyButton()->isEnabled(), !expected.isEmpty());

    // Setting it again replaces, never appends.
    view.setCode(code, language);
    QCOMPARE(view.editor()->toPlainText(), expected);
}

void TestCodeView::editorIsReadOnlyFixedAndUnwrapped()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    QPlainTextEdit *editor = view.editor();
    QVERIFY(editor->isReadOnly());
    QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::NoWrap);
    QCOMPARE(editor->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(editor->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    // The line-number gutter sits left of the viewport and grows with the line count.
    const int smallGutter = editor->viewport()->x();
    QVERIFY(smallGutter > editor->frameWidth());
    QString many;
    for (int i = 0; i < 12000; ++i)
        many += u"x\n"_s;
    view.setCode(many, u"text"_s);
    QVERIFY(editor->viewport()->x() > smallGutter);
}

void TestCodeView::copyButtonCopiesEverything()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QGuiApplication::clipboard()->setText(u"something else"_s);

    QSignalSpy copiedSpy(&view, &CodeView::copied);
    QToolButton *button = view.copyButton();
    const QString idleText = button->text();
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(copiedSpy.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), pythonSample);
    QVERIFY(button->text() != idleText); // "Copied"
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), idleText, 5000);

    // A second click copies again.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(copiedSpy.count(), 2);
}

void TestCodeView::copyShortcutCopiesSelection()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy copiedSpy(&view, &CodeView::copied);

    QPlainTextEdit *editor = view.editor();
    QTextCursor cursor = editor->document()->find(u"numpy"_s);
    QVERIFY(!cursor.isNull());
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier);

    QCOMPARE(QGuiApplication::clipboard()->text(), u"numpy"_s);
    QCOMPARE(copiedSpy.count(), 0);
    QCOMPARE(editor->toPlainText(), pythonSample); // read-only: nothing typed
}

void TestCodeView::placeholder()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    QSignalSpy copiedSpy(&view, &CodeView::copied);

    view.setPlaceholder(u"Code file missing"_s);
    QVERIFY(view.isPlaceholderShown());
    QCOMPARE(view.placeholder(), u"Code file missing"_s);
    QVERIFY(view.code().isEmpty());
    QVERIFY(!view.copyButton()->isEnabled());
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == u"Code file missing"_s && label->isVisibleTo(label->window());
    }));
    QVERIFY(!view.editor()->isVisibleTo(&view));
    view.copyToClipboard();
    QCOMPARE(copiedSpy.count(), 0);

    view.setCode(u"a: 1"_s, u"yaml"_s);
    QVERIFY(!view.isPlaceholderShown());
    QVERIFY(view.placeholder().isEmpty());
    QVERIFY(view.editor()->isVisibleTo(&view));
    QVERIFY(view.copyButton()->isEnabled());
}

void TestCodeView::title()
{
    CodeView view;
    view.setTitle(u"<b>matplotlib.py</b>"_s);
    QCOMPARE(view.title(), u"<b>matplotlib.py</b>"_s);
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    const auto label = std::find_if(labels.cbegin(), labels.cend(),
        [](const QLabel *l) { return l->text() == u"<b>matplotlib.py</b>"_s; });
    QVERIFY(label != labels.cend());
    QCOMPARE((*label)->textFormat(), Qt::PlainText); // file names are never rich text
}

void TestCodeView::highlightsInView()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    const QTextDocument *document = view.editor()->document();
    const QColor text = view.editor()->palette().color(QPalette::Text);

    const QTextCharFormat keyword = formatOf(document, 8, u"def"_s);
    QVERIFY(keyword.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(keyword.foreground().color() != text);
    const QTextCharFormat comment = formatOf(document, 4, u"# arrays"_s);
    QVERIFY(comment.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(comment.foreground().color() != keyword.foreground().color());
    const QTextCharFormat docstring = formatOf(document, 1, u"scatter-basic"_s);
    QCOMPARE(docstring, formatOf(document, 0, u"anyplot"_s));
    QVERIFY(docstring.hasProperty(QTextFormat::ForegroundBrush));

    auto *fallback = qobject_cast<FallbackHighlighter *>(view.highlighter());
    if (!fallback)
        QSKIP("Highlighted by KSyntaxHighlighting; the exact formats are FallbackHighlighter's");
    QCOMPARE(keyword, fallback->formatFor(Role::Keyword));
    QCOMPARE(comment, fallback->formatFor(Role::Comment));
    QCOMPARE(docstring, fallback->formatFor(Role::String));
    QCOMPARE(formatOf(document, 7, u"@dataclass"_s), fallback->formatFor(Role::Decorator));
    QCOMPARE(formatOf(document, 9, u"f\"{size"_s), fallback->formatFor(Role::String));
    QCOMPARE(formatOf(document, 10, u"0x1F"_s), fallback->formatFor(Role::Number));
}

void TestCodeView::switchingLanguageRehighlights()
{
    CodeView view;
    view.setCode(u"def f():\n    pass"_s, u"python"_s);
    QVERIFY(formatOf(view.editor()->document(), 0, u"def"_s).hasProperty(QTextFormat::ForegroundBrush));

    view.setCode(u"def: value\nimport: x"_s, u"yaml"_s);
    const QTextDocument *document = view.editor()->document();
    const QTextCharFormat key = formatOf(document, 0, u"def"_s);
    QVERIFY(key.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(formatOf(document, 1, u"import"_s), key); // both keys, no Python keyword left
    if (auto *fallback = qobject_cast<FallbackHighlighter *>(view.highlighter()))
        QCOMPARE(key, fallback->formatFor(Role::Key));

    // Plain text: a keyword looks like any other word.
    view.setCode(u"def f(): pass"_s, u"text"_s);
    QCOMPARE(formatOf(document, 0, u"def"_s), formatOf(document, 0, u"f()"_s));
}

void TestCodeView::darkPaletteSwitchesColors()
{
    CodeView view;
    view.setCode(pythonSample, u"python"_s);
    const QTextDocument *document = view.editor()->document();
    const QColor lightKeyword = formatOf(document, 8, u"def"_s).foreground().color();
    const QColor lightComment = formatOf(document, 4, u"# arrays"_s).foreground().color();

    view.setPalette(darkPalette());
    const QColor darkKeyword = formatOf(document, 8, u"def"_s).foreground().color();
    QVERIFY(darkKeyword != lightKeyword);
    QVERIFY(darkKeyword.lightness() > lightKeyword.lightness());
    QVERIFY(formatOf(document, 4, u"# arrays"_s).foreground().color() != lightComment);
    if (auto *fallback = qobject_cast<FallbackHighlighter *>(view.highlighter())) {
        QCOMPARE(fallback->theme(), FallbackHighlighter::Theme::Dark);
        QCOMPARE(formatOf(document, 8, u"def"_s), fallback->formatFor(Role::Keyword));
    }

    // New code keeps the theme; going back to light restores the colours.
    view.setCode(pythonSample, u"python"_s);
    QCOMPARE(formatOf(document, 8, u"def"_s).foreground().color(), darkKeyword);
    view.setPalette(lightPalette());
    QCOMPARE(formatOf(document, 8, u"def"_s).foreground().color(), lightKeyword);
}

// The colours follow the palette the view actually has. Qt 6.4 does not hand a new application
// palette to widgets that already exist (later versions do); either way the highlighting must
// match the view's own background, and a view created under a dark palette starts dark.
void TestCodeView::applicationPaletteSwitchesColors()
{
    CodeView existing;
    existing.setCode(pythonSample, u"python"_s);
    const QColor lightKeyword = formatOf(existing.editor()->document(), 8, u"def"_s).foreground().color();

    QApplication::setPalette(darkPalette());
    const auto restore = qScopeGuard([] { QApplication::setPalette(lightPalette()); });
    QCoreApplication::processEvents();

    CodeView created;
    created.setCode(pythonSample, u"python"_s);
    const QColor darkKeyword = formatOf(created.editor()->document(), 8, u"def"_s).foreground().color();
    QVERIFY(darkKeyword != lightKeyword);
    QVERIFY(darkKeyword.lightness() > lightKeyword.lightness());

    const bool existingIsDark
        = FallbackHighlighter::themeForPalette(existing.palette()) == FallbackHighlighter::Theme::Dark;
    QCOMPARE(formatOf(existing.editor()->document(), 8, u"def"_s).foreground().color(),
        existingIsDark ? darkKeyword : lightKeyword);
}

void TestCodeView::largeInput()
{
    // 20,000 lines, a triple-quoted string every 50 lines.
    QString code;
    code.reserve(20000 * 40);
    for (int i = 0; i < 20000; ++i) {
        switch (i % 50) {
        case 0:
            code += u"\"\"\"Block %1\n"_s.arg(i);
            break;
        case 1:
            code += u"  still a docstring, def not code\n"_s;
            break;
        case 2:
            code += u"\"\"\"\n"_s;
            break;
        default:
            code += u"def f%1(x=%1): return len(x)  # line %1\n"_s.arg(i);
        }
    }

    CodeView view;
    view.resize(800, 600);
    QElapsedTimer timer;
    timer.start();
    view.setCode(code, u"python"_s);
    qInfo("20,000 lines: setCode() returned after %lld ms", static_cast<long long>(timer.elapsed()));

    const QTextDocument *document = view.editor()->document();
    QCOMPARE(document->blockCount(), 20001);
    QCOMPARE(view.code(), code);
    const QTextCharFormat keyword = formatOf(document, 3, u"def"_s);
    QVERIFY(keyword.hasProperty(QTextFormat::ForegroundBrush));

    // The rest is highlighted from the event loop (FallbackHighlighter) or at once.
    const int last = 19999;
    if (auto *fallback = qobject_cast<FallbackHighlighter *>(view.highlighter())) {
        QVERIFY(!fallback->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(fallback->isComplete(), 20000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(formatOf(document, last, u"def"_s), keyword, 20000);
    qInfo("20,000 lines: all highlighted after %lld ms", static_cast<long long>(timer.elapsed()));
    for (const int block : { 4950, 10000, 19950 }) {
        QCOMPARE(formatOf(document, block + 1, u"def not code"_s), formatOf(document, block, u"Block"_s));
        QVERIFY(formatOf(document, block + 1, u"def not code"_s) != keyword);
        QCOMPARE(formatOf(document, block + 3, u"def"_s), keyword);
    }

    // Switching the theme re-highlights all of it.
    timer.restart();
    view.setPalette(darkPalette());
    qInfo("20,000 lines: palette switch returned after %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(formatOf(document, 3, u"def"_s).foreground().color() != keyword.foreground().color());
    QTRY_VERIFY_WITH_TIMEOUT(
        formatOf(document, last, u"def"_s).foreground().color() != keyword.foreground().color(), 20000);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.editor()->moveCursor(QTextCursor::End);
    QTest::qWait(50);
}

// New code while a large document is still being highlighted: the old steps must not leak into
// the new text, and the new text is highlighted to its end.
void TestCodeView::largeInputReplacedWhileHighlighting()
{
    QString big;
    for (int i = 0; i < 10000; ++i)
        big += u"x = '''\n"_s;
    CodeView view;
    view.setCode(big, u"python"_s);
    QString small;
    for (int i = 0; i < 3000; ++i)
        small += u"def f(): pass\n"_s;
    view.setCode(small, u"python"_s);
    const QTextDocument *document = view.editor()->document();
    const QTextCharFormat keyword = formatOf(document, 0, u"def"_s);
    QVERIFY(keyword.hasProperty(QTextFormat::ForegroundBrush));
    QTRY_COMPARE_WITH_TIMEOUT(formatOf(document, 2999, u"def"_s), keyword, 20000);
    QTest::qWait(20);
    QCOMPARE(formatOf(document, 2999, u"def"_s), keyword);
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
