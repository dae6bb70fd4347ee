// Price's function 2 (Jamil & Yang 2013, function 95):
//   f(x) = 1 + sin^2(x1) + sin^2(x2) - 0.1 exp(-x1^2 - x2^2).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Price2 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "price2",
        .family = "classic",
        .source =
            "W. L. Price, A controlled random search procedure for global optimisation, The Computer "
            "Journal 20(4):367-370, 1977; as in M. Jamil and X.-S. Yang, A literature survey of benchmark "
            "functions for global optimization problems, Int. J. Mathematical Modelling and Numerical "
            "Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 95",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Global minimizer (0, 0) with f* = 0.9; local minima near every (k pi, l pi), where the "
            "Gaussian dip no longer reaches"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    return {{{0.0, 0.0}, static_cast<double>(Real50(9) / Real50(10))}};
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    using std::sin;
    const T s1 = sin(x[0]);
    const T s2 = sin(x[1]);
    return T(1) + s1 * s1 + s2 * s2 - exp(-x[0] * x[0] - x[1] * x[1]) / T(10);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    using std::sin;
    const T e = exp(-x[0] * x[0] - x[1] * x[1]);
    for (std::size_t i = 0; i < 2; ++i) g[i] = sin(T(2) * x[i]) + x[i] * e / T(5);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    const T e = exp(-x[0] * x[0] - x[1] * x[1]);
    for (std::size_t i = 0; i < 2; ++i) {
      for (std::size_t j = 0; j < 2; ++j) h(i, j) = T(-2) * x[i] * x[j] * e / T(5);
      h(i, i) += T(2) * cos(T(2) * x[i]) + e / T(5);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Price2);
}  // namespace gradlab::classic
