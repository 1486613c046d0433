#pragma once

#include <QImage>
#include <QWidget>

// A preview picture scaled to fit (aspect kept, centred), or a message while there is none
// ("Loading…", "No preview on this machine"). Given images; never loads them.
class PreviewImageWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewImageWidget(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setMessage(const QString &message); // clears the image
    const QImage &image() const { return m_image; }
    const QString &message() const { return m_message; }

    QSize sizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_message;
};
