#include "backends/boost_fvar.h"

namespace gradlab {

void BoostFvarBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                               EvalCount& count, GradientExtras&) const {
  using boost::math::differentiation::make_fvar;
  std::vector<Fvar> xf(x.begin(), x.end());
  for (std::size_t i = 0; i < x.size(); ++i) {
    xf[i] = make_fvar<double, 1>(x[i]);
    g[i] = static_cast<double>(problem.value(std::span<const Fvar>(xf)).derivative(1));
    ++count.value;
    xf[i] = Fvar(x[i]);
  }
}

void BoostFvarBackend::compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                                       EvalCount& count) const {
  using boost::math::differentiation::make_fvar;
  const std::size_t n = x.size();
  std::vector<Fvar2> xf(x.begin(), x.end());
  // make_fvar<double, 1> seeds the outer level once promoted to Fvar2 (by
  // adding a nested zero); make_fvar<double, 0, 1> seeds the inner one.
  const Fvar2 zero(0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const Fvar2 outer = make_fvar<double, 1>(x[i]) + zero;
    for (std::size_t j = i; j < n; ++j) {
      if (i == j) {
        xf[i] = outer + make_fvar<double, 0, 1>(0.0);
      } else {
        xf[i] = outer;
        xf[j] = make_fvar<double, 0, 1>(x[j]);
      }
      h(i, j) = h(j, i) = static_cast<double>(problem.value(std::span<const Fvar2>(xf)).derivative(1, 1));
      ++count.value;
      xf[j] = Fvar2(x[j]);
    }
    xf[i] = Fvar2(x[i]);
  }
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
