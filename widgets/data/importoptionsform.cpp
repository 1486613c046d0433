#include "importoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Data of a combo item: the character it stands for; a null QChar means "detect".
void addCharItem(QComboBox *combo, const QString &label, QChar character)
{
    combo->addItem(label, character.isNull() ? QVariant() : QVariant(QString(character)));
}

QChar charOf(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText()) {
        const QString value = combo->itemData(index).toString();
        return value.isEmpty() ? QChar() : value.front();
    }
    // Typed by hand: its first character.
    const QString typed = combo->currentText();
    return typed.isEmpty() ? QChar() : typed.front();
}

void selectChar(QComboBox *combo, QChar character)
{
    const int index = combo->findData(character.isNull() ? QVariant() : QVariant(QString(character)));
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (combo->isEditable())
        combo->setEditText(QString(character));
}

QString visibleDelimiter(QChar delimiter)
{
    if (delimiter == u'\t')
        return ImportOptionsForm::tr("tab");
    if (delimiter == u' ')
        return ImportOptionsForm::tr("space");
    return QString(delimiter);
}
} // namespace

ImportOptionsForm::ImportOptionsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *formatForm = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("Detect"), int(ImportOptions::Format::Auto));
    m_format->addItem(tr("CSV / text"), int(ImportOptions::Format::Csv));
    m_format->addItem(tr("Excel (.xlsx)"), int(ImportOptions::Format::Xlsx));
    m_format->addItem(tr("OpenDocument (.ods)"), int(ImportOptions::Format::Ods));
    m_format->addItem(tr("JSON"), int(ImportOptions::Format::Json));
    formatForm->addRow(tr("&Format:"), m_format);
    layout->addLayout(formatForm);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    });

    addTextGroup();
    addSpreadsheetGroup();
    addJsonGroup();
    layout->addStretch(1);
    setOptions({});
}

void ImportOptionsForm::addTextGroup()
{
    m_textGroup = new QGroupBox(tr("Text"), this);
    auto *form = new QFormLayout(m_textGroup);
    const auto changed = [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    };

    m_encoding = new QComboBox(m_textGroup);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Windows-1252"_s, u"ISO-8859-1"_s})
        m_encoding->addItem(name, name);
    form->addRow(tr("&Encoding:"), m_encoding);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);

    m_delimiter = new QComboBox(m_textGroup);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->setEditable(true); // any other character can be typed
    addCharItem(m_delimiter, tr("Detect"), QChar());
    addCharItem(m_delimiter, tr("Comma ,"), u',');
    addCharItem(m_delimiter, tr("Semicolon ;"), u';');
    addCharItem(m_delimiter, tr("Tab"), u'\t');
    addCharItem(m_delimiter, tr("Pipe |"), u'|');
    addCharItem(m_delimiter, tr("Space"), u' ');
    form->addRow(tr("&Delimiter:"), m_delimiter);
    connect(m_delimiter, &QComboBox::currentTextChanged, this, changed);

    m_quote = new QLineEdit(m_textGroup);
    m_quote->setObjectName(u"quoteEdit"_s);
    m_quote->setMaxLength(1);
    m_quote->setMaximumWidth(40);
    form->addRow(tr("&Quote:"), m_quote);
    connect(m_quote, &QLineEdit::textEdited, this, changed);

    m_escape = new QComboBox(m_textGroup);
    m_escape->setObjectName(u"escapeCombo"_s);
    addCharItem(m_escape, tr("Doubled quote \"\""), QChar());
    addCharItem(m_escape, tr("Backslash \\"), u'\\');
    form->addRow(tr("E&scape:"), m_escape);
    connect(m_escape, &QComboBox::currentIndexChanged, this, changed);

    m_skipLines = new QSpinBox(m_textGroup);
    m_skipLines->setObjectName(u"skipLinesSpin"_s);
    m_skipLines->setRange(-1, 1'000'000);
    m_skipLines->setSpecialValueText(tr("Detect"));
    m_skipLines->setToolTip(tr("Lines before the header row: a title, notes, blank lines (Detect: from the field counts)"));
    form->addRow(tr("S&kip lines:"), m_skipLines);
    connect(m_skipLines, &QSpinBox::valueChanged, this, changed);

    m_headerRow = new QSpinBox(m_textGroup);
    m_headerRow->setObjectName(u"headerRowSpin"_s);
    m_headerRow->setRange(-1, 1'000'000);
    m_headerRow->setSpecialValueText(tr("No header"));
    m_headerRow->setToolTip(tr("The row holding the column names, counted after the skipped lines (0: the first)"));
    form->addRow(tr("&Header row:"), m_headerRow);
    connect(m_headerRow, &QSpinBox::valueChanged, this, changed);

    m_commentPrefix = new QLineEdit(m_textGroup);
    m_commentPrefix->setObjectName(u"commentEdit"_s);
    m_commentPrefix->setPlaceholderText(tr("none, e.g. #"));
    form->addRow(tr("&Comments:"), m_commentPrefix);
    connect(m_commentPrefix, &QLineEdit::textEdited, this, changed);

    m_decimal = new QComboBox(m_textGroup);
    m_decimal->setObjectName(u"decimalCombo"_s);
    addCharItem(m_decimal, tr("Detect"), QChar()); // '.' or ',' as the file's numbers use it
    addCharItem(m_decimal, tr("Point 1.5"), u'.');
    addCharItem(m_decimal, tr("Comma 1,5"), u',');
    form->addRow(tr("Deci&mal:"), m_decimal);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, changed);

    m_thousands = new QComboBox(m_textGroup);
    m_thousands->setObjectName(u"thousandsCombo"_s);
    addCharItem(m_thousands, tr("None"), QChar());
    addCharItem(m_thousands, tr("Comma 1,000"), u',');
    addCharItem(m_thousands, tr("Point 1.000"), u'.');
    addCharItem(m_thousands, tr("Space 1 000"), u' ');
    addCharItem(m_thousands, tr("Apostrophe 1'000"), u'\'');
    form->addRow(tr("&Thousands:"), m_thousands);
    connect(m_thousands, &QComboBox::currentIndexChanged, this, changed);

    m_missing = new QLineEdit(m_textGroup);
    m_missing->setObjectName(u"missingEdit"_s);
    m_missing->setToolTip(tr("Cells that mean \"no value\", separated by commas; an empty cell always does"));
    form->addRow(tr("Missin&g:"), m_missing);
    connect(m_missing, &QLineEdit::textEdited, this, changed);

    m_unixTimestamps = new QCheckBox(tr("Integers that look like Unix times are dates"), m_textGroup);
    m_unixTimestamps->setObjectName(u"unixTimestampsCheck"_s);
    form->addRow(m_unixTimestamps);
    connect(m_unixTimestamps, &QCheckBox::toggled, this, changed);

    layout()->addWidget(m_textGroup);
}

void ImportOptionsForm::addSpreadsheetGroup()
{
    m_spreadsheetGroup = new QGroupBox(tr("Spreadsheet"), this);
    auto *form = new QFormLayout(m_spreadsheetGroup);
    m_sheet = new QComboBox(m_spreadsheetGroup);
    m_sheet->setObjectName(u"sheetCombo"_s);
    form->addRow(tr("S&heet:"), m_sheet);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    });
    m_cellRange = new QLineEdit(m_spreadsheetGroup);
    m_cellRange->setObjectName(u"cellRangeEdit"_s);
    m_cellRange->setPlaceholderText(tr("used range, or e.g. B3:F200"));
    form->addRow(tr("Cell &range:"), m_cellRange);
    connect(m_cellRange, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    });
    layout()->addWidget(m_spreadsheetGroup);
}

void ImportOptionsForm::addJsonGroup()
{
    m_jsonGroup = new QGroupBox(tr("JSON"), this);
    auto *form = new QFormLayout(m_jsonGroup);
    m_recordPath = new QLineEdit(m_jsonGroup);
    m_recordPath->setObjectName(u"recordPathEdit"_s);
    m_recordPath->setPlaceholderText(tr("detect, or e.g. data.items"));
    form->addRow(tr("Record &path:"), m_recordPath);
    connect(m_recordPath, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    });
    layout()->addWidget(m_jsonGroup);
}

ImportOptions ImportOptionsForm::options() const
{
    ImportOptions options = m_base;
    options.format = ImportOptions::Format(m_format->currentData().toInt());
    options.encoding = m_encoding->currentData().toString();
    options.delimiter = charOf(m_delimiter);
    options.quote = m_quote->text().isEmpty() ? QChar() : m_quote->text().front();
    options.escape = charOf(m_escape);
    options.skipLines = m_skipLines->value();
    options.headerRow = m_headerRow->value();
    options.commentPrefix = m_commentPrefix->text();
    options.decimalSeparator = charOf(m_decimal);
    options.thousandsSeparator = charOf(m_thousands);
    // An empty cell is always missing; the field lists the others.
    options.missingMarkers = {QString()};
    for (const QString &marker : m_missing->text().split(u',', Qt::SkipEmptyParts))
        if (!marker.trimmed().isEmpty())
            options.missingMarkers.append(marker.trimmed());
    options.unixTimestamps = m_unixTimestamps->isChecked();
    options.sheet = m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString();
    options.cellRange = m_cellRange->text().trimmed();
    options.recordPath = m_recordPath->text().trimmed();
    return options;
}

void ImportOptionsForm::setOptions(const ImportOptions &options)
{
    m_updating = true;
    m_base = options;
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(options.format))));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(options.encoding)));
    selectChar(m_delimiter, options.delimiter);
    m_quote->setText(options.quote.isNull() ? QString() : QString(options.quote));
    selectChar(m_escape, options.escape);
    m_skipLines->setValue(options.skipLines);
    m_headerRow->setValue(options.headerRow);
    m_commentPrefix->setText(options.commentPrefix);
    selectChar(m_decimal, options.decimalSeparator);
    selectChar(m_thousands, options.thousandsSeparator);
    QStringList markers;
    for (const QString &marker : options.missingMarkers)
        if (!marker.isEmpty())
            markers.append(marker);
    m_missing->setText(markers.join(u", "_s));
    m_unixTimestamps->setChecked(options.unixTimestamps);
    m_cellRange->setText(options.cellRange);
    m_recordPath->setText(options.recordPath);
    m_updating = false;
}

void ImportOptionsForm::showDetected(const ImportResult &result)
{
    m_updating = true;
    updateGroups(result.format);
    // The "Detect" entries say what detection chose, so the user sees it without losing "detect".
    m_delimiter->setItemText(0, result.delimiter.isNull() ? tr("Detect")
                                                          : tr("Detect (%1)").arg(visibleDelimiter(result.delimiter)));
    m_encoding->setItemText(0, result.encoding.isEmpty() ? tr("Detect") : tr("Detect (%1)").arg(result.encoding));
    m_skipLines->setSpecialValueText(result.format == u"csv"_s ? tr("Detect (%1)").arg(result.skippedLines) : tr("Detect"));
    if (m_delimiter->currentIndex() == 0)
        m_delimiter->setEditText(m_delimiter->itemText(0));
    const QString chosenSheet = m_sheet->currentIndex() > 0 ? m_sheet->currentText() : m_base.sheet;
    m_sheet->clear();
    m_sheet->addItem(tr("First sheet"));
    m_sheet->addItems(result.sheets);
    m_sheet->setCurrentIndex(std::max(0, m_sheet->findText(chosenSheet)));
    m_updating = false;
}

void ImportOptionsForm::updateGroups(const QString &format)
{
    const bool spreadsheet = format == u"xlsx"_s || format == u"ods"_s;
    const bool json = format.startsWith(u"json"_s);
    m_textGroup->setVisible(!spreadsheet && !json);
    m_spreadsheetGroup->setVisible(spreadsheet);
    m_jsonGroup->setVisible(json);
}
