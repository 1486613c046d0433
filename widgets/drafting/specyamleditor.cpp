#include "specyamleditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &tagItemPattern()
{
    static const QRegularExpression pattern(u"^\\s+-\\s*([^#]*)$"_s);
    return pattern;
}
} // namespace

SpecYamlEditor::SpecYamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel); // keep "most used first"
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SpecYamlEditor::insertCompletion);
}

void SpecYamlEditor::setVocabulary(const SpecTagVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
}

std::optional<SpecTagCategory> SpecYamlEditor::tagCategoryAt(int blockNumber) const
{
    QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || !tagItemPattern().match(block.text()).hasMatch())
        return std::nullopt;
    static const QRegularExpression key(u"^(\\s*)([a-z_]+)\\s*:\\s*(#.*)?$"_s);
    const int itemIndent = int(block.text().indexOf(u'-'));
    for (block = block.previous(); block.isValid(); block = block.previous()) {
        const QString text = block.text();
        if (text.trimmed().isEmpty() || text.trimmed().startsWith(u'#') || tagItemPattern().match(text).hasMatch())
            continue;
        const QRegularExpressionMatch m = key.match(text);
        if (!m.hasMatch() || m.capturedLength(1) == 0 || m.capturedLength(1) > itemIndent)
            return std::nullopt;
        for (int c = 0; c < specTagCategoryCount; ++c)
            if (m.captured(2) == QLatin1StringView(specTagCategoryKeys[c])) {
                // …and that key must sit under `tags:`
                for (QTextBlock up = block.previous(); up.isValid(); up = up.previous()) {
                    const QRegularExpressionMatch parent = key.match(up.text());
                    if (parent.hasMatch() && parent.capturedLength(1) < m.capturedLength(1))
                        return parent.captured(2) == u"tags"_s ? std::optional(SpecTagCategory(c)) : std::nullopt;
                }
                return std::nullopt;
            }
        return std::nullopt;
    }
    return std::nullopt;
}

QString SpecYamlEditor::currentTagPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString beforeCursor = cursor.block().text().left(cursor.positionInBlock());
    const QRegularExpressionMatch m = tagItemPattern().match(beforeCursor);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool SpecYamlEditor::showCompletion()
{
    const std::optional<SpecTagCategory> category = tagCategoryAt(textCursor().blockNumber());
    if (!category) {
        m_completer->popup()->hide();
        return false;
    }
    m_completionModel->setStringList(m_vocabulary.values(*category));
    m_completer->setCompletionPrefix(currentTagPrefix());
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return true;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    return true;
}

void SpecYamlEditor::insertCompletion(const QString &value)
{
    QTextCursor cursor = textCursor();
    const QString prefix = currentTagPrefix();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(value);
    setTextCursor(cursor);
}

void SpecYamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }
    const bool explicitRequest = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!explicitRequest)
        QPlainTextEdit::keyPressEvent(event);
    const bool typedWordCharacter = !event->text().isEmpty() && (event->text()[0].isLetterOrNumber()
                                                                  || event->text()[0] == u'-');
    if (explicitRequest || (typedWordCharacter && !currentTagPrefix().isEmpty())
        || (event->key() == Qt::Key_Backspace && m_completer->popup()->isVisible()))
        showCompletion();
    else if (m_completer->popup()->isVisible() && !typedWordCharacter)
        m_completer->popup()->hide();
}
