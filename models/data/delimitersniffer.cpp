#include "delimitersniffer.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace {
constexpr std::array<char, 5> candidates{'\t', ';', '|', ',', ' '};
} // namespace

DelimiterSniffer::Result DelimiterSniffer::sniff(QByteArrayView sample, char quote, QByteArrayView commentPrefix,
                                                 int maxRecords, bool sampleIsWholeFile)
{
    // Per record, the count of each candidate outside quotes.
    std::vector<std::array<int, candidates.size()>> counts;
    std::array<int, candidates.size()> current{};
    bool inQuote = false;
    bool recordEmpty = true;
    bool comment = false;
    // Spaces count as runs between fields (an aligned table pads with many), never at a line's
    // start or end.
    constexpr size_t space = candidates.size() - 1;
    bool afterSpace = false;
    bool textSeen = false;
    const char *p = sample.data();
    const char *end = p + sample.size();
    const char *recordStart = p;
    auto finish = [&] {
        if (afterSpace && current[space] > 0)
            --current[space]; // trailing spaces
        afterSpace = false;
        textSeen = false;
        if (!recordEmpty && !comment)
            counts.push_back(current);
        current = {};
        recordEmpty = true;
        comment = false;
    };
    for (; p < end && int(counts.size()) < maxRecords; ++p) {
        const char c = *p;
        if (recordEmpty && !inQuote && p == recordStart && !commentPrefix.isEmpty()
            && QByteArrayView(p, end - p).startsWith(commentPrefix))
            comment = true;
        if (quote && c == quote) {
            inQuote = !inQuote; // a doubled quote toggles twice
            recordEmpty = false;
            afterSpace = false;
            textSeen = true;
            continue;
        }
        if (inQuote)
            continue;
        if (c == '\n' || c == '\r') {
            finish();
            if (c == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            recordStart = p + 1;
            continue;
        }
        recordEmpty = false;
        for (size_t i = 0; i < space; ++i)
            current[i] += c == candidates[i];
        if (c == ' ') {
            current[space] += textSeen && !afterSpace;
            afterSpace = textSeen;
        } else {
            afterSpace = false;
            textSeen = true;
        }
    }
    // A record cut by the sample's end is no evidence, unless the sample is the whole file.
    if (p == end && (sampleIsWholeFile || counts.empty()))
        finish();

    Result result;
    result.recordsSeen = int(counts.size());
    if (counts.empty())
        return result;
    struct Score
    {
        double consistency = 0;
        int mode = 0;
    };
    std::array<Score, candidates.size()> scores{};
    for (size_t i = 0; i < candidates.size(); ++i) {
        std::map<int, int> frequency;
        for (const auto &record : counts)
            ++frequency[record[i]];
        int mode = 0, modeRecords = 0;
        for (const auto &[count, records] : frequency) {
            if (count > 0 && records > modeRecords) {
                mode = count;
                modeRecords = records;
            }
        }
        scores[i] = {double(modeRecords) / double(counts.size()), mode};
    }
    double best = 0;
    for (size_t i = 0; i + 1 < candidates.size(); ++i) // space is the last resort
        best = std::max(best, scores[i].consistency);
    int chosen = -1;
    if (best >= 0.5) {
        for (size_t i = 0; i + 1 < candidates.size(); ++i) {
            if (scores[i].mode > 0 && scores[i].consistency >= best - 0.05) {
                chosen = int(i);
                break;
            }
        }
    } else if (scores.back().consistency >= 0.5) {
        chosen = int(candidates.size() - 1);
    }
    if (chosen < 0)
        return result;
    result.delimiter = candidates[size_t(chosen)];
    result.fieldsPerRecord = scores[size_t(chosen)].mode + 1;
    result.found = true;
    return result;
}
