// Booth's function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = (x1 + 2 x2 - 7)^2 + (2 x1 + x2 - 5)^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Booth {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "booth",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth}};
  }

  // The centre of the domain box; the literature has no standard start.
  std::vector<double> x0(int /*n*/) const { return {0.0, 0.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{1.0, 3.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T r1 = x[0] + T(2) * x[1] - T(7);
    const T r2 = T(2) * x[0] + x[1] - T(5);
    return r1 * r1 + r2 * r2;
  }

  // The residuals are linear, so the Hessian 2 J^T J is constant.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T r1 = x[0] + T(2) * x[1] - T(7);
    const T r2 = T(2) * x[0] + x[1] - T(5);
    g[0] = T(2) * r1 + T(4) * r2;
    g[1] = T(4) * r1 + T(2) * r2;
  }

  template <class T>
  void hessian(std::span<const T> /*x*/, MatrixRef<T> h) const {
    h(0, 0) = T(10);
    h(0, 1) = T(8);
    h(1, 0) = T(8);
    h(1, 1) = T(10);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Booth);
}  // namespace gradlab::classic
