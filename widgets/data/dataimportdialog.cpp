#include "dataimportdialog.h"

#include "datatablemodel.h"
#include "importoptionsform.h"
#include "importpreviewer.h"
#include "importwarningmodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr ColumnType allTypes[] = {ColumnType::Integer, ColumnType::Float, ColumnType::Boolean,
                                   ColumnType::DateTime, ColumnType::Categorical, ColumnType::Text};

// Tabs and the end of each line made visible, so the delimiter and stray spaces can be seen.
QString visibleWhitespace(const QString &text)
{
    QString shown = text;
    shown.replace(u'\t', u"→\t"_s);
    shown.replace(u'\r', u"␍"_s);
    return shown;
}
} // namespace

DataImportDialog::DataImportDialog(const ImportSource &source, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"dataImportDialog"_s);
    setWindowTitle(tr("Import %1").arg(source.displayName));
    resize(1100, 680);

    m_previewer = new ImportPreviewer(this);
    m_form = new ImportOptionsForm(this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(300);

    m_previewModel = new DataTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setModel(m_previewModel);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click a column to set its type or rename it"));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &DataImportDialog::showColumnMenu);

    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(u"rawText"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->addTab(m_raw, tr("&Raw text"));

    m_warningModel = new ImportWarningModel(this);
    m_warnings = new QTableView(this);
    m_warnings->setObjectName(u"previewWarnings"_s);
    m_warnings->setModel(m_warningModel);
    m_warnings->horizontalHeader()->setStretchLastSection(true);
    m_warnings->verticalHeader()->hide();
    m_warnings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_warnings->setMaximumHeight(140);

    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_tabs, 1);
    previewLayout->addWidget(m_status);
    previewLayout->addWidget(m_warnings);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(formScroll);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_form, &ImportOptionsForm::optionsChanged, this, &DataImportDialog::optionsEdited);
    connect(m_previewer, &ImportPreviewer::previewStarted, this, [this] { m_status->setText(tr("Reading…")); });
    connect(m_previewer, &ImportPreviewer::previewReady, this, &DataImportDialog::showPreview);
    // A dialog detects what it can, the decimal separator too (the command line defaults to '.').
    ImportOptions detectEverything;
    detectEverything.decimalSeparator = QChar();
    m_form->setOptions(detectEverything);
    m_previewer->setOptions(m_form->options());
    m_previewer->setSource(source);
}

DataImportDialog::~DataImportDialog() = default;

const ImportSource &DataImportDialog::source() const
{
    return m_previewer->source();
}

ImportOptions DataImportDialog::options() const
{
    ImportOptions options = m_form->options();
    options.typeOverrides = m_typeOverrides;
    options.renames = m_renames;
    options.maxRows = -1;
    return options;
}

void DataImportDialog::setOptions(const ImportOptions &options)
{
    m_typeOverrides = options.typeOverrides;
    m_renames = options.renames;
    m_form->setOptions(options);
    m_previewer->setOptions(this->options());
}

QString DataImportDialog::rawText() const
{
    return m_raw->toPlainText();
}

void DataImportDialog::optionsEdited()
{
    m_previewer->setOptions(options());
}

void DataImportDialog::showPreview(const ImportResult &result)
{
    m_form->showDetected(result);
    m_previewModel->setTable(result.table);
    m_warningModel->setWarnings(result.warnings);
    m_warnings->resizeColumnToContents(ImportWarningModel::Location);
    m_raw->setPlainText(visibleWhitespace(result.rawText));
    m_tabs->setTabEnabled(1, !result.rawText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(result.error.isEmpty() && result.table);

    if (!result.error.isEmpty()) {
        m_status->setText(tr("Cannot read this file: %1").arg(result.error));
        return;
    }
    const qsizetype shown = result.table ? result.table->rowCount() : 0;
    const qsizetype columns = result.table ? result.table->columnCount() : 0;
    QString status = result.totalRows > shown
                         ? tr("First %1 of %2 rows, %n column(s)", nullptr, int(columns))
                               .arg(QLocale().toString(shown), QLocale().toString(result.totalRows))
                         : tr("%1 rows, %n column(s)", nullptr, int(columns)).arg(QLocale().toString(shown));
    status += u" · "_s + result.format.toUpper();
    if (!result.encoding.isEmpty())
        status += u" · "_s + result.encoding;
    if (!result.warnings.isEmpty())
        status += u" · "_s + tr("%n warning(s)", nullptr, int(result.warnings.size()));
    m_status->setText(status);
}

void DataImportDialog::showColumnMenu(const QPoint &position)
{
    const int column = m_table->horizontalHeader()->logicalIndexAt(position);
    if (column < 0)
        return;
    QMenu menu(this);
    QMenu *typeMenu = menu.addMenu(tr("&Type"));
    QAction *detect = typeMenu->addAction(tr("Detect"), this, [this, column] { overrideType(column, std::nullopt); });
    detect->setCheckable(true);
    detect->setChecked(!m_typeOverrides.contains(column));
    typeMenu->addSeparator();
    for (ColumnType type : allTypes) {
        QAction *action = typeMenu->addAction(columnTypeDisplayName(type), this,
                                              [this, column, type] { overrideType(column, type); });
        action->setCheckable(true);
        action->setChecked(m_typeOverrides.value(column, ColumnType(-1)) == type);
    }
    menu.addAction(tr("&Rename…"), this, [this, column] { renameColumn(column); });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void DataImportDialog::overrideType(int column, std::optional<ColumnType> type)
{
    if (type)
        m_typeOverrides.insert(column, *type);
    else
        m_typeOverrides.remove(column);
    m_previewer->setOptions(options());
}

void DataImportDialog::renameColumn(int column)
{
    bool ok = false;
    const QString current = m_previewModel->headerData(column, Qt::Horizontal).toString();
    const QString name = QInputDialog::getText(this, tr("Rename Column"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty() || name == current)
        return;
    m_renames.insert(column, name.trimmed());
    m_previewer->setOptions(options());
}
