#include "excelnumberformat.h"

#include <cmath>

namespace ExcelNumberFormat {

bool isBuiltInDate(int id)
{
    // ECMA-376 §18.8.30 (14–22, 45–47) and the East Asian built-ins (27–36, 50–58).
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateCode(QStringView code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    // Only the first section decides (positive numbers); quoted text, escapes, fills and brackets
    // ([Red], [$-409], [>100]) are skipped. Elapsed times ([h], [mm], [ss]) are durations, not dates.
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        switch (c.unicode()) {
        case u';':
            return false;
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i;
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            const QStringView inside = code.sliced(i + 1, end - i - 1);
            bool elapsed = !inside.isEmpty();
            for (const QChar e : inside)
                elapsed = elapsed && (e == u'h' || e == u'H' || e == u'm' || e == u'M' || e == u's' || e == u'S');
            if (elapsed)
                return false;
            i = end;
            break;
        }
        default:
            switch (c.toLower().unicode()) {
            case u'd':
            case u'm':
            case u'y':
            case u'h':
            case u's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

std::optional<qint64> serialToMsecs(double serial, bool date1904)
{
    // 1900-01-01 … 9999-12-31; the 1904 system reaches back to 1900 with negative serials.
    if (!std::isfinite(serial) || serial < (date1904 ? -1462.0 : 0.0) || serial > 2958466.0)
        return std::nullopt;
    constexpr double msPerDay = 86400000.0;
    // Day 0 of each system, in days from 1970-01-01.
    double epoch = date1904 ? -24107.0 : -25569.0; // 1904-01-01, 1899-12-30
    // Lotus 1-2-3 counted 1900 as a leap year: serials 1–59 count from 1899-12-31 instead.
    if (!date1904 && serial >= 1 && serial < 60)
        epoch = -25568.0;
    return qint64(std::llround((serial + epoch) * msPerDay));
}

} // namespace ExcelNumberFormat
