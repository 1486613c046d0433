#include "exportimagedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

ExportImageDialog::ExportImageDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export PNG"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_dpi = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    m_dpi->setRange(24, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    auto *presets = new QHBoxLayout;
    const auto addPreset = [&](const QString &text, QSize size, int dpi) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, [this, size, dpi] {
            m_width->setValue(size.width());
            m_height->setValue(size.height());
            m_dpi->setValue(dpi);
        });
        presets->addWidget(button);
    };
    addPreset(tr("anyplot 16:9"), {4800, 2700}, 300);
    addPreset(tr("anyplot square"), {3600, 3600}, 300);
    addPreset(tr("Screen"), {1600, 900}, 96);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(presets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setOptions(ChartExportOptions());
}

void ExportImageDialog::setOptions(const ChartExportOptions &options)
{
    m_width->setValue(options.pixels.width());
    m_height->setValue(options.pixels.height());
    m_dpi->setValue(options.dpi);
}

ChartExportOptions ExportImageDialog::options() const
{
    ChartExportOptions options;
    options.pixels = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}
