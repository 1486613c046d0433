#include "numberparser.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace {
constexpr double exactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};


// Separators outside ASCII (e.g. a narrow no-break space as thousands separator) are not
// supported on the fast path; they map to 0 and never match.
char asciiOrZero(char32_t c) { return c < 0x80 ? char(c) : 0; }
} // namespace

NumberParser::NumberParser(char32_t decimalSeparator, char32_t thousandsSeparator)
    : m_decimal(decimalSeparator ? asciiOrZero(decimalSeparator) : '.')
    , m_thousands(asciiOrZero(thousandsSeparator))
{
    m_plain = m_decimal == '.' && m_thousands == 0;
}

std::string_view NumberParser::trimmedSlow(std::string_view text)
{
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

// Copies `text` into `buffer` without thousands separators and with '.' as the decimal point.
// A '.' that is not the decimal separator makes the text no number.
bool NumberParser::normalize(std::string_view text, char *buffer, size_t capacity, std::string_view *out) const
{
    size_t n = 0;
    for (const char c : text) {
        if (n + 1 >= capacity)
            return false;
        if (m_thousands && c == m_thousands) {
            if (n == 0)
                return false;
            continue;
        }
        if (c == m_decimal)
            buffer[n++] = '.';
        else if (c == '.')
            return false;
        else
            buffer[n++] = c;
    }
    *out = std::string_view(buffer, n);
    return true;
}

bool NumberParser::parseIntegerSlow(std::string_view text, int64_t *value) const
{
    text = trimmed(text);
    char buffer[64];
    if (!m_plain && !normalize(text, buffer, sizeof buffer, &text))
        return false;
    if (text.empty())
        return false;
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    if (p == end)
        return false;
    if (end - p > 18) { // may overflow: let from_chars decide (it rejects a leading '+')
        const char *from = text[0] == '+' ? text.data() + 1 : text.data();
        const auto r = std::from_chars(from, end, *value);
        return r.ec == std::errc{} && r.ptr == end && (from == text.data() || unsigned(from[0]) - '0' <= 9);
    }
    uint64_t result = 0;
    for (; p < end; ++p) {
        const unsigned digit = unsigned(*p) - '0';
        if (digit > 9)
            return false;
        result = result * 10 + digit;
    }
    *value = negative ? int64_t(0 - result) : int64_t(result);
    return true;
}

bool NumberParser::parseFloatSlow(std::string_view text, double *value) const
{
    text = trimmed(text);
    char buffer[128];
    if (!m_plain && !normalize(text, buffer, sizeof buffer, &text))
        return false;
    if (text.empty())
        return false;
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    if (p == end)
        return false;
    // Fast path (Clinger): up to 15 significant digits and a short fraction are exact in a double.
    {
        const char *q = p;
        uint64_t mantissa = 0;
        int digits = 0;
        while (q < end && unsigned(*q) - '0' <= 9) {
            mantissa = mantissa * 10 + unsigned(*q - '0');
            ++digits;
            ++q;
        }
        int fraction = 0;
        if (q < end && *q == '.') {
            ++q;
            while (q < end && unsigned(*q) - '0' <= 9) {
                mantissa = mantissa * 10 + unsigned(*q - '0');
                ++digits;
                ++fraction;
                ++q;
            }
        }
        if (q == end && digits > 0 && digits <= 15 && fraction <= 22) {
            const double v = double(mantissa) / exactPowersOfTen[fraction];
            *value = negative ? -v : v;
            return true;
        }
    }
    // from_chars accepts no leading '+'; it does accept "inf", "infinity" and "nan".
    const auto result = std::from_chars(p, end, *value);
    if (result.ec == std::errc::result_out_of_range && result.ptr == end) {
        // Overflow or underflow of a syntactically valid number: saturate like strtod.
        *value = std::strtod(std::string(p, end).c_str(), nullptr);
    } else if (result.ec != std::errc{} || result.ptr != end) {
        return false;
    }
    if (negative)
        *value = -*value;
    return true;
}
