#pragma once

#include "specdraftvalidator.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class SpecDraftSession;
class SpecYamlEditor;

// The spec editor for contributors: specification.md and specification.yaml side by side with the
// rendered preview, the live validation list (click to jump to the line), the similar specs
// ranked as the draft changes, and undo/redo. A view of a SpecDraftSession: the session
// validates, ranks and autosaves; submitting and saving a folder are requests to the owner.
class SpecEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SpecEditor(SpecDraftSession *session, QWidget *parent = nullptr);

    SpecDraftSession *session() const { return m_session; }
    QPlainTextEdit *markdownEditor() const { return m_markdownEditor; }
    SpecYamlEditor *yamlEditor() const { return m_yamlEditor; }
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *problemList() const { return m_problemList; }
    QTreeWidget *similarList() const { return m_similarList; }
    QTabWidget *sourceTabs() const { return m_tabs; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *submitAction() const { return m_submit; }
    QAction *saveFolderAction() const { return m_saveFolder; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *noticeLabel() const { return m_notice; }

    // Puts the cursor at the start of a 1-based line of one file and focuses that editor.
    void jumpTo(SpecDraftProblem::File file, int line);
    // Shows the newest preview now instead of after the short typing pause.
    void refreshPreview();
    // A line above the editors ("Restored the draft you were writing on …"); empty hides it.
    void setNotice(const QString &text);

Q_SIGNALS:
    void submitRequested();
    void saveFolderRequested();
    void newDraftRequested();
    void discardRequested();
    void openSpecRequested(const QString &specId);

private:
    QPlainTextEdit *currentEditor() const;
    void updateUndoActions();
    void showProblems();
    void showSimilar();
    void updateStatus();
    void markProblemLines();

    SpecDraftSession *m_session;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_markdownEditor = nullptr;
    SpecYamlEditor *m_yamlEditor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QListWidget *m_problemList = nullptr;
    QTreeWidget *m_similarList = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_saveFolder = nullptr;
    QTimer *m_previewTimer = nullptr;
    QString m_saveState;
};
