#pragma once

#include <QByteArrayView>

// Picks the delimiter of a delimited text file among , ; tab | and space: counts each candidate
// outside quotes on every record of a sample (up to `maxRecords`, never one line alone) and takes
// the one with the most consistent count per record; ties go to the rarer-in-data delimiter
// (tab, ;, |, then comma); space only when nothing else splits the lines.
class DelimiterSniffer
{
public:
    struct Result
    {
        char delimiter = ',';
        int fieldsPerRecord = 1; // the most common count (+1) for the chosen delimiter
        int recordsSeen = 0;
        bool found = false;      // false: no candidate splits the sample (one column)
    };

    static Result sniff(QByteArrayView utf8Sample, char quote, QByteArrayView commentPrefix, int maxRecords = 200,
                        bool sampleIsWholeFile = false);
};
