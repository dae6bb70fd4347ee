// The Csendes function (Jamil & Yang 2013, function 40):
//   f(x) = sum_i x_i^6 (2 + sin(1 / x_i)),  each term 0 at x_i = 0.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Csendes {
  // sin(1/x) has an essential singularity at 0: a complex step there blows up.
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // x_i = 0 is a separate branch

  ProblemInfo info() const {
    return {
        .name = "csendes",
        .family = "classic",
        .source =
            "T. Csendes and D. Ratz, Subdivision direction selection in interval methods for global "
            "optimization, SIAM J. Numerical Analysis 34(3):922-938, 1997; as in M. Jamil and X.-S. Yang, "
            "A literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 40",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "The term h(x) = x^6 (2 + sin(1/x)) is extended by h(0) = 0; h, h' and h'' are continuous "
            "there with value 0 (h''' is bounded but has no limit), so the gradient and Hessian exist "
            "everywhere. Infinitely many local minima accumulate at 0, where h' = x^4 (6x (2 + sin(1/x)) - "
            "cos(1/x)) changes sign; the global minimizer is x* = 0 with f* = 0"};
  }

  // x0_i = i / (n + 1): inside the box [-1, 1]^n.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    T f(0);
    for (const T& xi : x) {
      if (value_of(xi) == 0) continue;
      const T x2 = xi * xi;
      f += x2 * x2 * x2 * (T(2) + sin(T(1) / xi));
    }
    return f;
  }

  //   h'(x) = 6 x^5 (2 + sin(1/x)) - x^4 cos(1/x).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T& xi = x[i];
      if (value_of(xi) == 0) {
        g[i] = T(0);
        continue;
      }
      const T x2 = xi * xi;
      const T x4 = x2 * x2;
      const T u = T(1) / xi;
      g[i] = T(6) * x4 * xi * (T(2) + sin(u)) - x4 * cos(u);
    }
  }

  //   h''(x) = 30 x^4 (2 + sin(1/x)) - 10 x^3 cos(1/x) - x^2 sin(1/x).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T& xi = x[i];
      if (value_of(xi) == 0) continue;
      const T x2 = xi * xi;
      const T u = T(1) / xi;
      h(i, i) = T(30) * x2 * x2 * (T(2) + sin(u)) - T(10) * x2 * xi * cos(u) - x2 * sin(u);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Csendes);
}  // namespace gradlab::classic
