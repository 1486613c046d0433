#include "sharedsamples.h"

#include "plotinput.h"
#include "plotstatistics.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SharedSamples {

DataTablePtr streamedHoursByDevice(std::uint64_t seed)
{
    PlotStatistics::SampleRandom random(seed);
    QList<QDateTime> month;
    QStringList device;
    std::vector<double> hours;
    const QStringList devices{u"TV"_s, u"Phone"_s, u"Laptop"_s, u"Tablet"_s};
    const double base[] = {42, 25, 14, 8};
    const double trend[] = {0.35, 0.6, -0.1, 0.05};
    for (int m = 0; m < 24; ++m)
        for (int d = 0; d < 4; ++d) {
            month.append(QDateTime(QDate(2024, 1, 1).addMonths(m), QTime(0, 0), QTimeZone::utc()));
            device.append(devices[d]);
            const double winter = 1 + 0.12 * std::cos(2 * M_PI * m / 12.0);
            hours.push_back(std::round((base[d] + trend[d] * m) * winter * (1 + random.normal(0, 0.03)) * 10) / 10);
        }
    return SampleColumns::table({SampleColumns::dates(u"x"_s, month), SampleColumns::labels(u"series"_s, device),
                                 SampleColumns::numbers(u"value"_s, hours)});
}

DataTablePtr electricityByEndUse()
{
    QStringList quarter, use;
    std::vector<double> kwh;
    const QStringList quarters{u"Q1"_s, u"Q2"_s, u"Q3"_s, u"Q4"_s};
    const QStringList uses{u"Heating"_s, u"Hot water"_s, u"Appliances"_s, u"Lighting"_s};
    const double v[4][4] = {{1450, 620, 510, 260}, {540, 560, 490, 170}, {120, 480, 520, 130}, {1180, 600, 530, 240}};
    for (int q = 0; q < 4; ++q)
        for (int u = 0; u < 4; ++u) {
            quarter.append(quarters[q]);
            use.append(uses[u]);
            kwh.push_back(v[q][u]);
        }
    return SampleColumns::table({SampleColumns::labels(u"category"_s, quarter), SampleColumns::labels(u"component"_s, use),
                                 SampleColumns::numbers(u"value"_s, kwh)});
}

} // namespace SharedSamples
