// The Deckkers-Aarts function (Jamil & Yang 2013, function 45): with
// s = x1^2 + x2^2,
//   f(x) = 1e5 x1^2 + x2^2 - s^2 + 1e-5 s^4.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct DeckkersAarts {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "deckkers_aarts",
        .family = "classic",
        .source =
            "M. M. Ali, C. Khompatraporn and Z. B. Zabinsky, A numerical evaluation of several stochastic "
            "algorithms on selected continuous global optimization test problems, J. Global Optimization "
            "31:635-672, 2005; as in M. Jamil and X.-S. Yang, A literature survey of benchmark functions "
            "for global optimization problems, Int. J. Mathematical Modelling and Numerical Optimisation "
            "4(2):150-194, 2013 (arXiv:1308.4008), function 45",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "Two global minima (0, +-x2*) with x2*^2 the root near 223 of 1 - 2 s + 4e-5 s^3 = 0: x2* = "
            "14.9451121518..., f* = -24776.518342317... (the survey rounds to (0, +-15) and -24777); found "
            "by "
            "Newton's method in 50 digits. The origin is a local minimum (f = 0)"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const DeckkersAarts p;
      std::vector<double> x = polish_minimizer(p, {0.0, 15.0});
      x[0] = 0.0;  // exact by symmetry; Newton steps of -0 can leave the sign bit set
      const std::vector<Real50> x50(x.begin(), x.end());
      const double fs = static_cast<double>(p.value<Real50>(x50));
      return std::vector<Minimum>{{x, fs}, {{x[0], -x[1]}, fs}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -20.0, 20.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T a = x[0] * x[0];
    const T s = a + x[1] * x[1];
    const T s2 = s * s;
    return T(100000) * a + x[1] * x[1] - s2 + s2 * s2 / T(100000);
  }

  // df/dx_i = x_i (2 w_i - 4 s + 8e-5 s^3) with w = (1e5, 1).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T s = x[0] * x[0] + x[1] * x[1];
    const T c = T(-4) * s + ratio<T>(8, 100000) * s * s * s;
    g[0] = x[0] * (T(200000) + c);
    g[1] = x[1] * (T(2) + c);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T s = x[0] * x[0] + x[1] * x[1];
    const T c = T(-4) * s + ratio<T>(8, 100000) * s * s * s;
    const T dc = T(-4) + ratio<T>(24, 100000) * s * s;  // dc/ds
    h(0, 0) = T(200000) + c + T(2) * x[0] * x[0] * dc;
    h(0, 1) = T(2) * x[0] * x[1] * dc;
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) + c + T(2) * x[1] * x[1] * dc;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(DeckkersAarts);
}  // namespace gradlab::classic
