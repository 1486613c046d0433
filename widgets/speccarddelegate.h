#pragma once

#include <QColor>
#include <QPointer>
#include <QStyledItemDelegate>

class PreviewImageLoader;

// Paints one spec of the browser grid as a card: thumbnail (or a placeholder drawn from the
// palette), title on up to two lines, the spec id in a muted monospace, the number of libraries and
// a badge with the best quality score. Reads CatalogModel roles only.
class SpecCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SpecCardDelegate(PreviewImageLoader *loader, QObject *parent = nullptr);

    // The size of every card (the grid uses uniform item sizes), from the widget's fonts.
    QSize cardSize(const QWidget *widget) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;


private:
    void paintThumbnail(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
                        const QString &previewPath) const;
    void paintPlaceholder(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
                          bool withText) const;
    void paintScoreBadge(QPainter *painter, const QRect &thumbnailRect, const QStyleOptionViewItem &option,
                         int score) const;

    QPointer<PreviewImageLoader> m_loader;
};
