#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// Parses one cell of UTF-8 text as a number, independent of the UI locale: the decimal and
// thousands separators are the import's options. ASCII blanks around the number are ignored.
// Fast enough for the CSV hot path (no allocation, std::from_chars underneath).
class NumberParser
{
public:
    NumberParser(char32_t decimalSeparator = U'.', char32_t thousandsSeparator = 0);

    // An integer that fits int64 (optional sign, digits, thousands separators when set).
    bool parseInteger(std::string_view text, int64_t *value) const
    {
        if (m_plain && !text.empty() && text.size() <= 18) [[likely]] {
            const char *p = text.data();
            const char *end = p + text.size();
            const bool negative = *p == '-';
            p += negative || *p == '+';
            if (p != end) {
                uint64_t result = 0;
                if (digits(p, end, &result) != end)
                    return parseIntegerSlow(text, value);
                *value = negative ? -int64_t(result) : int64_t(result);
                return true;
            }
        }
        return parseIntegerSlow(text, value);
    }
    // Any decimal number, exponent, inf; NaN is left to the missing markers.
    bool parseFloat(std::string_view text, double *value) const
    {
        // Fast path (Clinger): up to 15 significant digits and a short fraction are exact in a double.
        if (m_plain && !text.empty()) [[likely]] {
            const char *p = text.data();
            const char *end = p + text.size();
            const bool negative = *p == '-';
            p += negative || *p == '+';
            uint64_t mantissa = 0;
            const char *integerStart = p;
            p = digits(p, end, &mantissa);
            std::ptrdiff_t count = p - integerStart;
            std::ptrdiff_t fraction = 0;
            if (p != end && *p == '.') {
                const char *fractionStart = ++p;
                p = digits(p, end, &mantissa);
                fraction = p - fractionStart;
                count += fraction;
            }
            if (p == end && count > 0 && count <= 15) {
                const double v = double(mantissa) / powerOfTen(int(fraction));
                *value = negative ? -v : v;
                return true;
            }
        }
        return parseFloatSlow(text, value);
    }

    // '.' as the decimal separator and no thousands separator: cells are numbers as written.
    bool isPlain() const { return m_plain; }
    // 10^exponent for exponent in 0…15, each exact in a double.
    static double exactPowerOfTen(int exponent) { return powerOfTen(exponent); }

    static std::string_view trimmed(std::string_view text)
    {
        if (text.empty() || (!isBlank(text.front()) && !isBlank(text.back())))
            return text;
        return trimmedSlow(text);
    }

private:
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
    // Appends the decimal digits at p to *value, two per step (half the multiply chain); returns
    // where the digits end. Overflow is the caller's concern (it counts the digits).
    static const char *digits(const char *p, const char *end, uint64_t *value)
    {
        uint64_t v = *value;
        while (end - p >= 2) {
            const unsigned high = unsigned(uint8_t(p[0])) - '0';
            const unsigned low = unsigned(uint8_t(p[1])) - '0';
            if (high > 9 || low > 9)
                break;
            v = v * 100 + high * 10 + low;
            p += 2;
        }
        if (p != end) {
            const unsigned digit = unsigned(uint8_t(*p)) - '0';
            if (digit <= 9) {
                v = v * 10 + digit;
                ++p;
            }
        }
        *value = v;
        return p;
    }
    static double powerOfTen(int exponent) { return s_powersOfTen[exponent]; } // 0…15
    static constexpr double s_powersOfTen[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    static std::string_view trimmedSlow(std::string_view text);
    bool parseIntegerSlow(std::string_view text, int64_t *value) const;
    bool parseFloatSlow(std::string_view text, double *value) const;
    bool normalize(std::string_view text, char *buffer, size_t capacity, std::string_view *out) const;
    char m_decimal = '.';
    char m_thousands = 0;
    bool m_plain = true; // '.' decimal and no thousands separator: no normalization needed
};
