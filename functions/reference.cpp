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
namespace {

// The largest magnitude in `at_x` and in `at_x0`; 1 when both are all zero,
// which leaves only absolute error to judge by.
double largest_magnitude(std::span<const double> at_x, std::span<const double> at_x0) {
  double scale = 0;
  for (double v : at_x) scale = std::max(scale, std::abs(v));
  for (double v : at_x0) scale = std::max(scale, std::abs(v));
  return scale > 0 ? scale : 1.0;
}

}  // namespace

double gradient_scale(const Problem& problem, std::span<const double> r) {
  return largest_magnitude(r, reference_gradient(problem, problem.x0(static_cast<int>(r.size()))));
}

double hessian_scale(const Problem& problem, int n, std::span<const double> reference_hessian_at_x) {
  return largest_magnitude(reference_hessian_at_x, reference_hessian(problem, problem.x0(n)));
}
}  // namespace gradlab
