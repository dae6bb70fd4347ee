// How far a gradient g is from a reference r. See docs/accuracy.md for why the
// floor is the gradient's scale and not machine epsilon.
#pragma once

#include <span>

namespace gradlab {

struct GradientError {
  double max_rel_error = 0;  // max_i |g_i - r_i| / max(|r_i|, floor)
  int worst_index = -1;      // the i attaining it (-1 when n == 0)
  double worst_value = 0;    // g_i at worst_index
  double worst_reference = 0;
  double max_abs_error = 0;  // max_i |g_i - r_i|
  double cosine = 1;         // <g, r> / (|g| |r|); 1 when both are zero
  double digits = 17;        // -log10(max_rel_error), in [0, 17]
  double floor = 0;
};

inline constexpr double kMaxDigits = 17.0;

// `floor` is the scale below which a component is judged by absolute error.
GradientError compare_gradients(std::span<const double> g, std::span<const double> r, double floor);

// -log10(e) clamped to [0, 17]; 17 for e == 0, 0 for NaN.
double correct_digits(double rel_error);

}  // namespace gradlab
