#include "datetimeparser.h"

#include "numberparser.h"

namespace {
struct Cursor
{
    const char *p;
    const char *end;
    bool atEnd() const { return p == end; }
    bool peek(char c) const { return p < end && *p == c; }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++p;
        return true;
    }
    // 1..maxDigits digits; the count read lands in *count.
    bool number(int minDigits, int maxDigits, int *value, int *count = nullptr)
    {
        int n = 0;
        int v = 0;
        while (p < end && n < maxDigits && unsigned(*p) - '0' <= 9) {
            v = v * 10 + (*p - '0');
            ++p;
            ++n;
        }
        if (count)
            *count = n;
        *value = v;
        return n >= minDigits;
    }
};

bool leapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool validDate(int year, int month, int day)
{
    static constexpr int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysIn[month - 1] + (month == 2 && leapYear(year) ? 1 : 0);
}

// Two-digit years: 00–68 → 2000s, 69–99 → 1900s (POSIX strptime's pivot).
int fullYear(int year, int digits) { return digits <= 2 ? (year < 69 ? 2000 + year : 1900 + year) : year; }

// "HH:MM[:SS[.fff…]]" then an optional "Z", "±HH[:MM]" or "±HHMM"; *msecs of the day, *offset in minutes.
bool parseTime(Cursor &c, int64_t *msecs, int *offsetMinutes)
{
    int hour = 0, minute = 0, second = 0;
    if (!c.number(1, 2, &hour) || !c.take(':') || !c.number(2, 2, &minute))
        return false;
    int64_t fractionMs = 0;
    if (c.take(':')) {
        if (!c.number(2, 2, &second))
            return false;
        if (c.take('.') || c.take(',')) {
            int digits = 0;
            int64_t scale = 100;
            while (!c.atEnd() && unsigned(*c.p) - '0' <= 9) {
                if (digits < 3)
                    fractionMs += int64_t(*c.p - '0') * scale;
                scale /= 10;
                ++digits;
                ++c.p;
            }
            if (digits == 0)
                return false;
        }
    }
    if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute || second || fractionMs)))
        return false;
    *msecs = ((int64_t(hour) * 60 + minute) * 60 + second) * 1000 + fractionMs;
    *offsetMinutes = 0;
    if (c.take('Z') || c.take('z'))
        return true;
    if (c.peek('+') || c.peek('-')) {
        const int sign = *c.p == '-' ? -1 : 1;
        ++c.p;
        int oh = 0, om = 0, digits = 0;
        if (!c.number(2, 4, &oh, &digits))
            return false;
        if (digits == 4) {
            om = oh % 100;
            oh /= 100;
        } else if (digits == 2 && c.take(':')) {
            if (!c.number(2, 2, &om))
                return false;
        } else if (digits != 2) {
            return false;
        }
        if (oh > 18 || om > 59)
            return false;
        *offsetMinutes = sign * (oh * 60 + om);
    }
    return true;
}

// After a date: nothing, or 'T'/' ' and a time.
bool parseOptionalTime(Cursor &c, int64_t *msecs, int *offsetMinutes)
{
    *msecs = 0;
    *offsetMinutes = 0;
    if (c.atEnd())
        return true;
    if (!c.take('T') && !c.take('t') && !c.take(' '))
        return false;
    while (c.take(' ')) {
    }
    return parseTime(c, msecs, offsetMinutes) && c.atEnd();
}

struct DmyParts
{
    int a = 0, b = 0, year = 0;
    char separator = 0;
    int64_t time = 0;
    int offset = 0;
};

bool parseDmy(std::string_view text, DmyParts *parts)
{
    Cursor c{text.data(), text.data() + text.size()};
    int yearDigits = 0;
    if (!c.number(1, 2, &parts->a) || c.atEnd())
        return false;
    parts->separator = *c.p;
    if (parts->separator != '/' && parts->separator != '.' && parts->separator != '-')
        return false;
    ++c.p;
    if (!c.number(1, 2, &parts->b) || !c.take(parts->separator) || !c.number(2, 4, &parts->year, &yearDigits)
        || yearDigits == 3)
        return false;
    parts->year = fullYear(parts->year, yearDigits);
    return parseOptionalTime(c, &parts->time, &parts->offset);
}

// Year first: 2024-03-05, 2024-3-5, 2024/03/05, 20240305T… is not accepted (an integer).
bool parseYmd(std::string_view text, int64_t *result)
{
    Cursor c{text.data(), text.data() + text.size()};
    int year = 0, month = 0, day = 0;
    if (!c.number(4, 4, &year) || c.atEnd())
        return false;
    const char separator = *c.p;
    if (separator != '-' && separator != '/' && separator != '.')
        return false;
    ++c.p;
    if (!c.number(1, 2, &month) || !c.take(separator) || !c.number(1, 2, &day))
        return false;
    int64_t time = 0;
    int offset = 0;
    if (!parseOptionalTime(c, &time, &offset) || !validDate(year, month, day))
        return false;
    *result = DateTimeParser::daysFromCivil(year, unsigned(month), unsigned(day)) * 86'400'000 + time
        - int64_t(offset) * 60'000;
    return true;
}
} // namespace

int64_t DateTimeParser::daysFromCivil(int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

DateTimeParser::Shape DateTimeParser::classify(std::string_view text)
{
    text = NumberParser::trimmed(text);
    Shape shape;
    int64_t ignored = 0;
    if (parseYmd(text, &ignored)) {
        shape.valid = true;
        return shape;
    }
    DmyParts parts;
    if (!parseDmy(text, &parts))
        return shape;
    shape.orderMatters = true;
    shape.separator = parts.separator;
    shape.dayFirstOk = validDate(parts.year, parts.b, parts.a);
    shape.monthFirstOk = validDate(parts.year, parts.a, parts.b);
    shape.valid = shape.dayFirstOk || shape.monthFirstOk;
    return shape;
}

bool DateTimeParser::parse(std::string_view text, Order order, int64_t *msecsSinceEpoch)
{
    text = NumberParser::trimmed(text);
    if (parseYmd(text, msecsSinceEpoch))
        return true;
    DmyParts parts;
    if (!parseDmy(text, &parts))
        return false;
    const int day = order == Order::DayFirst ? parts.a : parts.b;
    const int month = order == Order::DayFirst ? parts.b : parts.a;
    if (!validDate(parts.year, month, day))
        return false;
    *msecsSinceEpoch = daysFromCivil(parts.year, unsigned(month), unsigned(day)) * 86'400'000 + parts.time
        - int64_t(parts.offset) * 60'000;
    return true;
}
