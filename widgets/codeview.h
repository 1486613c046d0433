#pragma once

#include "fallbackhighlighter.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QToolButton;

// Read-only, highlighted source code with line numbers, a title row and a one-click "Copy".
// Shows implementation code, specification Markdown/YAML and metadata. It is given strings and
// never reads files itself; a missing file is shown with setPlaceholder().
//
// Highlighting uses KSyntaxHighlighting when the build found it, FallbackHighlighter otherwise.
// Colours follow the widget palette (light or dark) and switch with it.
class CodeView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)

public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    // `language`: "python", "yaml", "markdown", "cpp" (and common aliases such as "py", "yml",
    // "md", "c++"); anything else is shown as plain text. Line endings are normalised to "\n".
    void setCode(const QString &code, const QString &language);
    QString code() const { return m_code; }
    QString language() const { return m_language; }

    // Shown on the left of the row above the code, e.g. the file name. Plain text.
    void setTitle(const QString &title);
    QString title() const;

    // Shows `message` instead of code (e.g. "Code file missing"); clears the code. The next
    // setCode() brings the code back.
    void setPlaceholder(const QString &message);
    bool isPlaceholderShown() const;
    QString placeholder() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QToolButton *copyButton() const { return m_copyButton; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

public Q_SLOTS:
    // Puts the whole code on the clipboard, shows "Copied" on the button for a moment.
    void copyToClipboard();

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLanguage();
    void updateColorTheme();
    void applyColorTheme();
    void ensureHighlighted();
    void showCopyFeedback(bool copied);
    QString languageDisplayName() const;

    QLabel *m_titleLabel;
    QLabel *m_languageLabel;
    QToolButton *m_copyButton;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_editor;
    QLabel *m_placeholderLabel;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QTimer *m_feedbackTimer;
    QString m_code;
    QString m_language;
    FallbackHighlighter::Language m_languageKind = FallbackHighlighter::Language::Plain;
    bool m_darkTheme = false;
};
