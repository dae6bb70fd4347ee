// The cube function (Jamil & Yang 2013, function 41):
//   f(x) = 100 (x2 - x1^3)^2 + (1 - x1)^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Cube {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "cube",
        .family = "classic",
        .source =
            "A. Lavi and T. P. Vogel (eds.), Recent Advances in Optimization Techniques, Wiley, 1966; as in "
            "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 41",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "Rosenbrock's valley bent along x2 = x1^3. Minimizer (1, 1), f* = 0; the survey's (-1, 1) is a "
            "misprint (f(-1, 1) = 404)"};
  }

  // Rosenbrock's classic start.
  std::vector<double> x0(int /*n*/) const { return {-1.2, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{1.0, 1.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T a = x[1] - x[0] * x[0] * x[0];
    const T b = T(1) - x[0];
    return T(100) * a * a + b * b;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T a = x[1] - x[0] * x[0] * x[0];
    g[0] = T(-600) * x[0] * x[0] * a - T(2) * (T(1) - x[0]);
    g[1] = T(200) * a;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T x2 = x[0] * x[0];
    const T a = x[1] - x2 * x[0];
    h(0, 0) = T(-1200) * x[0] * a + T(1800) * x2 * x2 + T(2);
    h(0, 1) = T(-600) * x2;
    h(1, 0) = h(0, 1);
    h(1, 1) = T(200);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Cube);
}  // namespace gradlab::classic
