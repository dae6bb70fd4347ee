#include "functions/reference.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

std::vector<Real50> to_real50(std::span<const double> x) { return {x.begin(), x.end()}; }

double reference_value(const Problem& problem, std::span<const double> x) {
  const auto x50 = to_real50(x);
  return static_cast<double>(problem.value(std::span<const Real50>(x50)));
}

std::vector<Real50> reference_gradient_50(const Problem& problem, std::span<const double> x) {
  const auto x50 = to_real50(x);
  std::vector<Real50> g50(x.size());
  problem.gradient(std::span<const Real50>(x50), std::span<Real50>(g50));
  return g50;
}

std::vector<double> reference_gradient(const Problem& problem, std::span<const double> x) {
  const auto g50 = reference_gradient_50(problem, x);
  return {g50.begin(), g50.end()};
}

std::vector<double> reference_hessian(const Problem& problem, std::span<const double> x) {
  const auto n = x.size();
  const auto x50 = to_real50(x);
  std::vector<Real50> h50(n * n);
  problem.hessian(std::span<const Real50>(x50), MatrixRef<Real50>(h50, n));
  std::vector<double> h(n * n);
  for (std::size_t k = 0; k < n * n; ++k) h[k] = static_cast<double>(h50[k]);
  return h;
}

}  // namespace gradlab

namespace gradlab {
double gradient_scale(const Problem& problem, std::span<const double> r) {
  double scale = 0;
  for (double v : r) scale = std::max(scale, std::abs(v));
  const auto x0 = problem.x0(static_cast<int>(r.size()));
  for (double v : reference_gradient(problem, x0)) scale = std::max(scale, std::abs(v));
  // An all-zero gradient at x and x0 leaves only absolute error to judge by.
  return scale > 0 ? scale : 1.0;
}
}  // namespace gradlab
