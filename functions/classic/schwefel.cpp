// The Schwefel function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = 418.9829 n - sum_{i=1}^{n} x_i sin(sqrt(|x_i|)).
#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Schwefel {
  static constexpr bool kComplexSafe = false;  // |x_i|
  // |x_i| chosen by sign: value() branches on value_of(x)
  static constexpr bool kControlFlowDependsOnX = true;

  ProblemInfo info() const {
    return {.name = "schwefel",
            .family = "classic",
            .source =
                "H.-P. Schwefel, Numerical Optimization of Computer Models, Wiley, 1981; as in Surjanovic "
                "& Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano/schwef.html)",
            .dimension = Dimension::scalable(1, 2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "on [-500, 500]^n; the global minimizer lies near a corner of the box, far from the "
                "next-best local minima (near -302.5 in some coordinate). "
                "Every x_i* is the root of sin(s) + (s/2) cos(s) = 0, s = sqrt(x), near 420.9687, found by "
                "Newton's method in 50 digits. VLSE states f* = 0, which holds only to the four decimals "
                "of the constant 418.9829: with the constant as printed, f* = 1.2727566e-5 n, evaluated at "
                "x* in 50 digits. At x_i = 0 f is only C^1: the gradient exists (-1.5 sqrt|x_i| nearby, "
                "0 there) but the Hessian is unbounded, and hessian() returns -inf for x_i = 0 (value() "
                "skips the term at exactly x_i = 0, so forward AD gives the right gradient there)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const {
    static const double kCoordinate = [] {
      // f is a sum over coordinates, so the one-dimensional problem gives every coordinate.
      return polish_minimizer(Schwefel(), {420.9687})[0];
    }();
    std::vector<double> xs(n, kCoordinate);
    const std::vector<Real50> x50(xs.begin(), xs.end());
    const double fs = static_cast<double>(value<Real50>(std::span<const Real50>(x50)));
    return {{std::move(xs), fs}};
  }
  Box domain(int n) const { return Box::uniform(n, -500.0, 500.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    using std::sqrt;
    T f = ratio<T>(4189829, 10000) * T(static_cast<int>(x.size()));
    for (const T& xi : x) {
      // At x_i = 0 the term and its derivative are 0, but forward AD through sqrt(0) would give 0 * inf.
      if (value_of(xi) != 0) f -= xi * sin(sqrt(magnitude(xi)));
    }
    return f;
  }

  // With s = sqrt|x|: d/dx [x sin(s)] = sin(s) + (s/2) cos(s), since x ds/dx = s/2.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    using std::sqrt;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T s = sqrt(magnitude(x[i]));
      g[i] = -(sin(s) + s * cos(s) / T(2));
    }
  }

  //   d^2/dx^2 [x sin(s)] = sign(x) (3 cos(s) - s sin(s)) / (4 s).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    using std::sqrt;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T s = sqrt(magnitude(x[i]));
      const T sign(value_of(x[i]) < 0 ? -1 : 1);
      h(i, i) = sign * (s * sin(s) - T(3) * cos(s)) / (T(4) * s);
    }
  }

 private:
  template <class T>
  static T magnitude(const T& v) {
    return value_of(v) < 0 ? T(-v) : v;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Schwefel);
}  // namespace gradlab::classic
