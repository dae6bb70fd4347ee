// The Matyas function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = 0.26 (x1^2 + x2^2) - 0.48 x1 x2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Matyas {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "matyas",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth},
            .notes = "a convex quadratic with Hessian eigenvalues 1 (along (1, -1)) and 0.04 (along (1, 1))"};
  }

  // Off both eigenvectors (1, +-1), so the slow eigenvalue 0.04 shows; the box centre is x*.
  std::vector<double> x0(int /*n*/) const { return {2.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    return ratio<T>(13, 50) * (x[0] * x[0] + x[1] * x[1]) - ratio<T>(12, 25) * x[0] * x[1];
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    g[0] = ratio<T>(13, 25) * x[0] - ratio<T>(12, 25) * x[1];
    g[1] = ratio<T>(13, 25) * x[1] - ratio<T>(12, 25) * x[0];
  }

  template <class T>
  void hessian(std::span<const T> /*x*/, MatrixRef<T> h) const {
    h(0, 0) = ratio<T>(13, 25);
    h(0, 1) = ratio<T>(-12, 25);
    h(1, 0) = ratio<T>(-12, 25);
    h(1, 1) = ratio<T>(13, 25);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Matyas);
}  // namespace gradlab::classic
