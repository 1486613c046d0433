#include "codeview.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

#ifdef PLOTBENCH_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto copiedFeedbackDuration = 1500ms;
constexpr int gutterPadding = 6; // pixels left and right of the line numbers
constexpr int tabWidthInSpaces = 4;

#ifdef PLOTBENCH_HAVE_KSYNTAXHIGHLIGHTING
// Reading the syntax definitions is moderately expensive: one repository per process.
KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

QString definitionName(FallbackHighlighter::Language language)
{
    switch (language) {
    case FallbackHighlighter::Language::Python:
        return u"Python"_s;
    case FallbackHighlighter::Language::Yaml:
        return u"YAML"_s;
    case FallbackHighlighter::Language::Markdown:
        return u"Markdown"_s;
    case FallbackHighlighter::Language::Cpp:
        return u"C++"_s;
    case FallbackHighlighter::Language::Plain:
        break;
    }
    return {};
}
#endif

// The text area: a read-only QPlainTextEdit with a line-number gutter in its left viewport margin
// (the layout of Qt's "Code Editor" example).
class CodeEditor : public QPlainTextEdit
{
public:
    explicit CodeEditor(QWidget *parent);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateTabStop();

    QWidget *m_gutter;
};

class LineNumberGutter : public QWidget
{
public:
    explicit LineNumberGutter(CodeEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new LineNumberGutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setWordWrapMode(QTextOption::NoWrap);
    setUndoRedoEnabled(false);
    setLayoutDirection(Qt::LeftToRight); // code reads left to right in every locale
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateTabStop();

    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterWidth(); });
    connect(this, &QPlainTextEdit::updateRequest, this,
        [this](const QRect &rect, int dy) { updateGutter(rect, dy); });
    updateGutterWidth();
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int lines = std::max(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    digits = std::max(digits, 2); // no jump between 9 and 10 lines
    return 2 * gutterPadding + fontMetrics().horizontalAdvance(u'9') * digits;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::updateTabStop()
{
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(u' ') * tabWidthInSpaces);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateTabStop();
        updateGutterWidth();
    }
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &colors = palette();
    painter.fillRect(event->rect(), colors.color(QPalette::Window));
    painter.setPen(colors.color(QPalette::Mid));
    const int edge = m_gutter->width() - 1;
    painter.drawLine(edge, event->rect().top(), edge, event->rect().bottom());

    painter.setFont(font());
    painter.setPen(colors.color(QPalette::PlaceholderText));
    const int numberWidth = m_gutter->width() - gutterPadding;
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(QRectF(0, top, numberWidth, lineHeight), Qt::AlignRight | Qt::AlignTop,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new CodeEditor(m_stack))
    , m_placeholderLabel(new QLabel(m_stack))
    , m_feedbackTimer(new QTimer(this))
{
    // Titles are file names from the catalog: never interpret them as rich text.
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long names may shrink
    m_languageLabel->setTextFormat(Qt::PlainText);
    m_languageLabel->setForegroundRole(QPalette::PlaceholderText);

    const QIcon copyIcon = QIcon::fromTheme(u"edit-copy"_s);
    m_copyButton->setIcon(copyIcon);
    m_copyButton->setToolButtonStyle(
        copyIcon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAutoRaise(true);
    m_copyButton->setEnabled(false);
    // Wide enough for both texts, so the row does not jump when "Copied" shows.
    showCopyFeedback(true);
    const int copiedWidth = m_copyButton->sizeHint().width();
    showCopyFeedback(false);
    m_copyButton->setMinimumWidth(std::max(copiedWidth, m_copyButton->sizeHint().width()));
    connect(m_copyButton, &QToolButton::clicked, this, &CodeView::copyToClipboard);

    m_feedbackTimer->setSingleShot(true);
    m_feedbackTimer->setInterval(copiedFeedbackDuration);
    connect(m_feedbackTimer, &QTimer::timeout, this, [this] { showCopyFeedback(false); });

    m_editor->setAccessibleName(tr("Code"));
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setMargin(12);
    m_placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_placeholderLabel->setBackgroundRole(QPalette::Base);
    m_placeholderLabel->setAutoFillBackground(true);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_placeholderLabel);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 2);
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_languageLabel);
    header->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

#ifdef PLOTBENCH_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
#else
    m_highlighter = new FallbackHighlighter(m_editor->document());
#endif
    m_darkTheme = FallbackHighlighter::themeForPalette(palette()) == FallbackHighlighter::Theme::Dark;
    applyColorTheme();
    applyLanguage();
}

CodeView::~CodeView() = default;

void CodeView::setCode(const QString &code, const QString &language)
{
    m_code = code;
    if (m_code.contains(u'\r')) {
        m_code.replace(u"\r\n"_s, u"\n"_s);
        m_code.replace(u'\r', u'\n');
    }
    m_language = language;

    const FallbackHighlighter::Language kind = FallbackHighlighter::languageForName(language);
    if (kind != m_languageKind) {
        m_editor->clear(); // do not highlight the old code in the new language
        m_languageKind = kind;
        applyLanguage();
    }
    m_editor->setPlainText(m_code);
    ensureHighlighted();

    m_languageLabel->setText(languageDisplayName());
    m_stack->setCurrentWidget(m_editor);
    m_copyButton->setEnabled(!m_code.isEmpty());
    m_feedbackTimer->stop();
    showCopyFeedback(false);
}

void CodeView::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    m_titleLabel->setToolTip(title);
}

QString CodeView::title() const
{
    return m_titleLabel->text();
}

void CodeView::setPlaceholder(const QString &message)
{
    m_code.clear();
    m_editor->clear();
    m_placeholderLabel->setText(message);
    m_languageLabel->clear();
    m_stack->setCurrentWidget(m_placeholderLabel);
    m_copyButton->setEnabled(false);
    m_feedbackTimer->stop();
    showCopyFeedback(false);
}

bool CodeView::isPlaceholderShown() const
{
    return m_stack->currentWidget() == m_placeholderLabel;
}

QString CodeView::placeholder() const
{
    return isPlaceholderShown() ? m_placeholderLabel->text() : QString();
}

void CodeView::copyToClipboard()
{
    if (m_code.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_code);
    showCopyFeedback(true);
    m_feedbackTimer->start();
    Q_EMIT copied();
}

void CodeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        updateColorTheme();
        break;
    case QEvent::LanguageChange:
        showCopyFeedback(m_feedbackTimer->isActive());
        if (!isPlaceholderShown())
            m_languageLabel->setText(languageDisplayName());
        m_editor->setAccessibleName(tr("Code"));
        break;
    default:
        break;
    }
}

void CodeView::applyLanguage()
{
#ifdef PLOTBENCH_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    const QString name = definitionName(m_languageKind);
    highlighter->setDefinition(
        name.isEmpty() ? KSyntaxHighlighting::Definition() : syntaxRepository().definitionForName(name));
#else
    static_cast<FallbackHighlighter *>(m_highlighter)->setLanguage(m_languageKind);
#endif
}

void CodeView::updateColorTheme()
{
    const bool dark = FallbackHighlighter::themeForPalette(palette()) == FallbackHighlighter::Theme::Dark;
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    applyColorTheme();
}

void CodeView::applyColorTheme()
{
#ifdef PLOTBENCH_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    highlighter->setTheme(
        syntaxRepository().defaultTheme(m_darkTheme ? KSyntaxHighlighting::Repository::DarkTheme
                                                    : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
#else
    static_cast<FallbackHighlighter *>(m_highlighter)
        ->setTheme(m_darkTheme ? FallbackHighlighter::Theme::Dark : FallbackHighlighter::Theme::Light);
#endif
}

void CodeView::ensureHighlighted()
{
    // QSyntaxHighlighter defers its first pass over a document to the event loop, and some Qt
    // versions ignore edits until that pass ran. A view built and filled in one go (and every
    // test) wants the formats now: a block never highlighted has neither a state nor user data.
    const QTextBlock first = m_editor->document()->firstBlock();
    if (first.userState() == -1 && first.userData() == nullptr)
        m_highlighter->rehighlight();
}

void CodeView::showCopyFeedback(bool copied)
{
    m_copyButton->setText(copied ? tr("Copied") : tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the whole code to the clipboard"));
    m_copyButton->setAccessibleName(tr("Copy code"));
}

QString CodeView::languageDisplayName() const
{
    switch (m_languageKind) {
    case FallbackHighlighter::Language::Python:
        return tr("Python");
    case FallbackHighlighter::Language::Yaml:
        return tr("YAML");
    case FallbackHighlighter::Language::Markdown:
        return tr("Markdown");
    case FallbackHighlighter::Language::Cpp:
        return tr("C++");
    case FallbackHighlighter::Language::Plain:
        break;
    }
    return tr("Plain text");
}
