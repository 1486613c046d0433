#include "speccarddelegate.h"

#include "catalogmodel.h"
#include "previewimageloader.h"
#include "theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
// Card geometry in device-independent pixels. The thumbnail is 16:9 like anyplot's canvases.
constexpr int cellMargin = 6;    // half the gap between two cards
constexpr int thumbnailWidth = 240;
constexpr int thumbnailHeight = 135;
constexpr int padding = 10;      // inside the card, around the text
constexpr int lineGap = 3;
constexpr int titleLines = 2;
constexpr qreal cornerRadius = 6;

// Fonts may be sized in points or pixels (QApplication::setFont with a pixel size).
QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont idFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.9);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qRound(base.pixelSize() * 0.9));
    return font;
}

QFont smallFont(const QFont &base)
{
    return scaled(base, 0.9);
}

// Text that reads as secondary on any palette: the text colour halfway to the background.
QColor mutedColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                            (text.blueF() + base.blueF()) / 2);
}

// Draws text word-wrapped on at most maxLines lines, the last one elided.
void drawWrappedElided(QPainter *painter, const QRect &rect, const QFont &font, const QString &text, int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (i == maxLines - 1)
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, rect.width());
        else
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();

    painter->setFont(font);
    int y = rect.top();
    for (const QString &line : std::as_const(lines)) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
}
} // namespace

SpecCardDelegate::SpecCardDelegate(PreviewImageLoader *loader, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_loader(loader)
{
}

QSize SpecCardDelegate::cardSize(const QWidget *widget) const
{
    const QFont base = widget ? widget->font() : QApplication::font();
    const int textHeight = QFontMetrics(titleFont(base)).lineSpacing() * titleLines + lineGap
        + QFontMetrics(idFont(base)).lineSpacing() + lineGap + QFontMetrics(smallFont(base)).lineSpacing();
    return {thumbnailWidth + 2 * cellMargin,
            thumbnailHeight + padding + textHeight + padding + 2 * cellMargin};
}

QSize SpecCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cardSize(option.widget);
}

void SpecCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const bool focused = opt.state & QStyle::State_HasFocus;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRect card = opt.rect.adjusted(cellMargin, cellMargin, -cellMargin, -cellMargin);
    const QRectF cardF = QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath cardPath;
    cardPath.addRoundedRect(cardF, cornerRadius, cornerRadius);
    painter->fillPath(cardPath, palette.color(QPalette::Base));

    // Thumbnail, clipped to the card's rounded top.
    const QRect thumbnailRect(card.left(), card.top(), card.width(), thumbnailHeight);
    painter->save();
    painter->setClipPath(cardPath);
    paintThumbnail(painter, thumbnailRect, opt, index.data(CatalogModel::PreviewPathRole).toString());
    painter->restore();
    paintScoreBadge(painter, thumbnailRect, opt, index.data(CatalogModel::BestScoreRole).toInt());

    // Texts.
    const QRect textRect(card.left() + padding, thumbnailRect.bottom() + 1 + padding,
                         card.width() - 2 * padding, card.bottom() - thumbnailRect.bottom() - 2 * padding);
    const QFont title = titleFont(opt.font);
    const QFont id = idFont(opt.font);
    const QFont small = smallFont(opt.font);
    const QColor muted = mutedColor(palette);

    painter->setPen(palette.color(QPalette::Text));
    drawWrappedElided(painter, textRect, title, index.data(CatalogModel::TitleRole).toString(), titleLines);

    int y = textRect.top() + QFontMetrics(title).lineSpacing() * titleLines + lineGap;
    const QFontMetrics idMetrics(id);
    painter->setFont(id);
    painter->setPen(muted);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), idMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      idMetrics.elidedText(index.data(CatalogModel::SpecIdRole).toString(), Qt::ElideMiddle,
                                           textRect.width()));
    y += idMetrics.lineSpacing() + lineGap;

    const QFontMetrics smallMetrics(small);
    const int libraries = index.data(CatalogModel::LibraryCountRole).toInt();
    const QString librariesText = libraries > 0 ? tr("%n libraries", "card: implementing libraries", libraries)
                                                : tr("No implementations yet");
    // Last change on the right, so "Recently updated" sorting explains itself.
    const QDateTime updated = index.data(CatalogModel::UpdatedRole).toDateTime();
    const QString updatedText = updated.isValid()
        ? QLocale().toString(updated.toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    const int updatedWidth = updatedText.isEmpty() ? 0 : smallMetrics.horizontalAdvance(updatedText);
    const QRect lineRect(textRect.left(), y, textRect.width(), smallMetrics.height());
    painter->setFont(small);
    painter->drawText(lineRect.adjusted(0, 0, -(updatedWidth + (updatedWidth ? 8 : 0)), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(librariesText, Qt::ElideRight,
                                              textRect.width() - updatedWidth - (updatedWidth ? 8 : 0)));
    if (!updatedText.isEmpty())
        painter->drawText(lineRect, Qt::AlignRight | Qt::AlignVCenter, updatedText);

    // Border last, over the thumbnail's edge: selection and focus must stay visible on any picture.
    QColor border = palette.color(QPalette::Mid);
    border.setAlphaF(0.45f);
    qreal borderWidth = 1;
    if (selected) {
        border = palette.color(QPalette::Highlight);
        borderWidth = 2;
    } else if (focused) {
        border = palette.color(QPalette::Highlight);
        border.setAlphaF(0.7f);
        borderWidth = 1.5;
    } else if (hovered) {
        border = palette.color(QPalette::Highlight);
        border.setAlphaF(0.5f);
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = borderWidth / 2;
    painter->drawRoundedRect(QRectF(card).adjusted(inset, inset, -inset, -inset), cornerRadius, cornerRadius);

    painter->restore();
}

void SpecCardDelegate::paintThumbnail(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
                                      const QString &previewPath) const
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize pixelSize = (QSizeF(rect.size()) * dpr).toSize();
    QImage image;
    if (m_loader && !previewPath.isEmpty())
        image = m_loader->thumbnail(previewPath, pixelSize);
    if (image.isNull()) {
        const bool loading = m_loader && m_loader->isLoading(previewPath, pixelSize);
        paintPlaceholder(painter, rect, option, !loading);
        return;
    }
    // Letterbox square pictures in the 16:9 slot on the picture's own corner colour, so the
    // bands blend into the plot's background.
    painter->fillRect(rect, image.pixelColor(0, 0));
    QSizeF shown = QSizeF(image.size()) / dpr;
    shown.scale(QSizeF(rect.size()), Qt::KeepAspectRatio);
    const QRectF target(rect.left() + (rect.width() - shown.width()) / 2,
                        rect.top() + (rect.height() - shown.height()) / 2, shown.width(), shown.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, image);
    // A hairline under the picture separates it from the text on light plots.
    QColor line = option.palette.color(QPalette::Mid);
    line.setAlphaF(0.3f);
    painter->setPen(QPen(line, 1));
    painter->drawLine(QPointF(rect.left(), rect.bottom() + 0.5), QPointF(rect.right() + 1, rect.bottom() + 0.5));
}

void SpecCardDelegate::paintPlaceholder(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
                                        bool withText) const
{
    const QPalette &palette = option.palette;
    painter->fillRect(rect, palette.color(QPalette::AlternateBase));

    // A faint bar chart glyph: reads as "a plot goes here" without pretending to be one.
    QColor ink = mutedColor(palette);
    ink.setAlphaF(0.45f);
    const int glyphHeight = rect.height() / 3;
    const int glyphWidth = glyphHeight * 4 / 3;
    const int textHeight = withText ? QFontMetrics(smallFont(option.font)).height() + 6 : 0;
    const QRect glyph(rect.center().x() - glyphWidth / 2, rect.center().y() - (glyphHeight + textHeight) / 2,
                      glyphWidth, glyphHeight);
    painter->setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(glyph.bottomLeft(), glyph.bottomRight());
    painter->drawLine(glyph.bottomLeft(), glyph.topLeft());
    const qreal heights[] = {0.45, 0.75, 0.55, 0.9};
    const qreal slot = (glyph.width() - 6) / 4.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    for (int i = 0; i < 4; ++i) {
        const qreal h = (glyph.height() - 4) * heights[i];
        painter->drawRoundedRect(QRectF(glyph.left() + 6 + i * slot + slot * 0.15, glyph.bottom() - 2 - h,
                                        slot * 0.7, h),
                                 1.5, 1.5);
    }
    painter->setBrush(Qt::NoBrush);

    if (withText) {
        painter->setFont(smallFont(option.font));
        painter->setPen(mutedColor(palette));
        painter->drawText(QRect(rect.left(), glyph.bottom() + 6, rect.width(), textHeight),
                          Qt::AlignHCenter | Qt::AlignTop, tr("No preview"));
    }
}

void SpecCardDelegate::paintScoreBadge(QPainter *painter, const QRect &thumbnailRect,
                                       const QStyleOptionViewItem &option, int score) const
{
    if (score < 0)
        return;
    QFont font = smallFont(option.font);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QString text = QString::number(score);
    const int height = metrics.height() + 4;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
    const QRect badge(thumbnailRect.right() - 8 - width + 1, thumbnailRect.top() + 8, width, height);

    painter->setPen(Qt::NoPen);
    painter->setBrush(PlotTheme::scoreColor(score));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    // White on the green and vermilion, dark ink on the light orange: both readable.
    const QColor fill = PlotTheme::scoreColor(score);
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    painter->setPen(luminance > 0.5 ? QColor(0x1A, 0x1A, 0x17) : QColor(Qt::white));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->setBrush(Qt::NoBrush);
}
