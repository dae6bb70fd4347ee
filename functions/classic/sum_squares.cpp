// The sum squares function, also called the axis-parallel hyper-ellipsoid
// (Surjanovic & Bingham, Virtual Library of Simulation Experiments):
//   f(x) = sum_{i=1}^{n} i x_i^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct SumSquares {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "sum_squares",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) f += T(i + 1) * x[i] * x[i];
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2 * (i + 1)) * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(2 * (i + 1));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(SumSquares);
}  // namespace gradlab::classic
