// The Zakharov function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments): with s = sum_{i=1}^{n} i x_i / 2,
//   f(x) = sum_{i=1}^{n} x_i^2 + s^2 + s^4.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Zakharov {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "zakharov",
            .family = "classic",
            .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(2, 10),
            .tags = {Tag::kSmooth}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T sum_sq(0);
    const T s = weighted_sum(x);
    for (const T& xi : x) sum_sq += xi * xi;
    const T s2 = s * s;
    return sum_sq + s2 + s2 * s2;
  }

  // ds/dx_i = i/2, so g_i = 2 x_i + i (s + 2 s^3).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T s = weighted_sum(x);
    const T outer = s + T(2) * s * s * s;
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * x[i] + T(static_cast<long long>(i + 1)) * outer;
  }

  // H_ij = 2 delta_ij + i j (1 + 6 s^2) / 2.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    const T s = weighted_sum(x);
    const T curvature = (T(1) + T(6) * s * s) * ratio<T>(1, 2);
    h.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      const T wi = T(static_cast<long long>(i + 1));
      for (std::size_t j = 0; j < n; ++j) h(i, j) = curvature * wi * T(static_cast<long long>(j + 1));
      h(i, i) += T(2);
    }
  }

 private:
  template <class T>
  static T weighted_sum(std::span<const T> x) {
    T s(0);
    for (std::size_t i = 0; i < x.size(); ++i) s += T(static_cast<long long>(i + 1)) * x[i];
    return s * ratio<T>(1, 2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Zakharov);
}  // namespace gradlab::classic
