#include "core/gradient_error.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gradlab {

double correct_digits(double rel_error) {
  if (std::isnan(rel_error)) return 0;
  if (rel_error <= 0) return kMaxDigits;
  return std::clamp(-std::log10(rel_error), 0.0, kMaxDigits);
}

GradientError compare_gradients(std::span<const double> g, std::span<const double> r, double floor) {
  if (g.size() != r.size()) throw std::invalid_argument("compare_gradients: sizes differ");
  GradientError e;
  e.floor = floor;
  long double dot = 0, gg = 0, rr = 0;
  for (std::size_t i = 0; i < g.size(); ++i) {
    const double abs_err = std::abs(g[i] - r[i]);
    const double denom = std::max(std::abs(r[i]), floor);
    double rel = denom > 0 ? abs_err / denom : (abs_err == 0 ? 0.0 : HUGE_VAL);
    if (std::isnan(g[i])) rel = HUGE_VAL;
    if (e.worst_index < 0 || rel > e.max_rel_error) {
      e.max_rel_error = rel;
      e.worst_index = static_cast<int>(i);
      e.worst_value = g[i];
      e.worst_reference = r[i];
    }
    e.max_abs_error = std::max(e.max_abs_error, std::isnan(abs_err) ? HUGE_VAL : abs_err);
    dot += static_cast<long double>(g[i]) * r[i];
    gg += static_cast<long double>(g[i]) * g[i];
    rr += static_cast<long double>(r[i]) * r[i];
  }
  if (gg == 0 && rr == 0) {
    e.cosine = 1;
  } else if (gg == 0 || rr == 0) {
    e.cosine = 0;
  } else {
    e.cosine = static_cast<double>(dot / (std::sqrt(gg) * std::sqrt(rr)));
  }
  e.digits = correct_digits(e.max_rel_error);
  return e;
}

}  // namespace gradlab
