// MGH (23), penalty function I: m = n + 1, a = 1e-5,
//   r_i = sqrt(a) (x_i - 1)  (i <= n),   r_{n+1} = sum_j x_j^2 - 1/4.
#include <cmath>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct Penalty1 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        23, "penalty1", Dimension::scalable(1, 10), "m = n + 1",
        "a = 1e-5; the paper leaves n free and tabulates f* = 2.24997...e-5 (n = 4) and "
        "7.08765...e-5 (n = 10) without x*. For every n the global minimizer is x* = c (1, ..., 1) "
        "with c the positive root of 2n c^3 + (a - 1/2) c - a = 0 (for fixed |x|, sum (x_i - 1)^2 "
        "is least along (1, ..., 1)); c is found by Newton's method in 50 digits, the Hessian "
        "there is positive definite, and f* agrees with the paper's digits for n = 4 and 10");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int j = 0; j < n; ++j) x[j] = j + 1.0;
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const {
    // Newton on g(c) = 2n c^3 + (a - 1/2) c - a from just above the a-free root 1/(2 sqrt n):
    // g is convex for c > 0 and positive there, so the iterates decrease monotonically to the root.
    const Real50 a = Real50(1) / 100000;
    Real50 c = Real50(1) / (2 * sqrt(Real50(n))) + a;
    for (int it = 0; it < 100; ++it) {
      const Real50 g = 2 * n * c * c * c + (a - Real50(1) / 2) * c - a;
      const Real50 dg = 6 * n * c * c + a - Real50(1) / 2;
      const Real50 step = g / dg;
      c -= step;
      if (abs(step) < Real50("1e-45") * c) break;
    }
    const std::vector<Real50> x50(n, c);
    const std::vector<double> x(n, static_cast<double>(c));
    return {{x, static_cast<double>(LeastSquares<Penalty1>().value<Real50>(x50))}};
  }
  Box domain(int n) const { return Box::uniform(n, -1.0, n + 1.0); }

  int residual_count(int n) const { return n + 1; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const std::size_t n = x.size();
    const T sa = sqrt_a<T>();
    T s(0);
    for (std::size_t i = 0; i < n; ++i) {
      r[i] = sa * (x[i] - T(1));
      s += x[i] * x[i];
    }
    r[n] = s - ratio<T>(1, 4);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const std::size_t n = x.size();
    const T sa = sqrt_a<T>();
    j.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      j(i, i) = sa;
      j(n, i) = T(2) * x[i];
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) h(i, i) += T(2) * w[n];
  }

 private:
  template <class T>
  static T sqrt_a() {
    using std::sqrt;
    using R = real_of_t<T>;
    return T(sqrt(R(1) / R(100000)));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Penalty1>);
}  // namespace gradlab::mgh
