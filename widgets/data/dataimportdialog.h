#pragma once

#include "dataimport.h"
#include "importsource.h"

#include <QDialog>

class DataTableModel;
class ImportOptionsForm;
class ImportPreviewer;
class ImportWarningModel;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

// File → Import data…: the options on the left, a live preview of the first rows on the right —
// as the typed table and as the raw text — and the warnings the preview met. Column types and names
// are overridden from the table's header. The dialog only previews; the import itself runs after it
// closes, on a worker, with progress in the status bar.
class DataImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DataImportDialog(const ImportSource &source, QWidget *parent = nullptr);
    ~DataImportDialog() override;

    ImportOptions options() const;
    void setOptions(const ImportOptions &options);
    const ImportSource &source() const;

    // For tests: the preview's state.
    ImportPreviewer *previewer() const { return m_previewer; }
    const DataTableModel *previewModel() const { return m_previewModel; }
    QString rawText() const;

private:
    void showPreview(const ImportResult &result);
    void showColumnMenu(const QPoint &position);
    void overrideType(int column, std::optional<ColumnType> type);
    void renameColumn(int column);
    void optionsEdited();

    ImportOptionsForm *m_form = nullptr;
    ImportPreviewer *m_previewer = nullptr;
    DataTableModel *m_previewModel = nullptr;
    ImportWarningModel *m_warningModel = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_warnings = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<int, ColumnType> m_typeOverrides;
    QHash<int, QString> m_renames;
};
