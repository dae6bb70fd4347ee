// The Wayburn-Seader function 1 (Jamil & Yang 2013, function 162):
//   f(x) = (x1^6 + x2^4 - 17)^2 + (2 x1 + x2 - 4)^2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct WayburnSeader1 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "wayburn_seader1",
        .family = "classic",
        .source =
            "T. L. Wayburn and J. D. Seader, Homotopy continuation methods for computer-aided process "
            "design, Computers and Chemical Engineering 11(1):7-25, 1987; as in M. Jamil and X.-S. Yang, A "
            "literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 162",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "Two zero-residual global minima, f* = 0: (1, 2) exactly, and (1.5968..., 0.8063...), the "
            "survey's (1.597, 0.806) polished by Newton's method in 50 digits. The survey calls it scalable "
            "but the formula has two variables, and gives no box; random points come from [-5, 5]^2"};
  }

  std::vector<double> x0(int /*n*/) const { return {0.0, 0.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const std::vector<double> x = polish_minimizer(WayburnSeader1(), {1.597, 0.806});
      return std::vector<Minimum>{{{1.0, 2.0}, 0.0}, {x, 0.0}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T x1sq = x[0] * x[0];
    const T x2sq = x[1] * x[1];
    const T r1 = x1sq * x1sq * x1sq + x2sq * x2sq - T(17);
    const T r2 = T(2) * x[0] + x[1] - T(4);
    return r1 * r1 + r2 * r2;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T x1sq = x[0] * x[0];
    const T x2sq = x[1] * x[1];
    const T r1 = x1sq * x1sq * x1sq + x2sq * x2sq - T(17);
    const T r2 = T(2) * x[0] + x[1] - T(4);
    g[0] = T(2) * (r1 * T(6) * x1sq * x1sq * x[0] + T(2) * r2);
    g[1] = T(2) * (r1 * T(4) * x2sq * x[1] + r2);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T x1sq = x[0] * x[0];
    const T x2sq = x[1] * x[1];
    const T r1 = x1sq * x1sq * x1sq + x2sq * x2sq - T(17);
    const T a = T(6) * x1sq * x1sq * x[0];  // dr1/dx1
    const T b = T(4) * x2sq * x[1];         // dr1/dx2
    h(0, 0) = T(2) * (a * a + T(4) + r1 * T(30) * x1sq * x1sq);
    h(0, 1) = T(2) * (a * b + T(2));
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) * (b * b + T(1) + r1 * T(12) * x2sq);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(WayburnSeader1);
}  // namespace gradlab::classic
