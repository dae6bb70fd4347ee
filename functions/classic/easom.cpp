// The Easom function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = -cos(x1) cos(x2) exp(-(x1 - pi)^2 - (x2 - pi)^2).
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Easom {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "easom",
            .family = "classic",
            .source =
                "E. E. Easom, A survey of global optimization techniques, M. Eng. thesis, University of "
                "Louisville, 1990; as in Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/easom.html)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "x* = (pi, pi), f* = -1; the minimum sits in a narrow well on a plateau where |f| and "
                "|grad f| fall below 1e-40 once |x - x*| > 10. VLSE searches [-100, 100]^2; the "
                "sampling box here is [-10, 10]^2 so that random points still see the well's tails"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    const double p = static_cast<double>(pi<Real50>());
    return {{{p, p}, -1.0}};
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    const T d0 = x[0] - pi<T>();
    const T d1 = x[1] - pi<T>();
    return -cos(x[0]) * cos(x[1]) * exp(-d0 * d0 - d1 * d1);
  }

  // With E = exp(-d1^2 - d2^2), d = x - pi: df/dx1 = cos(x2) E (sin x1 + 2 d1 cos x1).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T d0 = x[0] - pi<T>();
    const T d1 = x[1] - pi<T>();
    const T e = exp(-d0 * d0 - d1 * d1);
    const T c0 = cos(x[0]);
    const T c1 = cos(x[1]);
    g[0] = c1 * e * (sin(x[0]) + T(2) * d0 * c0);
    g[1] = c0 * e * (sin(x[1]) + T(2) * d1 * c1);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T d0 = x[0] - pi<T>();
    const T d1 = x[1] - pi<T>();
    const T e = exp(-d0 * d0 - d1 * d1);
    const T c0 = cos(x[0]);
    const T c1 = cos(x[1]);
    const T s0 = sin(x[0]);
    const T s1 = sin(x[1]);
    h(0, 0) = c1 * e * (T(3) * c0 - T(4) * d0 * s0 - T(4) * d0 * d0 * c0);
    h(1, 1) = c0 * e * (T(3) * c1 - T(4) * d1 * s1 - T(4) * d1 * d1 * c1);
    h(0, 1) = -e * (s0 + T(2) * d0 * c0) * (s1 + T(2) * d1 * c1);
    h(1, 0) = h(0, 1);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Easom);
}  // namespace gradlab::classic
