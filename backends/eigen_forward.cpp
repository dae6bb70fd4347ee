#include "backends/eigen_forward.h"

#include <stdexcept>

#include "core/ad_scalars.h"

namespace gradlab {

void EigenForwardBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                  EvalCount& count, GradientExtras&) const {
  const int n = static_cast<int>(x.size());
  std::vector<EigenAd> xa;
  xa.reserve(x.size());
  for (int i = 0; i < n; ++i) xa.emplace_back(x[i], n, i);
  const EigenAd f = problem.value(std::span<const EigenAd>(xa));
  ++count.value;
  // A value that depends on no x_i (a constant problem, or one whose
  // derivative vectors were all empty) has an empty derivative vector.
  if (f.derivatives().size() == 0) {
    std::fill(g.begin(), g.end(), 0.0);
    return;
  }
  if (f.derivatives().size() != n) {
    throw std::logic_error("eigen-forward: the value's derivative vector has " +
                           std::to_string(f.derivatives().size()) + " entries, expected " +
                           std::to_string(n));
  }
  for (int i = 0; i < n; ++i) g[i] = f.derivatives()[i];
}

double EigenForwardBackend::compute_directional(const Problem& problem, std::span<const double> x,
                                                std::span<const double> v, EvalCount& count) const {
  std::vector<EigenAd> xa;
  xa.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) xa.emplace_back(x[i], Eigen::VectorXd::Constant(1, v[i]));
  const EigenAd f = problem.value(std::span<const EigenAd>(xa));
  ++count.value;
  return f.derivatives().size() == 0 ? 0.0 : f.derivatives()[0];
}

}  // namespace gradlab
