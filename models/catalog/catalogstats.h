#pragma once

#include "catalog.h"

#include <QJsonObject>
#include <QMap>

// The figures `plotbench catalog stats` prints: counts per library and language, the quality
// distribution, how every file was accounted for, and the warnings by kind.
struct CatalogStats
{
    int specs = 0;
    int implementations = 0;
    int emptySpecs = 0; // specs with no implementation
    int withoutCode = 0;
    QMap<QString, int> byLibrary;
    QMap<QString, int> byLanguage;
    QMap<QString, int> byVerdict;
    int scored = 0;
    double minScore = 0;
    double medianScore = 0;
    double maxScore = 0;
    QMap<QString, int> scoreBands; // "<50", "50-59", … "90-100"
    CatalogFileCounts files;
    QMap<QString, int> warningsByKind;
    CatalogWarnings warnings;

    static CatalogStats compute(const Catalog &catalog);
    QJsonObject toJson() const;
    QString toText() const;
};
