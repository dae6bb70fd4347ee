// The sphere function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = sum_{i=1}^{n} x_i^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Sphere {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "sphere",
            .family = "classic",
            .source =
                "K. A. De Jong, An Analysis of the Behavior of a Class of Genetic Adaptive Systems, PhD "
                "thesis, University of Michigan, 1975 (function F1); as in Surjanovic & Bingham, Virtual "
                "Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.12, 5.12); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& xi : x) f += xi * xi;
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Sphere);
}  // namespace gradlab::classic
