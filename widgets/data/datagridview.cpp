#include "datagridview.h"

#include "datatablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

// The row numbers at the left: the file's line of each shown row, whatever the sort.
class DataGridView::RowNumbers : public QWidget
{
public:
    explicit RowNumbers(DataGridView *grid)
        : QWidget(grid)
        , m_grid(grid)
    {
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().button());
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const DataTableModel *model = m_grid->model();
        if (!model)
            return;
        const int first = m_grid->firstVisibleRow();
        const int last = std::min(model->rowCount() - 1, first + m_grid->visibleRowCount());
        const int top = m_grid->viewport()->y() - y();
        for (int row = first; row <= last; ++row) {
            const QRect cell(0, top + (row - first) * m_grid->rowHeight(), width() - 4, m_grid->rowHeight());
            painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, model->headerData(row, Qt::Vertical).toString());
        }
    }

private:
    DataGridView *m_grid;
};

DataGridView::DataGridView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    m_rowHeight = fontMetrics().height() + 6;
    m_header = new QHeaderView(Qt::Horizontal, this);
    m_header->setSectionsClickable(true);
    m_header->setSortIndicatorShown(true);
    m_header->setSortIndicator(-1, Qt::AscendingOrder); // the file's order until a click
    m_header->setHighlightSections(true);
    m_header->setDefaultSectionSize(120);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        updateScrollBars();
        viewport()->update();
    });
    connect(m_header, &QHeaderView::sectionMoved, viewport(), qOverload<>(&QWidget::update));
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (m_model && column >= 0)
            m_model->sort(column, order);
    });
    m_rowNumbers = new RowNumbers(this);
    verticalScrollBar()->setSingleStep(3);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void DataGridView::setModel(DataTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_header->setModel(model);
    m_currentRow = m_currentColumn = -1;
    if (model) {
        const auto refresh = [this] {
            updateGeometries();
            viewport()->update();
            m_rowNumbers->update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, [this, refresh] {
            m_currentRow = m_currentColumn = -1;
            m_header->setSortIndicator(-1, Qt::AscendingOrder);
            verticalScrollBar()->setValue(0);
            fitColumnsToContents();
            refresh();
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    }
    if (model)
        fitColumnsToContents();
    updateGeometries();
}

void DataGridView::fitColumnsToContents()
{
    // Measured on the first rows only: a column of ten million values is not scanned for its widest.
    constexpr int sampledRows = 100;
    const int rows = std::min(m_model->rowCount(), sampledRows);
    const QFontMetrics metrics = fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        for (int row = 0; row < rows; ++row)
            width = std::max(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 12);
        m_header->resizeSection(column, std::clamp(width, 60, 320));
    }
}

void DataGridView::sortByColumn(int column, Qt::SortOrder order)
{
    m_header->setSortIndicator(column, order); // sortIndicatorChanged starts the sort
}

int DataGridView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int DataGridView::visibleRowCount() const
{
    return viewport()->height() / m_rowHeight + 1;
}

void DataGridView::scrollToRow(int row)
{
    const int first = firstVisibleRow();
    const int fullyVisible = std::max(1, viewport()->height() / m_rowHeight);
    if (row < first)
        verticalScrollBar()->setValue(row);
    else if (row >= first + fullyVisible)
        verticalScrollBar()->setValue(row - fullyVisible + 1);
}

void DataGridView::scrollToColumn(int column)
{
    if (column < 0 || column >= m_header->count())
        return;
    const int left = m_header->sectionPosition(column);
    const int right = left + m_header->sectionSize(column);
    QScrollBar *bar = horizontalScrollBar();
    if (left < bar->value())
        bar->setValue(left);
    else if (right > bar->value() + viewport()->width())
        bar->setValue(right - viewport()->width());
}

void DataGridView::setCurrentCell(int row, int column)
{
    if (!m_model || m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return;
    m_currentRow = std::clamp(row, 0, m_model->rowCount() - 1);
    m_currentColumn = std::clamp(column, 0, m_model->columnCount() - 1);
    scrollToRow(m_currentRow);
    scrollToColumn(m_currentColumn);
    viewport()->update();
}

QRect DataGridView::cellRect(int row, int column) const
{
    return {m_header->sectionViewportPosition(column), (row - firstVisibleRow()) * m_rowHeight,
            m_header->sectionSize(column), m_rowHeight};
}

void DataGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (!m_model)
        return;
    const int first = firstVisibleRow();
    const int last = std::min(m_model->rowCount() - 1, first + visibleRowCount());
    const int leftColumn = std::max(0, m_header->logicalIndexAt(event->rect().left()));
    int rightColumn = m_header->logicalIndexAt(event->rect().right());
    if (rightColumn < 0)
        rightColumn = m_header->count() - 1;
    const QPalette &colors = palette();
    const QColor grid = colors.color(QPalette::Mid);
    const QColor missing = colors.color(QPalette::Disabled, QPalette::Text);
    for (int row = first; row <= last; ++row) {
        const int y = (row - first) * m_rowHeight;
        if (row % 2)
            painter.fillRect(0, y, viewport()->width(), m_rowHeight, colors.alternateBase());
        for (int visual = m_header->visualIndex(leftColumn); visual <= m_header->visualIndex(rightColumn); ++visual) {
            const int column = m_header->logicalIndex(visual);
            if (column < 0 || m_header->isSectionHidden(column))
                continue;
            const QRect cell = cellRect(row, column);
            const QModelIndex index = m_model->index(row, column);
            const bool current = row == m_currentRow && column == m_currentColumn;
            if (current)
                painter.fillRect(cell, colors.highlight());
            painter.setPen(grid);
            painter.drawLine(cell.topRight(), cell.bottomRight());
            const QRect text = cell.adjusted(4, 0, -4, 0);
            if (index.data(DataTableModel::IsMissingRole).toBool()) {
                painter.setPen(missing);
                painter.drawText(text, Qt::AlignCenter, u"·"_s); // missing: visibly empty
                continue;
            }
            painter.setPen(current ? colors.color(QPalette::HighlightedText) : colors.color(QPalette::Text));
            const QVariant alignment = index.data(Qt::TextAlignmentRole);
            const int flags = alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter);
            painter.drawText(text, flags,
                             painter.fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        }
    }
}

void DataGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
}

void DataGridView::scrollContentsBy(int dx, int)
{
    if (dx != 0)
        m_header->setOffset(horizontalScrollBar()->value());
    viewport()->update();
    m_rowNumbers->update();
}

void DataGridView::updateGeometries()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int numberWidth = fontMetrics().horizontalAdvance(QString::number(std::max(rows, 1))) + 12;
    const int headerHeight = m_header->sizeHint().height();
    setViewportMargins(numberWidth, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);
    m_rowNumbers->setGeometry(area.left() - numberWidth, area.top(), numberWidth, area.height());
    updateScrollBars();
}

void DataGridView::updateScrollBars()
{
    // Counted in rows: pixel offsets of 100 million rows would overflow an int.
    const int rows = m_model ? m_model->rowCount() : 0;
    const int fullyVisible = std::max(1, viewport()->height() / m_rowHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows - fullyVisible));
    verticalScrollBar()->setPageStep(fullyVisible);
    horizontalScrollBar()->setRange(0, std::max(0, m_header->length() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
}

void DataGridView::mousePressEvent(QMouseEvent *event)
{
    const int column = m_header->logicalIndexAt(event->position().toPoint().x());
    const int row = firstVisibleRow() + event->position().toPoint().y() / m_rowHeight;
    if (m_model && column >= 0 && row < m_model->rowCount())
        setCurrentCell(row, column);
    QAbstractScrollArea::mousePressEvent(event);
}

void DataGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        if (m_model && m_currentRow >= 0)
            QApplication::clipboard()->setText(m_model->index(m_currentRow, m_currentColumn).data().toString());
        return;
    }
    const int page = std::max(1, viewport()->height() / m_rowHeight);
    const int row = std::max(0, m_currentRow), column = std::max(0, m_currentColumn);
    switch (event->key()) {
    case Qt::Key_Up: setCurrentCell(row - 1, column); break;
    case Qt::Key_Down: setCurrentCell(m_currentRow < 0 ? 0 : row + 1, column); break;
    case Qt::Key_Left: setCurrentCell(row, column - 1); break;
    case Qt::Key_Right: setCurrentCell(row, m_currentColumn < 0 ? 0 : column + 1); break;
    case Qt::Key_PageUp: setCurrentCell(row - page, column); break;
    case Qt::Key_PageDown: setCurrentCell(row + page, column); break;
    case Qt::Key_Home: setCurrentCell(event->modifiers() & Qt::ControlModifier ? 0 : row, 0); break;
    case Qt::Key_End:
        setCurrentCell(event->modifiers() & Qt::ControlModifier ? INT_MAX : row, m_model ? m_model->columnCount() - 1 : 0);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool DataGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const QPoint position = static_cast<QHelpEvent *>(event)->pos();
        const int column = m_header->logicalIndexAt(position.x());
        const int row = firstVisibleRow() + position.y() / m_rowHeight;
        if (column >= 0 && row < m_model->rowCount()) {
            const QModelIndex index = m_model->index(row, column);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip.isEmpty() ? index.data().toString() : tip, viewport());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}
