// Price's function 4 (Jamil & Yang 2013, function 97):
//   f(x) = (2 x1^3 x2 - x2^3)^2 + (6 x1 - x2^2 + x2)^2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Price4 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "price4",
        .family = "classic",
        .source =
            "W. L. Price, A controlled random search procedure for global optimisation, The Computer "
            "Journal 20(4):367-370, 1977; as in M. Jamil and X.-S. Yang, A literature survey of benchmark "
            "functions for global optimization problems, Int. J. Mathematical Modelling and Numerical "
            "Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 97",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "A sum of two squared residuals with three zeros, all global minima with f* = 0: (0, 0) (where "
            "the Hessian is singular), (2, 4), and (1.4643..., -2.5060...), where x1 is the real root of "
            "2 x1^3 + 4 x1^2 - 4 x1 - 9 and x2 = 2 x1^3 - 6 x1; the survey's (1.464, -2.506) is polished "
            "by Newton's method in 50 digits"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const std::vector<double> x = polish_minimizer(Price4(), {1.464, -2.506});
      return std::vector<Minimum>{{{0.0, 0.0}, 0.0}, {{2.0, 4.0}, 0.0}, {x, 0.0}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T r1 = T(2) * x[0] * x[0] * x[0] * x[1] - x[1] * x[1] * x[1];
    const T r2 = T(6) * x[0] - x[1] * x[1] + x[1];
    return r1 * r1 + r2 * r2;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T x1sq = x[0] * x[0];
    const T r1 = T(2) * x1sq * x[0] * x[1] - x[1] * x[1] * x[1];
    const T r2 = T(6) * x[0] - x[1] * x[1] + x[1];
    g[0] = T(2) * (r1 * T(6) * x1sq * x[1] + r2 * T(6));
    g[1] = T(2) * (r1 * (T(2) * x1sq * x[0] - T(3) * x[1] * x[1]) + r2 * (T(1) - T(2) * x[1]));
  }

  //   H = 2 (J^T J + r1 d2r1 + r2 d2r2),  d2r1 = [[12 x1 x2, 6 x1^2], [6 x1^2, -6 x2]],
  //   d2r2 = [[0, 0], [0, -2]].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T x1sq = x[0] * x[0];
    const T r1 = T(2) * x1sq * x[0] * x[1] - x[1] * x[1] * x[1];
    const T r2 = T(6) * x[0] - x[1] * x[1] + x[1];
    const T a1 = T(6) * x1sq * x[1];
    const T b1 = T(2) * x1sq * x[0] - T(3) * x[1] * x[1];
    const T a2(6);
    const T b2 = T(1) - T(2) * x[1];
    h(0, 0) = T(2) * (a1 * a1 + a2 * a2 + r1 * T(12) * x[0] * x[1]);
    h(0, 1) = T(2) * (a1 * b1 + a2 * b2 + r1 * T(6) * x1sq);
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) * (b1 * b1 + b2 * b2 - r1 * T(6) * x[1] - T(2) * r2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Price4);
}  // namespace gradlab::classic
