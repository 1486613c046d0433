#include "previewimagewidget.h"

#include <QPainter>

PreviewImageWidget::PreviewImageWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(80, 45);
}

void PreviewImageWidget::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void PreviewImageWidget::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    update();
}

void PreviewImageWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}
