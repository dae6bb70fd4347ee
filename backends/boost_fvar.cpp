#include "backends/boost_fvar.h"

#include "functions/ad_reference.h"

namespace gradlab {

void BoostFvarBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                               EvalCount& count, GradientExtras&) const {
  fvar_gradient<double>(problem, x, g);
  count.value += static_cast<long long>(x.size());
}

void BoostFvarBackend::compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                                       EvalCount& count) const {
  fvar_hessian<double>(problem, x, h);
  const auto n = static_cast<long long>(x.size());
  count.value += n * (n + 1) / 2;
}

double BoostFvarBackend::compute_directional(const Problem& problem, std::span<const double> x,
                                             std::span<const double> v, EvalCount& count) const {
  using boost::math::differentiation::make_fvar;
  // epsilon has value 0 and derivative 1: x_i + v_i epsilon is exactly x_i
  // with derivative v_i.
  const Fvar epsilon = make_fvar<double, 1>(0.0);
  std::vector<Fvar> xf;
  xf.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) xf.push_back(Fvar(x[i]) + v[i] * epsilon);
  ++count.value;
  return static_cast<double>(problem.value(std::span<const Fvar>(xf)).derivative(1));
}

}  // namespace gradlab
