#pragma once

#include "dataimport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

// Edits the options of an import: the text, spreadsheet and JSON settings, each group shown for the
// formats it applies to. Per-column overrides are edited on the preview table, not here.
class ImportOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ImportOptionsForm(QWidget *parent = nullptr);

    ImportOptions options() const;
    // Shows `options`; without emitting optionsChanged().
    void setOptions(const ImportOptions &options);
    // After a preview: which groups apply, the sheets to choose from, what detection chose.
    void showDetected(const ImportResult &result);

Q_SIGNALS:
    void optionsChanged();

private:
    void addTextGroup();
    void addSpreadsheetGroup();
    void addJsonGroup();
    void updateGroups(const QString &format);

    ImportOptions m_base; // per-column overrides and the row limit pass through untouched
    bool m_updating = false;

    QComboBox *m_format = nullptr;
    QGroupBox *m_textGroup = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLineEdit *m_quote = nullptr;
    QComboBox *m_escape = nullptr;
    QSpinBox *m_skipLines = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QLineEdit *m_commentPrefix = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_thousands = nullptr;
    QLineEdit *m_missing = nullptr;
    QCheckBox *m_unixTimestamps = nullptr;
    QGroupBox *m_spreadsheetGroup = nullptr;
    QComboBox *m_sheet = nullptr;
    QLineEdit *m_cellRange = nullptr;
    QGroupBox *m_jsonGroup = nullptr;
    QLineEdit *m_recordPath = nullptr;
};
