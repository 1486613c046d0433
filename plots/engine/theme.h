#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

// anyplot's visual style (CONTRACTS.md §1): the Okabe-Ito series order and the light and dark
// canvas colours, so that everything Plotbench draws sits naturally next to anyplot's images.
struct PlotTheme
{
    enum class Mode { Light, Dark };

    Mode mode = Mode::Light;
    QColor background;
    QColor ink;
    QList<QColor> series; // Okabe-Ito: green, vermillion, blue, reddish purple, orange, sky blue, yellow

    static PlotTheme light();
    static PlotTheme dark();
    // Light or dark after the palette's window colour, as the app theme is.
    static PlotTheme forPalette(const QPalette &palette);

    // Quality badges: ≥ 90 green, ≥ 80 orange, below that vermillion (anyplot's approval rounds).
    static QColor scoreColor(int score);
};
