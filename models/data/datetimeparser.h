#pragma once

#include <cstdint>
#include <string_view>

// Reads dates and times from UTF-8 cell text into milliseconds since the Unix epoch, UTC.
// ISO 8601 (2024-03-05, 2024-03-05T14:30, …:05.123Z, +01:00, +0100, a space instead of T),
// 2024/03/05, and numeric day/month orders (5/3/2024, 05.03.24, 3-5-2024 14:30) where the order is
// chosen for the whole column by DateOrder. Times without an offset are taken as UTC.
class DateTimeParser
{
public:
    enum class Order : uint8_t { DayFirst, MonthFirst };

    // What one cell allows, so that a column can pick the order all its cells agree on.
    struct Shape
    {
        bool valid = false;       // some reading parses
        bool orderMatters = false; // a d/m/y style date: the order decides
        bool dayFirstOk = false;
        bool monthFirstOk = false;
        char separator = 0;       // of a d/m/y date: '/', '.', '-'
    };

    static Shape classify(std::string_view text);
    // `order` is only consulted for d/m/y style dates.
    static bool parse(std::string_view text, Order order, int64_t *msecsSinceEpoch);

    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static int64_t daysFromCivil(int64_t year, unsigned month, unsigned day);
};
