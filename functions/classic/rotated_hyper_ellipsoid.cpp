// The rotated hyper-ellipsoid function (Surjanovic & Bingham, Virtual Library
// of Simulation Experiments):
//   f(x) = sum_{i=1}^{n} sum_{j=1}^{i} x_j^2,
// which equals sum_j (n + 1 - j) x_j^2; the derivatives use that form.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct RotatedHyperEllipsoid {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "rotated_hyper_ellipsoid",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -65.536, 65.536); }

  // The double sum as written, kept O(n) with a running inner sum.
  template <class T>
  T value(std::span<const T> x) const {
    T inner(0);
    T f(0);
    for (const T& xi : x) {
      inner += xi * xi;
      f += inner;
    }
    return f;
  }

  // x_j appears in the inner sums of i = j..n, i.e. n + 1 - j times (1-based).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    for (std::size_t j = 0; j < n; ++j) g[j] = T(2 * (n - j)) * x[j];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    h.fill(T(0));
    for (std::size_t j = 0; j < n; ++j) h(j, j) = T(2 * (n - j));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(RotatedHyperEllipsoid);
}  // namespace gradlab::classic
