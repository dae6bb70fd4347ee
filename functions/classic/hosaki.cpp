// Hosaki's function (Jamil & Yang 2013, function 66):
//   f(x) = (1 - 8 x1 + 7 x1^2 - 7/3 x1^3 + 1/4 x1^4) x2^2 exp(-x2).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Hosaki {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "hosaki",
        .family = "classic",
        .source =
            "G. A. Bekey and M. T. Ung, A comparative evaluation of two global search algorithms, IEEE "
            "Trans. Systems, Man and Cybernetics 4(1):112-116, 1974; as in M. Jamil and X.-S. Yang, A "
            "literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 66",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth},
        .notes =
            "f = p(x1) q(x2) with p'(x1) = (x1 - 1)(x1 - 2)(x1 - 4) and q'(x2) = x2 (2 - x2) exp(-x2), so "
            "the minimizer over the box [0, 5] x [0, 6] is exactly (4, 2), f* = -52 / (3 e^2) = "
            "-2.3458115761... (the survey's -2.3458); a second local minimum lies at (1, 2). The minimum "
            "is the box's: f is unbounded below as x2 -> -infinity wherever p(x1) < 0"};
  }

  std::vector<double> x0(int /*n*/) const { return {3.0, 3.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    const std::vector<Real50> x50 = {Real50(4), Real50(2)};
    return {{{4.0, 2.0}, static_cast<double>(value<Real50>(x50))}};
  }
  Box domain(int /*n*/) const { return {{0.0, 0.0}, {5.0, 6.0}}; }

  template <class T>
  static T p(const T& t) {
    return T(1) + t * (T(-8) + t * (T(7) + t * (ratio<T>(-7, 3) + t / T(4))));
  }
  template <class T>
  static T dp(const T& t) {
    return T(-8) + t * (T(14) + t * (T(-7) + t));
  }
  template <class T>
  static T d2p(const T& t) {
    return T(14) + t * (T(-14) + T(3) * t);
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    return p(x[0]) * x[1] * x[1] * exp(-x[1]);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    const T e = exp(-x[1]);
    const T q = x[1] * x[1] * e;
    const T dq = x[1] * (T(2) - x[1]) * e;
    g[0] = dp(x[0]) * q;
    g[1] = p(x[0]) * dq;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    const T e = exp(-x[1]);
    const T q = x[1] * x[1] * e;
    const T dq = x[1] * (T(2) - x[1]) * e;
    const T d2q = (T(2) - T(4) * x[1] + x[1] * x[1]) * e;
    h(0, 0) = d2p(x[0]) * q;
    h(0, 1) = dp(x[0]) * dq;
    h(1, 0) = h(0, 1);
    h(1, 1) = p(x[0]) * d2q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Hosaki);
}  // namespace gradlab::classic
