#include "plotstatistics.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace PlotStatistics {

double quantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const double h = (double(sorted.size()) - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

int binCount(const std::vector<double> &sorted, int maxBins)
{
    if (sorted.size() < 2)
        return 1;
    const double n = double(sorted.size());
    const double range = sorted.back() - sorted.front();
    if (!(range > 0))
        return 1;
    const double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    double bins = iqr > 0 ? range / (2 * iqr / std::cbrt(n)) : std::ceil(std::log2(n)) + 1;
    if (!std::isfinite(bins))
        bins = 1;
    return std::clamp(int(std::ceil(bins)), 1, std::max(1, maxBins));
}

Histogram histogram(const std::vector<double> &sorted, int bins)
{
    Histogram h;
    if (sorted.empty())
        return h;
    bins = std::max(1, bins);
    double lo = sorted.front();
    double hi = sorted.back();
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
        bins = 1;
    }
    h.edges = linspace(lo, hi, bins + 1);
    h.counts.assign(size_t(bins), 0.0);
    const double width = (hi - lo) / bins;
    for (double v : sorted) {
        const auto bin = std::clamp(int((v - lo) / width), 0, bins - 1);
        h.counts[size_t(bin)] += 1;
    }
    return h;
}

BoxStatistics boxStatistics(const std::vector<double> &sorted)
{
    BoxStatistics b;
    if (sorted.empty())
        return b;
    b.q1 = quantile(sorted, 0.25);
    b.median = quantile(sorted, 0.5);
    b.q3 = quantile(sorted, 0.75);
    const double reach = 1.5 * (b.q3 - b.q1);
    const double lowFence = b.q1 - reach;
    const double highFence = b.q3 + reach;
    b.lowerWhisker = *std::lower_bound(sorted.begin(), sorted.end(), lowFence);
    b.upperWhisker = *(std::upper_bound(sorted.begin(), sorted.end(), highFence) - 1);
    for (double v : sorted)
        if (v < lowFence || v > highFence)
            b.outliers.push_back(v);
    return b;
}

double mean(const std::vector<double> &values)
{
    if (values.empty())
        return std::nan("");
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double standardDeviation(const std::vector<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double ss = 0;
    for (double v : values)
        ss += (v - m) * (v - m);
    return std::sqrt(ss / double(values.size() - 1));
}

double silvermanBandwidth(const std::vector<double> &sorted)
{
    const double n = double(sorted.size());
    const double sd = standardDeviation(sorted);
    const double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    double spread = std::min(sd, iqr / 1.34);
    if (!(spread > 0))
        spread = sd > 0 ? sd : (iqr > 0 ? iqr / 1.34 : 1.0);
    return 0.9 * spread * std::pow(std::max(n, 1.0), -0.2);
}

std::vector<double> gaussianKde(const std::vector<double> &sorted, double bandwidth, const std::vector<double> &at)
{
    std::vector<double> density(at.size(), 0.0);
    if (sorted.empty() || !(bandwidth > 0))
        return density;
    const double norm = 1.0 / (double(sorted.size()) * bandwidth * std::sqrt(2 * std::numbers::pi));
    const double cutoff = 8 * bandwidth; // beyond 8 bandwidths a kernel adds < 1e-14
    for (size_t i = 0; i < at.size(); ++i) {
        const double x = at[i];
        auto first = std::lower_bound(sorted.begin(), sorted.end(), x - cutoff);
        const auto last = std::upper_bound(first, sorted.end(), x + cutoff);
        double sum = 0;
        for (; first != last; ++first) {
            const double u = (x - *first) / bandwidth;
            sum += std::exp(-0.5 * u * u);
        }
        density[i] = sum * norm;
    }
    return density;
}

LinearFit linearFit(const std::vector<double> &x, const std::vector<double> &y)
{
    LinearFit fit;
    const size_t n = std::min(x.size(), y.size());
    if (n < 2)
        return fit;
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxx = 0, sxy = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0))
        return fit;
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    fit.rSquared = syy > 0 ? (sxy * sxy) / (sxx * syy) : 1.0;
    fit.valid = std::isfinite(fit.slope) && std::isfinite(fit.intercept);
    return fit;
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return p == 0 ? -INFINITY : (p == 1 ? INFINITY : std::nan(""));
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley step against the exact CDF (erfc) polishes the approximation.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

std::vector<double> linspace(double lo, double hi, int count)
{
    count = std::max(2, count);
    std::vector<double> v(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        v[size_t(i)] = lo + (hi - lo) * double(i) / double(count - 1);
    v.back() = hi;
    return v;
}

double SampleRandom::uniform()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

double SampleRandom::normal(double mean, double sd)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + sd * m_spare;
    }
    double u = 0;
    while (u <= 0)
        u = uniform();
    const double v = uniform();
    const double r = std::sqrt(-2 * std::log(u));
    m_spare = r * std::sin(2 * std::numbers::pi * v);
    m_hasSpare = true;
    return mean + sd * r * std::cos(2 * std::numbers::pi * v);
}

} // namespace PlotStatistics
