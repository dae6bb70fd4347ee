// The Alpine function 2 (Jamil & Yang 2013, function 7):
//   f(x) = prod_i sqrt(x_i) sin(x_i),  x_i > 0.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Alpine2 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "alpine2",
        .family = "classic",
        .source =
            "M. Clerc, The swarm and the queen: towards a deterministic and adaptive particle swarm "
            "optimization, Proc. IEEE Congress on Evolutionary Computation, 1951-1957, 1999; as in M. Jamil "
            "and X.-S. Yang, A literature survey of benchmark functions for global optimization problems, "
            "Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 7",
        .dimension = Dimension::scalable(1, 2),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Minimized as printed. Jamil & Yang state x* = (7.917, ..., 7.917) with f = 2.808^n: that is "
            "the maximum of f on [0, 10]^n. The minimum has one factor at its most negative value, "
            "phi(b) = -2.1827... at b = 4.8158..., and the others at their largest, phi(a) = 2.8081... at "
            "a = 7.9170... (phi(x) = sqrt(x) sin x, tan x = -2x at a and b), so there are n global "
            "minimizers, f* = phi(a)^(n-1) phi(b) (-6.1295... for n = 2, as in Gavana's collection); a and b "
            "are found by Newton's method in 50 digits. Random points come from [1e-3, 10]^n: at x_i = 0 the "
            "Hessian is infinite (d^2 sqrt(x) sin(x) / dx^2 ~ 1 / (4 sqrt x))"};
  }

  // x0_i = 7 + i / (n + 1), below the maximizer a of every factor: descent
  // turns one factor negative and ends at a global minimizer. From x0_i in
  // (5, 6) it ends in a local minimum with an odd number of negative factors.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = 7.0 + static_cast<double>(i + 1) / (n + 1);
    return x;
  }

  std::vector<Minimum> minima(int n) const {
    // a and b from the 2-D problem, whose minimizer is (a, b).
    static const std::vector<double> ab = polish_minimizer(Alpine2(), {7.917, 4.816});
    std::vector<Minimum> out;
    for (int k = 0; k < n; ++k) {
      std::vector<double> x(n, ab[0]);
      x[k] = ab[1];
      const std::vector<Real50> x50(x.begin(), x.end());
      out.push_back({x, static_cast<double>(value<Real50>(x50))});
    }
    return out;
  }
  Box domain(int n) const { return Box::uniform(n, 1e-3, 10.0); }

  template <class T>
  static T phi(const T& x) {
    using std::sin;
    using std::sqrt;
    return sqrt(x) * sin(x);
  }
  template <class T>
  static T dphi(const T& x) {
    using std::cos;
    using std::sin;
    using std::sqrt;
    const T s = sqrt(x);
    return sin(x) / (T(2) * s) + s * cos(x);
  }
  template <class T>
  static T d2phi(const T& x) {
    using std::cos;
    using std::sin;
    using std::sqrt;
    const T s = sqrt(x);
    return -sin(x) / (T(4) * x * s) + cos(x) / s - s * sin(x);
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(1);
    for (const T& xi : x) f *= phi(xi);
    return f;
  }

  // Products over all factors but one (or two) are formed directly, never by
  // dividing f by a factor that may vanish.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    std::vector<T> p(n);
    for (std::size_t i = 0; i < n; ++i) p[i] = phi(x[i]);
    for (std::size_t i = 0; i < n; ++i) {
      T others(1);
      for (std::size_t j = 0; j < n; ++j) {
        if (j != i) others *= p[j];
      }
      g[i] = dphi(x[i]) * others;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    std::vector<T> p(n), dp(n);
    for (std::size_t i = 0; i < n; ++i) {
      p[i] = phi(x[i]);
      dp[i] = dphi(x[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        T others(1);
        for (std::size_t k = 0; k < n; ++k) {
          if (k != i && k != j) others *= p[k];
        }
        h(i, j) = (i == j ? d2phi(x[i]) : dp[i] * dp[j]) * others;
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Alpine2);
}  // namespace gradlab::classic
