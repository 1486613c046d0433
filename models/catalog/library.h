#pragma once

#include <QList>
#include <QString>

// A plotting library known to anyplot (or to us: the native QtCharts implementation).
struct Library
{
    QString id;        // file stem: letsplot
    QString name;      // display name: lets-plot
    QString language;  // python, cpp
    QString version;
    QString documentationUrl;
    QString description;
    bool interactive = false; // also produces HTML

    // The nine anyplot libraries and our own, with display names and documentation links.
    static const QList<Library> &known();
    static Library byId(const QString &id);
    friend bool operator==(const Library &, const Library &) = default;
};
