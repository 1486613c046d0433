#include "tiledetaildialog.h"

#include "codeview.h"
#include "criteriamodel.h"
#include "nativechartview.h"
#include "theme.h"
#include "zoomableimageview.h"

#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString listHtml(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}
} // namespace

TileDetailDialog::TileDetailDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"tileDetailDialog"_s);
    setSizeGripEnabled(true);
    resize(1400, 860);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);

    m_pictureStack = new QStackedWidget(this);
    m_imageView = new ZoomableImageView(m_pictureStack);
    m_imageMessage = new QLabel(m_pictureStack);
    m_imageMessage->setAlignment(Qt::AlignCenter);
    m_imageMessage->setWordWrap(true);
    m_chartView = new NativeChartView(m_pictureStack);
    m_pictureStack->addWidget(m_imageView);
    m_pictureStack->addWidget(m_imageMessage);
    m_pictureStack->addWidget(m_chartView);
    m_pictureStack->setCurrentWidget(m_imageMessage);

    m_tabs = new QTabWidget(this);
    m_codeView = new CodeView(m_tabs);
    m_tabs->addTab(m_codeView, tr("Code"));

    auto *review = new QSplitter(Qt::Vertical, m_tabs);
    m_reviewText = new QTextBrowser(review);
    m_reviewText->setObjectName(u"reviewText"_s);
    m_criteriaModel = new CriteriaModel(this);
    m_criteriaView = new QTreeView(review);
    m_criteriaView->setObjectName(u"criteriaTree"_s);
    m_criteriaView->setModel(m_criteriaModel);
    m_criteriaView->setAlternatingRowColors(true);
    m_criteriaView->setUniformRowHeights(true);
    m_criteriaView->setWordWrap(true);
    m_criteriaView->header()->setSectionResizeMode(CriteriaModel::NameColumn, QHeaderView::ResizeToContents);
    m_criteriaView->header()->setSectionResizeMode(CriteriaModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_criteriaView->header()->setStretchLastSection(true);
    review->addWidget(m_reviewText);
    review->addWidget(m_criteriaView);
    review->setStretchFactor(0, 1);
    review->setStretchFactor(1, 1);
    m_tabs->addTab(review, tr("Review"));

    m_tagsText = new QTextBrowser(m_tabs);
    m_tagsText->setObjectName(u"tagsText"_s);
    m_tabs->addTab(m_tagsText, tr("Tags"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pictureStack);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The tabs' text would otherwise take most of the width: the picture gets three fifths.
    splitter->setSizes({840, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
}

void TileDetailDialog::setInfo(const ComparisonTileInfo &info)
{
    setWindowTitle(info.libraryName);
    QString header = u"<b style='font-size:large'>%1</b> &nbsp; %2"_s.arg(info.libraryName.toHtmlEscaped(),
                                                                         info.versions.toHtmlEscaped());
    if (info.score)
        header += u" &nbsp; <span style='background:%1;color:white'>&nbsp;%2&nbsp;</span>"_s.arg(
            PlotTheme::scoreColor(*info.score).name()).arg(*info.score);
    if (info.verdict != Verdict::None)
        header += u" &nbsp; "_s + Review::verdictText(info.verdict).toHtmlEscaped();
    m_header->setText(header);
}

void TileDetailDialog::setImage(const QImage &image)
{
    m_imageView->setImage(image);
    m_pictureStack->setCurrentWidget(m_imageView);
}

void TileDetailDialog::setImageMessage(const QString &message)
{
    m_imageMessage->setText(message);
    m_pictureStack->setCurrentWidget(m_imageMessage);
}

void TileDetailDialog::setChart(std::unique_ptr<QChart> chart, const QString &message)
{
    m_chartView->setNativeChart(std::move(chart), message);
    m_pictureStack->setCurrentWidget(m_chartView);
    m_chartView->setFocus();
}

void TileDetailDialog::setCode(const QString &code, const QString &language, const QString &title)
{
    m_codeView->setTitle(title);
    m_codeView->setCode(code, language);
}

void TileDetailDialog::setCodeMessage(const QString &message)
{
    m_codeView->setPlaceholder(message);
}

QString TileDetailDialog::reviewHtml(const Review &review)
{
    if (review.isEmpty())
        return tr("<p>This implementation has no review.</p>");
    QString html;
    if (!review.imageDescription.isEmpty())
        html += u"<h3>"_s + tr("Image description") + u"</h3><pre style='white-space:pre-wrap'>"_s
                + review.imageDescription.toHtmlEscaped() + u"</pre>"_s;
    if (!review.strengths.isEmpty())
        html += u"<h3>"_s + tr("Strengths") + u"</h3>"_s + listHtml(review.strengths);
    if (!review.weaknesses.isEmpty())
        html += u"<h3>"_s + tr("Weaknesses") + u"</h3>"_s + listHtml(review.weaknesses);
    if (!review.improvements.isEmpty())
        html += u"<h3>"_s + tr("Improvements") + u"</h3>"_s + listHtml(review.improvements);
    return html;
}

QString TileDetailDialog::tagsHtml(const ImplementationTags &tags)
{
    if (tags.isEmpty())
        return tr("<p>No implementation tags.</p>");
    static const std::array<const char *, implTagCategoryCount> titles{
        QT_TRANSLATE_NOOP("TileDetailDialog", "Dependencies"), QT_TRANSLATE_NOOP("TileDetailDialog", "Techniques"),
        QT_TRANSLATE_NOOP("TileDetailDialog", "Patterns"), QT_TRANSLATE_NOOP("TileDetailDialog", "Data preparation"),
        QT_TRANSLATE_NOOP("TileDetailDialog", "Styling")};
    QString html;
    for (int c = 0; c < implTagCategoryCount; ++c) {
        const QStringList &values = tags.lists[size_t(c)];
        if (values.isEmpty())
            continue;
        html += u"<h4>"_s + tr(titles[size_t(c)]) + u"</h4><p>"_s;
        QStringList chips;
        for (const QString &v : values)
            chips.append(u"<code>"_s + v.toHtmlEscaped() + u"</code>"_s);
        html += chips.join(u" &nbsp; "_s) + u"</p>"_s;
    }
    return html;
}

void TileDetailDialog::setReview(const Review &review)
{
    m_reviewText->setHtml(reviewHtml(review));
    m_criteriaModel->setCriteria(review.criteria);
    m_criteriaView->setVisible(!review.criteria.isEmpty());
    m_criteriaView->expandToDepth(0);
}

void TileDetailDialog::setTags(const ImplementationTags &tags)
{
    m_tagsText->setHtml(tagsHtml(tags));
}

void TileDetailDialog::setExtraTab(QWidget *panel, const QString &title)
{
    if (m_extraTab) {
        m_tabs->removeTab(m_tabs->indexOf(m_extraTab));
        m_extraTab->deleteLater();
    }
    m_extraTab = panel;
    if (panel)
        m_tabs->addTab(panel, title);
}
