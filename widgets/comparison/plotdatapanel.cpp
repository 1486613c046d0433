#include "plotdatapanel.h"

#include "plotmapping.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlotDataPanel::PlotDataPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"plotDataPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Plot my data</b>"), this);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    auto *rolesBox = new QGroupBox(tr("Data roles"), this);
    m_form = new QFormLayout(rolesBox);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"mappingProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    m_png = new QPushButton(tr("PNG…"), this);
    m_png->setToolTip(tr("Export as PNG: choose size and resolution (default 4800×2700, 300 dpi)"));
    m_svg = new QPushButton(tr("SVG…"), this);
    m_pdf = new QPushButton(tr("PDF…"), this);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image"));
    connect(m_png, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(ChartExport::Format::Png); });
    connect(m_svg, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(ChartExport::Format::Svg); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(ChartExport::Format::Pdf); });
    connect(m_copy, &QPushButton::clicked, this, &PlotDataPanel::copyRequested);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_png);
    exportRow->addWidget(m_svg);
    exportRow->addWidget(m_pdf);
    exportRow->addWidget(m_copy);

    layout->addWidget(title);
    layout->addWidget(m_source);
    layout->addWidget(rolesBox);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Export the native chart:"), this));
    layout->addLayout(exportRow);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportStatus);
}

void PlotDataPanel::setExportEnabled(bool enabled)
{
    for (QPushButton *button : {m_png, m_svg, m_pdf, m_copy})
        button->setEnabled(enabled);
}

void PlotDataPanel::setExportStatus(const QString &message, bool ok)
{
    m_exportStatus->setText(ok ? message : tr("Export failed: %1").arg(message));
}

QString PlotDataPanel::roleText(const PlotDataRole &role)
{
    return role.optional ? tr("%1 (%2, optional)").arg(role.name, PlotMapping::kindDisplayName(role.kind))
                         : tr("%1 (%2)").arg(role.name, PlotMapping::kindDisplayName(role.kind));
}

void PlotDataPanel::setRoles(const QList<PlotDataRole> &roles)
{
    m_roles = roles;
    rebuildRows();
    autoMap();
}

void PlotDataPanel::setTable(DataTablePtr table, const QString &source)
{
    m_table = std::move(table);
    m_source->setText(m_table ? tr("%1: %n rows", nullptr, int(m_table->rowCount())).arg(source) : tr("No data"));
    rebuildRows();
    autoMap();
}

void PlotDataPanel::rebuildRows()
{
    m_updating = true;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();
    for (const PlotDataRole &role : std::as_const(m_roles)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"roleCombo_"_s + role.name);
        combo->addItem(role.optional ? tr("— not used —") : tr("— choose a column —"), qsizetype(-1));
        if (m_table) {
            for (qsizetype c = 0; c < m_table->columnCount(); ++c) {
                const DataColumn &column = m_table->column(c);
                const bool fits = PlotMapping::accepts(role.kind, column.type());
                combo->addItem(fits ? tr("%1 (%2)").arg(column.name(), columnTypeDisplayName(column.type()))
                                    : tr("%1 (%2, does not fit)").arg(column.name(), columnTypeDisplayName(column.type())),
                               c);
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                Q_EMIT mappingChanged();
        });
        auto *label = new QLabel(roleText(role), this);
        label->setToolTip(role.meaning);
        combo->setToolTip(role.meaning);
        m_form->addRow(label, combo);
        m_combos.insert(role.name, combo);
    }
    m_updating = false;
}

void PlotDataPanel::autoMap()
{
    if (!m_table) {
        Q_EMIT mappingChanged(); // nothing to map: the chart still says why it is empty
        return;
    }
    const PlotColumnMapping mapping = PlotMapping::autoMap(m_roles, *m_table);
    m_updating = true;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const qsizetype column = mapping.value(it.key(), -1);
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(column)));
    }
    m_updating = false;
    Q_EMIT mappingChanged();
}

PlotColumnMapping PlotDataPanel::mapping() const
{
    PlotColumnMapping mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const qsizetype column = it.value()->currentData().value<qsizetype>();
        if (column >= 0)
            mapping.insert(it.key(), column);
    }
    return mapping;
}

void PlotDataPanel::setColumn(const QString &role, qsizetype column)
{
    if (QComboBox *combo = m_combos.value(role))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

void PlotDataPanel::setProblems(const QList<PlotProblem> &problems)
{
    if (problems.isEmpty()) {
        m_problems->setText(tr("Every role is mapped; nothing to report."));
        return;
    }
    QStringList lines;
    for (const PlotProblem &p : problems) {
        // `name` → <code>name</code>; the message is ours, but column names come from the file.
        QString html = p.message.toHtmlEscaped();
        bool open = true;
        for (qsizetype i = html.indexOf(u'`'); i >= 0; i = html.indexOf(u'`', i)) {
            html.replace(i, 1, open ? u"<code>"_s : u"</code>"_s);
            open = !open;
        }
        lines.append((p.fatal ? u"<span style='color:#D55E00'>✖ "_s : u"<span>⚠ "_s) + html + u"</span>"_s);
    }
    m_problems->setText(lines.join(u"<br>"_s));
}
