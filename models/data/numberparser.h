#pragma once

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
    bool parseInteger(std::string_view text, int64_t *value) const;
    // Any decimal number, exponent, inf; NaN is left to the missing markers.
    bool parseFloat(std::string_view text, double *value) const;

    static std::string_view trimmed(std::string_view text);

private:
    bool normalize(std::string_view text, char *buffer, size_t capacity, std::string_view *out) const;
    char m_decimal = '.';
    char m_thousands = 0;
    bool m_plain = true; // '.' decimal and no thousands separator: no normalization needed
};
