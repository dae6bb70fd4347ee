// The Levy function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments): with w_i = 1 + (x_i - 1) / 4,
//   f(x) = sin^2(pi w_1) + sum_{i=1}^{n-1} (w_i - 1)^2 [1 + 10 sin^2(pi w_i + 1)]
//          + (w_n - 1)^2 [1 + sin^2(2 pi w_n)].
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Levy {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "levy",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano), "
                "following M. Laguna and R. Marti, J. Global Optimization 33(2):235-255, 2005",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth, Tag::kMultimodal}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  // Every term depends on one coordinate; d = w_i - 1 = (x_i - 1) / 4 is formed
  // directly so that it is exact near the minimizer.
  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const std::size_t n = x.size();
    const T p = pi<T>();
    const T quarter = ratio<T>(1, 4);
    const T s1 = sin(p * (T(1) + (x[0] - T(1)) * quarter));
    T f = s1 * s1;
    for (std::size_t i = 0; i + 1 < n; ++i) {
      const T d = (x[i] - T(1)) * quarter;
      const T s = sin(p * (T(1) + d) + T(1));
      f += d * d * (T(1) + T(10) * s * s);
    }
    const T d = (x[n - 1] - T(1)) * quarter;
    const T s = sin(T(2) * p * (T(1) + d));
    return f + d * d * (T(1) + s * s);
  }

  // Derivatives in w, times dw/dx = 1/4 per order.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const std::size_t n = x.size();
    const T p = pi<T>();
    const T quarter = ratio<T>(1, 4);
    for (std::size_t i = 0; i < n; ++i) {
      const T d = (x[i] - T(1)) * quarter;
      const T w = T(1) + d;
      T dw(0);
      if (i == 0) dw += p * sin(T(2) * p * w);
      if (i + 1 < n) {
        const T s = sin(p * w + T(1));
        dw += T(2) * d * (T(1) + T(10) * s * s) + T(10) * p * d * d * sin(T(2) * (p * w + T(1)));
      }
      if (i + 1 == n) {
        const T s = sin(T(2) * p * w);
        dw += T(2) * d * (T(1) + s * s) + T(2) * p * d * d * sin(T(4) * p * w);
      }
      g[i] = dw * quarter;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const std::size_t n = x.size();
    const T p = pi<T>();
    const T quarter = ratio<T>(1, 4);
    h.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      const T d = (x[i] - T(1)) * quarter;
      const T w = T(1) + d;
      T dww(0);
      if (i == 0) dww += T(2) * p * p * cos(T(2) * p * w);
      if (i + 1 < n) {
        const T s = sin(p * w + T(1));
        const T arg = T(2) * (p * w + T(1));
        dww += T(2) + T(20) * s * s + T(40) * p * d * sin(arg) + T(20) * p * p * d * d * cos(arg);
      }
      if (i + 1 == n) {
        const T s = sin(T(2) * p * w);
        dww += T(2) * (T(1) + s * s) + T(8) * p * d * sin(T(4) * p * w) +
               T(8) * p * p * d * d * cos(T(4) * p * w);
      }
      h(i, i) = dww * quarter * quarter;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Levy);
}  // namespace gradlab::classic
