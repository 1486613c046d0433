#pragma once

#include <cstdint>
#include <vector>

// The statistics behind the native plots (histograms, densities, box plots, Q-Q plots,
// regression), as small pure functions so every plot computes them the same, tested way.
// Inputs hold finite values only (the plots drop NaN and infinities first).
namespace PlotStatistics {

struct Histogram
{
    std::vector<double> edges; // bins + 1 ascending edges
    std::vector<double> counts;
};

// Bin count by the Freedman–Diaconis rule (Sturges when the IQR is zero), clamped to [1, maxBins].
int binCount(const std::vector<double> &sorted, int maxBins = 60);
// Equal-width bins over [min, max]; the last bin includes max. A constant sample gets one unit-wide bin.
Histogram histogram(const std::vector<double> &sorted, int bins);

// Quantile of a sorted sample by linear interpolation between order statistics (R type 7).
double quantile(const std::vector<double> &sorted, double p);

struct BoxStatistics
{
    double q1 = 0, median = 0, q3 = 0;
    double lowerWhisker = 0, upperWhisker = 0; // the most extreme data within 1.5 IQR of the box
    std::vector<double> outliers;
};
BoxStatistics boxStatistics(const std::vector<double> &sorted);

// Gaussian kernel density at the given points; bandwidth by Silverman's rule of thumb.
double silvermanBandwidth(const std::vector<double> &sorted);
std::vector<double> gaussianKde(const std::vector<double> &sorted, double bandwidth, const std::vector<double> &at);

struct LinearFit
{
    double slope = 0, intercept = 0, rSquared = 0;
    bool valid = false; // false when x has no spread or fewer than two points
};
LinearFit linearFit(const std::vector<double> &x, const std::vector<double> &y);

// Standard normal quantile (inverse CDF) for 0 < p < 1, Acklam's rational approximation
// refined by one Newton step (absolute error below 1e-12).
double normalQuantile(double p);

double mean(const std::vector<double> &values);
double standardDeviation(const std::vector<double> &values); // sample (n − 1); 0 below two values

// Evenly spaced values from lo to hi, count ≥ 2.
std::vector<double> linspace(double lo, double hi, int count);

// Deterministic random numbers for sample data (splitmix64, Box–Muller): the same on every
// platform and standard library, so sample data and golden images never drift.
class SampleRandom
{
public:
    explicit SampleRandom(std::uint64_t seed) : m_state(seed) {}
    double uniform();                                  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    double normal(double mean = 0, double sd = 1);
private:
    std::uint64_t m_state;
    bool m_hasSpare = false;
    double m_spare = 0;
};

} // namespace PlotStatistics
