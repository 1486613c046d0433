#pragma once

#include <QAbstractScrollArea>

class DataTableModel;
class QHeaderView;

// A read-only grid for tables of any length. QTableView keeps a header entry per row — 10 million
// rows cost it about 80 MB and a few hundred milliseconds on the GUI thread before the first frame —
// so this view computes row positions instead: scrolling is counted in rows, and a frame paints only
// the rows on screen. Columns use an ordinary QHeaderView (resizable, click to sort).
class DataGridView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit DataGridView(QWidget *parent = nullptr);

    void setModel(DataTableModel *model);
    DataTableModel *model() const { return m_model; }
    QHeaderView *horizontalHeader() const { return m_header; }

    void sortByColumn(int column, Qt::SortOrder order);
    int rowHeight() const { return m_rowHeight; }
    int firstVisibleRow() const;
    int visibleRowCount() const;
    void scrollToRow(int row);
    void scrollToColumn(int column);
    int currentRow() const { return m_currentRow; }
    int currentColumn() const { return m_currentColumn; }
    void setCurrentCell(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class RowNumbers;
    void fitColumnsToContents();
    void updateGeometries();
    void updateScrollBars();
    QRect cellRect(int row, int column) const;

    DataTableModel *m_model = nullptr;
    QHeaderView *m_header = nullptr;
    RowNumbers *m_rowNumbers = nullptr;
    int m_rowHeight = 20;
    int m_currentRow = -1;
    int m_currentColumn = -1;
};
