// The Zettl function (Jamil & Yang 2013, function 174):
//   f(x) = (x1^2 + x2^2 - 2 x1)^2 + x1 / 4.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Zettl {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "zettl",
        .family = "classic",
        .source =
            "H.-P. Schwefel, Evolution and Optimum Seeking, Wiley, 1995; as in M. Jamil and X.-S. Yang, A "
            "literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 174",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "Global minimizer near (-0.0299, 0) with f* near -0.003791 (the survey's 4-digit values), "
            "found by Newton's method in 50 digits; x2* = 0 exactly by the symmetry x2 -> -x2"};
  }

  std::vector<double> x0(int /*n*/) const { return {2.0, 2.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Zettl p;
      std::vector<double> x = polish_minimizer(p, {-0.0299, 0.0});
      x[1] = 0.0;  // exact by symmetry; Newton steps of -0 can leave the sign bit set
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int /*n*/) const { return {{-5.0, -5.0}, {10.0, 10.0}}; }

  template <class T>
  T value(std::span<const T> x) const {
    const T q = x[0] * x[0] + x[1] * x[1] - T(2) * x[0];
    return q * q + x[0] / T(4);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T q = x[0] * x[0] + x[1] * x[1] - T(2) * x[0];
    g[0] = T(4) * q * (x[0] - T(1)) + ratio<T>(1, 4);
    g[1] = T(4) * q * x[1];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T q = x[0] * x[0] + x[1] * x[1] - T(2) * x[0];
    const T d = x[0] - T(1);
    h(0, 0) = T(8) * d * d + T(4) * q;
    h(0, 1) = T(8) * d * x[1];
    h(1, 0) = h(0, 1);
    h(1, 1) = T(8) * x[1] * x[1] + T(4) * q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Zettl);
}  // namespace gradlab::classic
