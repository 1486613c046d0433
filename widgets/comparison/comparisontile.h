#pragma once

#include "review.h"

#include <QFrame>
#include <QImage>

#include <optional>

class NativeChartView;
class PreviewImageWidget;
class QLabel;

// What a tile's header says about one implementation.
struct ComparisonTileInfo
{
    QString libraryId;
    QString libraryName;
    QString versions;              // "matplotlib 3.6.3 · Python 3.11"
    std::optional<int> score;
    Verdict verdict = Verdict::None;
    bool native = false;           // our live Qt Charts tile
};

// One implementation in the comparison grid: library, versions, quality badge and verdict above
// its picture — the published preview, or for the native tile the live chart. A click or Enter
// opens it large (activated()); the grid moves the focus between tiles with the arrow keys.
class ComparisonTile : public QFrame
{
    Q_OBJECT
public:
    explicit ComparisonTile(const ComparisonTileInfo &info, QWidget *parent = nullptr);

    const ComparisonTileInfo &info() const { return m_info; }
    void setVersions(const QString &versions);
    void setPreview(const QImage &image);
    void setPreviewMessage(const QString &message);
    PreviewImageWidget *previewWidget() const { return m_preview; }
    NativeChartView *chartView() const { return m_chartView; } // native tiles only
    QLabel *badge() const { return m_badge; }
    QLabel *verdictLabel() const { return m_verdict; }

    static QString badgeStyle(int score);

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFrame();

    ComparisonTileInfo m_info;
    QLabel *m_title;
    QLabel *m_versions;
    QLabel *m_badge;
    QLabel *m_verdict;
    PreviewImageWidget *m_preview = nullptr;
    NativeChartView *m_chartView = nullptr;
};
