// The Eggholder function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = -(x2 + 47) sin(sqrt(|x2 + x1/2 + 47|)) - x1 sin(sqrt(|x1 - (x2 + 47)|)).
#include <optional>
#include <string>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Eggholder {
  static constexpr bool kComplexSafe = false;  // |.|
  // |.| chosen by sign: value() branches on value_of(x)
  static constexpr bool kControlFlowDependsOnX = true;

  ProblemInfo info() const {
    return {.name = "eggholder",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/egg.html); as listed in M. Jamil and X.-S. Yang, A literature survey "
                "of benchmark functions for global optimization problems, Int. J. Mathematical Modelling "
                "and Numerical Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth, Tag::kMultimodal},
            .notes =
                "S(z) = sin(sqrt|z|) behaves like sqrt|z| near z = 0, so on the lines p = x2 + x1/2 + 47 "
                "= 0 and q = x1 - x2 - 47 = 0 f has cusps with infinite one-sided slopes, and near them "
                "the double gradient inherits the rounding of p and q (about 1e-14 absolute) amplified "
                "by 1/|p|. The global minimum on [-512, 512]^2 lies on the boundary x1 = 512, where "
                "df/dx1 = -3.39, so it is not a stationary point: x2* near 404.2318 (VLSE: 404.2319, f* = "
                "-959.6407) solves df/dx2 = 0 at x1 = 512 by Newton's method in 50 digits, and f* is "
                "evaluated there; the minimum is marked not stationary",
            .kink_convention =
                "sign(0) = 0: on p = 0 or q = 0 the cusp term's derivative is taken as 0 (the one-sided "
                "slopes are infinite, so there is no subgradient)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Eggholder p;
      // One-dimensional Newton in x2 with x1 held at its bound.
      Real50 x2 = 404.2318;
      for (int it = 0; it < 50; ++it) {
        const std::vector<Real50> x = {Real50(512), x2};
        std::vector<Real50> g(2), h(4);
        p.gradient<Real50>(x, g);
        p.hessian<Real50>(x, MatrixRef<Real50>(h, 2));
        const Real50 step = g[1] / h[3];
        x2 -= step;
        if (abs(step) < Real50("1e-40")) break;
      }
      const std::vector<Real50> x50 = {Real50(512), Real50(static_cast<double>(x2))};
      return std::vector<Minimum>{{{512.0, static_cast<double>(x2)},
                                   static_cast<double>(p.value<Real50>(x50)),
                                   17,
                                   /*stationary=*/false}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -512.0, 512.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    // In 50 digits the sums of these doubles are exact, so only points truly on a line are reported.
    const Real50 x1 = x[0];
    const Real50 x2 = x[1];
    if (x2 + x1 / 2 + 47 == 0) return "eggholder: sqrt|x2 + x1/2 + 47| has a cusp where it is 0";
    if (x1 - x2 - 47 == 0) return "eggholder: sqrt|x1 - x2 - 47| has a cusp where it is 0";
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    using std::sqrt;
    const T p = x[1] + x[0] / T(2) + T(47);
    const T q = x[0] - x[1] - T(47);
    return -(x[1] + T(47)) * sin(sqrt(magnitude(p))) - x[0] * sin(sqrt(magnitude(q)));
  }

  // With S(z) = sin(sqrt|z|), dp = (1/2, 1), dq = (1, -1):
  //   df/dx1 = -(x2 + 47) S'(p) / 2 - S(q) - x1 S'(q),
  //   df/dx2 = -S(p) - (x2 + 47) S'(p) + x1 S'(q).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T sp, sp1, sp2, sq, sq1, sq2;
    cusp(x[1] + x[0] / T(2) + T(47), sp, sp1, sp2);
    cusp(x[0] - x[1] - T(47), sq, sq1, sq2);
    const T y = x[1] + T(47);
    g[0] = -y * sp1 / T(2) - sq - x[0] * sq1;
    g[1] = -sp - y * sp1 + x[0] * sq1;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T sp, sp1, sp2, sq, sq1, sq2;
    cusp(x[1] + x[0] / T(2) + T(47), sp, sp1, sp2);
    cusp(x[0] - x[1] - T(47), sq, sq1, sq2);
    const T y = x[1] + T(47);
    h(0, 0) = -y * sp2 / T(4) - T(2) * sq1 - x[0] * sq2;
    h(0, 1) = -sp1 / T(2) - y * sp2 / T(2) + sq1 + x[0] * sq2;
    h(1, 0) = h(0, 1);
    h(1, 1) = T(-2) * sp1 - y * sp2 - x[0] * sq2;
  }

 private:
  template <class T>
  static T magnitude(const T& v) {
    return value_of(v) < 0 ? T(-v) : v;
  }

  // S(z) = sin(t), t = sqrt|z|, and
  //   S'(z) = sign(z) cos(t) / (2t),  S''(z) = -(t sin(t) + cos(t)) / (4 t^3),
  // with both derivatives taken as 0 at z = 0 (the kink convention).
  template <class T>
  static void cusp(const T& z, T& s, T& s1, T& s2) {
    using std::cos;
    using std::sin;
    using std::sqrt;
    const T t = sqrt(magnitude(z));
    s = sin(t);
    if (value_of(z) == 0) {
      s1 = s2 = T(0);
      return;
    }
    const T c = cos(t);
    s1 = T(value_of(z) < 0 ? -1 : 1) * c / (T(2) * t);
    s2 = -(t * s + c) / (T(4) * t * t * t);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Eggholder);
}  // namespace gradlab::classic
