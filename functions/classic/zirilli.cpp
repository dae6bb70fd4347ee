// The Zirilli or Aluffi-Pentini function (Jamil & Yang 2013, function 175):
//   f(x) = x1^4 / 4 - x1^2 / 2 + x1 / 10 + x2^2 / 2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Zirilli {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "zirilli",
        .family = "classic",
        .source =
            "M. M. Ali, C. Khompatraporn and Z. B. Zabinsky, A numerical evaluation of several stochastic "
            "algorithms on selected continuous global optimization test problems, J. Global Optimization "
            "31:635-672, 2005 (Aluffi-Pentini's problem); as in M. Jamil and X.-S. Yang, A literature "
            "survey of benchmark functions for global optimization problems, Int. J. Mathematical "
            "Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 175",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "Global minimizer x2* = 0 and x1* the smallest root of x1^3 - x1 + 1/10 = 0, -1.04668..., "
            "f* = -0.3523860738...; the survey's (-1.0465, 0), f* = -0.3523, polished by Newton's method in "
            "50 digits. A second, local minimum lies near x1 = 0.9456"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.5, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Zirilli p;
      std::vector<double> x = polish_minimizer(p, {-1.0465, 0.0});
      x[1] = 0.0;  // exact by symmetry; Newton steps of -0 can leave the sign bit set
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T a = x[0] * x[0];
    return a * a / T(4) - a / T(2) + x[0] / T(10) + x[1] * x[1] / T(2);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    g[0] = x[0] * x[0] * x[0] - x[0] + ratio<T>(1, 10);
    g[1] = x[1];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h(0, 0) = T(3) * x[0] * x[0] - T(1);
    h(0, 1) = T(0);
    h(1, 0) = T(0);
    h(1, 1) = T(1);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Zirilli);
}  // namespace gradlab::classic
