// The three-hump camel function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = 2 x1^2 - 1.05 x1^4 + x1^6 / 6 + x1 x2 + x2^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct ThreeHumpCamel {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "three_hump_camel",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes = "besides x* = 0 there are two local minima near (+-1.7476, -+0.8738), f about 0.2986"};
  }

  // The box centre is x*; (1, 1) lies in its basin, clear of the two local minima.
  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T u2 = x[0] * x[0];
    const T u4 = u2 * u2;
    return T(2) * u2 - ratio<T>(21, 20) * u4 + u4 * u2 / T(6) + x[0] * x[1] + x[1] * x[1];
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T u2 = x[0] * x[0];
    g[0] = x[0] * (T(4) - ratio<T>(21, 5) * u2 + u2 * u2) + x[1];
    g[1] = x[0] + T(2) * x[1];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T u2 = x[0] * x[0];
    h(0, 0) = T(4) - ratio<T>(63, 5) * u2 + T(5) * u2 * u2;
    h(0, 1) = T(1);
    h(1, 0) = T(1);
    h(1, 1) = T(2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ThreeHumpCamel);
}  // namespace gradlab::classic
