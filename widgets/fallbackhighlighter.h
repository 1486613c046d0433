#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;
class QTimer;

// A small, fast syntax highlighter for the languages the catalog ships: Python (implementations),
// YAML (specification and metadata), Markdown (specifications) and C++ (our native plots).
// Used by CodeView when KSyntaxHighlighting is not available. Each language is one tokenizing
// regular expression compiled once per process; multi-line constructs (triple-quoted strings,
// /* */ comments, fenced code, YAML block scalars) carry over through the block state.
//
// A pass over a large document highlights the first blocksPerStep blocks at once and the rest in
// steps of that size from the event loop, so a long file never holds up the GUI thread.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Plain, Python, Yaml, Markdown, Cpp };
    Q_ENUM(Language)

    // Picked from the palette, see themeForPalette().
    enum class Theme { Light, Dark };
    Q_ENUM(Theme)

    // What a stretch of text is; each role has one character format per theme.
    enum class Role {
        Keyword,
        Builtin,
        Function, // names of defined or called functions, defined classes
        String,
        Comment,
        Number,
        Constant, // True/None/nullptr, YAML booleans and null
        Decorator, // Python decorators, YAML anchors, aliases and tags
        Preprocessor, // C++ directives and Q_ macros, YAML directives
        Key, // YAML mapping keys
        Heading, // Markdown headings
        Strong, // Markdown **bold**
        Emphasis, // Markdown *italic*
        Code, // Markdown `code` and fenced blocks
        Marker, // list bullets and dashes, block-scalar indicators, fences, quotes
        Link, // Markdown links
    };
    Q_ENUM(Role)
    static constexpr int roleCount = static_cast<int>(Role::Link) + 1;
    static constexpr int blocksPerStep = 2000;

    explicit FallbackHighlighter(QTextDocument *document);

    Language language() const { return m_language; }
    // Re-highlights the document when the language changes.
    void setLanguage(Language language);

    Theme theme() const { return m_theme; }
    // Re-highlights the document when the theme changes.
    void setTheme(Theme theme);

    // The format this highlighter applies to text of the given role in the current theme.
    QTextCharFormat formatFor(Role role) const { return m_formats[static_cast<int>(role)]; }

    // Whether every block of the document has been highlighted (see blocksPerStep).
    bool isComplete() const;

    // "python"/"py", "yaml"/"yml", "markdown"/"md", "cpp"/"c++"/…, case-insensitive; else Plain.
    static Language languageForName(QStringView name);
    // Dark when the palette's window colour is dark.
    static Theme themeForPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightNextStep();
    void highlightPython(const QString &text);
    void highlightCpp(const QString &text);
    void highlightYaml(const QString &text);
    void highlightYamlValue(const QString &text, int from, int blockIndent);
    void highlightMarkdown(const QString &text);
    void highlightMarkdownInline(const QString &text, int from);
    void apply(int start, int length, Role role);
    void buildFormats();

    Language m_language = Language::Plain;
    Theme m_theme = Theme::Light;
    std::array<QTextCharFormat, roleCount> m_formats;
    int m_highlightLimit = blocksPerStep - 1; // the last block the running pass may highlight yet
    QTimer *m_stepTimer;
};
