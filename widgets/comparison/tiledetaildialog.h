#pragma once

#include "comparisontile.h"
#include "implementation.h"

#include <QDialog>

#include <memory>

class CodeView;
class CriteriaModel;
class NativeChartView;
class QChart;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class ZoomableImageView;

// One tile, large: the picture (zoom, pan) or the live native chart, and tabs with the code
// (highlighted, copy), the review (image description, strengths, weaknesses, the criteria
// checklist as a tree) and the implementation tags. Given what to show; loads nothing itself.
class TileDetailDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileDetailDialog(QWidget *parent = nullptr);

    void setInfo(const ComparisonTileInfo &info);
    void setImage(const QImage &image);
    void setImageMessage(const QString &message);
    void setChart(std::unique_ptr<QChart> chart, const QString &message = {});
    void setCode(const QString &code, const QString &language, const QString &title);
    void setCodeMessage(const QString &message);
    void setReview(const Review &review);
    void setTags(const ImplementationTags &tags);
    // One more tab after Tags (the run-locally panel); replaces the previous one; null removes it.
    void setExtraTab(QWidget *panel, const QString &title);
    QWidget *extraTab() const { return m_extraTab; }

    QTabWidget *tabs() const { return m_tabs; }
    CodeView *codeView() const { return m_codeView; }
    QTreeView *criteriaView() const { return m_criteriaView; }
    CriteriaModel *criteriaModel() const { return m_criteriaModel; }
    QTextBrowser *reviewText() const { return m_reviewText; }
    QTextBrowser *tagsText() const { return m_tagsText; }
    ZoomableImageView *imageView() const { return m_imageView; }
    NativeChartView *chartView() const { return m_chartView; }

    static QString reviewHtml(const Review &review);
    static QString tagsHtml(const ImplementationTags &tags);

private:
    QLabel *m_header;
    QStackedWidget *m_pictureStack;
    ZoomableImageView *m_imageView;
    QLabel *m_imageMessage;
    NativeChartView *m_chartView;
    QTabWidget *m_tabs;
    CodeView *m_codeView;
    QTextBrowser *m_reviewText;
    QTreeView *m_criteriaView;
    CriteriaModel *m_criteriaModel;
    QTextBrowser *m_tagsText;
    QWidget *m_extraTab = nullptr;
};
