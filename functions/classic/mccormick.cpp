// The McCormick function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = sin(x1 + x2) + (x1 - x2)^2 - 1.5 x1 + 2.5 x2 + 1.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct McCormick {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "mccormick",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "with s = x1 + x2 and d = x1 - x2, f = sin s + 0.5 s + (d - 1)^2, so the local minima "
                "are d = 1, s = -2 pi/3 + 2 pi k; the box holds k = 0 (global, f* = -sqrt(3)/2 - pi/3) "
                "and k = 1 (f = -sqrt(3)/2 + 2 pi/3)"};
  }

  // The origin, inside the box and in the steepest-descent basin of x*; the
  // box centre (1.25, 0.5) would slide out of the box to the k = -1 minimum.
  std::vector<double> x0(int /*n*/) const { return {0.0, 0.0}; }

  // x* = ((1 + s*) / 2, (s* - 1) / 2) with s* = -2 pi/3, and f* = sin s* + s*/2.
  std::vector<Minimum> minima(int /*n*/) const {
    using std::sqrt;
    const Real50 third_pi = pi<Real50>() / 3;
    const Real50 half = ratio<Real50>(1, 2);
    return {{{static_cast<double>(half - third_pi), static_cast<double>(-half - third_pi)},
             static_cast<double>(-sqrt(Real50(3)) / 2 - third_pi)}};
  }
  Box domain(int /*n*/) const { return {{-1.5, -3.0}, {4.0, 4.0}}; }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T d = x[0] - x[1];
    return sin(x[0] + x[1]) + d * d - ratio<T>(3, 2) * x[0] + ratio<T>(5, 2) * x[1] + T(1);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    const T c = cos(x[0] + x[1]);
    const T d = x[0] - x[1];
    g[0] = c + T(2) * d - ratio<T>(3, 2);
    g[1] = c - T(2) * d + ratio<T>(5, 2);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::sin;
    const T s = sin(x[0] + x[1]);
    h(0, 0) = T(2) - s;
    h(0, 1) = T(-2) - s;
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) - s;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(McCormick);
}  // namespace gradlab::classic
