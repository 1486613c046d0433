#include "theme.h"

namespace {
const QList<QColor> &okabeIto()
{
    static const QList<QColor> colors{QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2),
                                      QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                      QColor(0xF0, 0xE4, 0x42)};
    return colors;
}
} // namespace

PlotTheme PlotTheme::light()
{
    return {Mode::Light, QColor(0xFA, 0xF8, 0xF1), QColor(0x1A, 0x1A, 0x17), okabeIto()};
}

PlotTheme PlotTheme::dark()
{
    return {Mode::Dark, QColor(0x1A, 0x1A, 0x17), QColor(0xF0, 0xEF, 0xE8), okabeIto()};
}

PlotTheme PlotTheme::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? dark() : light();
}

QColor PlotTheme::scoreColor(int score)
{
    const QList<QColor> &colors = okabeIto();
    if (score >= 90)
        return colors[0];
    if (score >= 80)
        return colors[4];
    return colors[1];
}
