#include "speceditor.h"

#include "specdraftsession.h"
#include "specyamleditor.h"

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum ProblemRoles { FileRole = Qt::UserRole + 1, LineRole };
constexpr int tabMarkdown = 0;
constexpr int tabYaml = 1;
} // namespace

SpecEditor::SpecEditor(SpecDraftSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_markdownEditor = new QPlainTextEdit(this);
    m_markdownEditor->setFont(fixed);
    m_markdownEditor->setObjectName(u"markdownEditor"_s);
    m_yamlEditor = new SpecYamlEditor(this);
    m_yamlEditor->setFont(fixed);
    m_yamlEditor->setObjectName(u"yamlEditor"_s);
    m_yamlEditor->setVocabulary(session->vocabulary());
    m_markdownEditor->setPlainText(session->draft().markdown);
    m_yamlEditor->setPlainText(session->draft().yaml);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_markdownEditor, QString::fromLatin1(SpecDraftFiles::markdownName));
    m_tabs->addTab(m_yamlEditor, QString::fromLatin1(SpecDraftFiles::yamlName));

    m_preview = new QTextBrowser(this);
    m_preview->setOpenExternalLinks(false);
    m_preview->setObjectName(u"preview"_s);

    m_problemList = new QListWidget(this);
    m_problemList->setWordWrap(true); // messages are sentences: wrap them, never elide
    m_problemList->setResizeMode(QListView::Adjust);
    m_problemList->setUniformItemSizes(false);
    m_problemList->setIconSize(QSize(16, 16));
    m_problemList->setSpacing(1);
    m_problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemList->setObjectName(u"problemList"_s);

    m_similarList = new QTreeWidget(this);
    m_similarList->setHeaderLabels({tr("Match"), tr("Similar spec"), tr("Shared tags")});
    m_similarList->setRootIsDecorated(false);
    m_similarList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_similarList->setObjectName(u"similarList"_s);
    m_similarList->setToolTip(tr("Existing specs ranked by tag overlap and text similarity: check for duplicates "
                                 "before submitting. Double-click to open one."));

    auto *sidePanel = new QSplitter(Qt::Vertical, this);
    auto wrap = [this](const QString &title, QWidget *content) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box);
        layout->addWidget(label);
        layout->addWidget(content);
        return box;
    };
    sidePanel->addWidget(wrap(tr("Validation"), m_problemList));
    sidePanel->addWidget(wrap(tr("Similar specs"), m_similarList));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(wrap(tr("Preview"), m_preview));
    splitter->addWidget(sidePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undo = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_undo, m_redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolBar->addSeparator();
    QAction *newDraft = toolBar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("New Draft"));
    m_saveFolder = toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save as Spec Folder…"));
    m_submit = toolBar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Submit as Issue…"));
    QAction *discard = toolBar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Discard Draft"));
    connect(newDraft, &QAction::triggered, this, &SpecEditor::newDraftRequested);
    connect(m_saveFolder, &QAction::triggered, this, &SpecEditor::saveFolderRequested);
    connect(m_submit, &QAction::triggered, this, &SpecEditor::submitRequested);
    connect(discard, &QAction::triggered, this, &SpecEditor::discardRequested);
    connect(m_undo, &QAction::triggered, this, [this] { currentEditor()->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { currentEditor()->redo(); });

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_status = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // re-render after a short typing pause, not per key
    connect(m_previewTimer, &QTimer::timeout, this, &SpecEditor::refreshPreview);

    connect(m_markdownEditor, &QPlainTextEdit::textChanged, this, [this] {
        m_session->setMarkdown(m_markdownEditor->toPlainText());
        m_previewTimer->start();
    });
    connect(m_yamlEditor, &QPlainTextEdit::textChanged, this,
            [this] { m_session->setYaml(m_yamlEditor->toPlainText()); });
    for (QPlainTextEdit *editor : {m_markdownEditor, static_cast<QPlainTextEdit *>(m_yamlEditor)}) {
        connect(editor, &QPlainTextEdit::undoAvailable, this, &SpecEditor::updateUndoActions);
        connect(editor, &QPlainTextEdit::redoAvailable, this, &SpecEditor::updateUndoActions);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &SpecEditor::updateUndoActions);
    const auto jumpToItem = [this](QListWidgetItem *item) {
        if (item->data(LineRole).isValid())
            jumpTo(SpecDraftProblem::File(item->data(FileRole).toInt()), item->data(LineRole).toInt());
    };
    connect(m_problemList, &QListWidget::itemActivated, this, jumpToItem);
    connect(m_problemList, &QListWidget::itemClicked, this, jumpToItem);
    connect(m_similarList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openSpecRequested(item->data(0, Qt::UserRole).toString()); });

    connect(session, &SpecDraftSession::problemsChanged, this, &SpecEditor::showProblems);
    connect(session, &SpecDraftSession::similarChanged, this, &SpecEditor::showSimilar);
    connect(session, &SpecDraftSession::saved, this, [this](const QDateTime &when) {
        m_saveState = tr("Draft saved %1.").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat));
        updateStatus();
    });
    connect(session, &SpecDraftSession::saveFailed, this, [this](const QString &message) {
        m_saveState = tr("The draft could not be saved (%1); it stays open here and is retried.").arg(message);
        updateStatus();
    });
    connect(session, &SpecDraftSession::draftChanged, this, [this] {
        m_saveState = tr("Editing…");
        updateStatus();
    });

    showProblems();
    showSimilar();
    refreshPreview();
    updateUndoActions();
}

QPlainTextEdit *SpecEditor::currentEditor() const
{
    return m_tabs->currentIndex() == tabYaml ? static_cast<QPlainTextEdit *>(m_yamlEditor) : m_markdownEditor;
}

void SpecEditor::updateUndoActions()
{
    QPlainTextEdit *editor = currentEditor();
    m_undo->setEnabled(editor->document()->isUndoAvailable());
    m_redo->setEnabled(editor->document()->isRedoAvailable());
}

void SpecEditor::jumpTo(SpecDraftProblem::File file, int line)
{
    m_tabs->setCurrentIndex(file == SpecDraftProblem::File::Yaml ? tabYaml : tabMarkdown);
    QPlainTextEdit *editor = currentEditor();
    const QTextBlock block = editor->document()->findBlockByNumber(std::max(line, 1) - 1);
    if (block.isValid()) {
        QTextCursor cursor(block);
        editor->setTextCursor(cursor);
        editor->centerCursor();
    }
    editor->setFocus();
}

void SpecEditor::refreshPreview()
{
    m_previewTimer->stop();
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setMarkdown(m_session->draft().markdown);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void SpecEditor::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SpecEditor::showProblems()
{
    m_problemList->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const SpecDraftProblem &problem : m_session->problems()) {
        const QString file = problem.file == SpecDraftProblem::File::Yaml ? u".yaml"_s : u".md"_s;
        const QString where = problem.line > 0 ? tr("%1:%2").arg(file).arg(problem.line) : file;
        auto *item = new QListWidgetItem(
            problem.severity == SpecDraftProblem::Severity::Error ? errorIcon : warningIcon,
            where + u"  "_s + problem.message, m_problemList);
        item->setData(FileRole, int(problem.file));
        item->setData(LineRole, problem.line);
        item->setToolTip(tr("Click to go to the line"));
    }
    if (m_session->problems().isEmpty())
        new QListWidgetItem(tr("No problems: the draft follows every rule."), m_problemList);
    markProblemLines();
    updateStatus();
}

void SpecEditor::markProblemLines()
{
    auto marks = [this](QPlainTextEdit *editor, SpecDraftProblem::File file) {
        QList<QTextEdit::ExtraSelection> selections;
        for (const SpecDraftProblem &problem : m_session->problems()) {
            if (problem.file != file || problem.line <= 0)
                continue;
            const QTextBlock block = editor->document()->findBlockByNumber(problem.line - 1);
            if (!block.isValid())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(problem.severity == SpecDraftProblem::Severity::Error
                                                   ? QColor(0xD5, 0x5E, 0x00)
                                                   : QColor(0xE6, 0x9F, 0x00));
            selection.format.setToolTip(problem.message);
            selections.append(selection);
        }
        editor->setExtraSelections(selections);
    };
    marks(m_markdownEditor, SpecDraftProblem::File::Markdown);
    marks(m_yamlEditor, SpecDraftProblem::File::Yaml);
}

void SpecEditor::showSimilar()
{
    m_similarList->clear();
    if (!m_session->similarIndexReady()) {
        new QTreeWidgetItem(m_similarList, {QString(), tr("Indexing the catalog…")});
        return;
    }
    for (const SimilarSpec &similar : m_session->similar()) {
        auto *item = new QTreeWidgetItem(
            m_similarList, {QLocale().toString(similar.score * 100, 'f', 0) + u" %"_s,
                            u"%1 (%2)"_s.arg(similar.title, similar.specId), similar.sharedTags.join(u", "_s)});
        item->setData(0, Qt::UserRole, similar.specId);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, similar.sharedTags.join(u'\n'));
        item->setToolTip(0, tr("tags %1 %, text %2 %")
                                .arg(QLocale().toString(similar.tagScore * 100, 'f', 0),
                                     QLocale().toString(similar.textScore * 100, 'f', 0)));
    }
    if (m_session->similar().isEmpty())
        new QTreeWidgetItem(m_similarList, {QString(), tr("No similar spec in the catalog.")});
}

void SpecEditor::updateStatus()
{
    const SpecDraftProblems &problems = m_session->problems();
    const auto errors = std::count_if(problems.cbegin(), problems.cend(), [](const SpecDraftProblem &p) {
        return p.severity == SpecDraftProblem::Severity::Error;
    });
    const qsizetype warnings = problems.size() - errors;
    const QString counts = tr("%n error(s)", nullptr, int(errors)) + u", "_s + tr("%n warning(s)", nullptr, int(warnings));
    m_status->setText(m_saveState.isEmpty() ? counts : counts + u" · "_s + m_saveState);
    m_submit->setEnabled(errors == 0);
    m_saveFolder->setEnabled(errors == 0);
    const QString why = errors ? tr("Fix the errors in the validation list first.") : QString();
    m_submit->setToolTip(why.isEmpty() ? tr("Preview the GitHub issue, then create it") : why);
    m_saveFolder->setToolTip(why.isEmpty() ? tr("Write specification.md and specification.yaml into a checkout") : why);
}
