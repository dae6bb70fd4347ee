// The Trid function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = sum_{i=1}^{n} (x_i - 1)^2 - sum_{i=2}^{n} x_i x_{i-1}.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Trid {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "trid",
        .family = "classic",
        .source = "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
        .dimension = Dimension::scalable(2, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "convex quadratic with tridiagonal Hessian; x*_i = i (n + 1 - i), f* = -n (n + 4) (n - 1) / 6"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }

  // The stationarity system 2 (x_i - 1) = x_{i-1} + x_{i+1} is solved by i (n + 1 - i).
  std::vector<Minimum> minima(int n) const {
    std::vector<double> xs(n);
    for (int i = 1; i <= n; ++i) xs[i - 1] = static_cast<double>(static_cast<long long>(i) * (n + 1 - i));
    const long long nn = n;
    const double fs = static_cast<double>(-(nn * (nn + 4) * (nn - 1) / 6));
    return {{std::move(xs), fs}};
  }
  Box domain(int n) const {
    const double r = static_cast<double>(n) * n;
    return Box::uniform(n, -r, r);
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(1);
      f += d * d;
      if (i > 0) f -= x[i] * x[i - 1];
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      g[i] = T(2) * (x[i] - T(1));
      if (i > 0) g[i] -= x[i - 1];
      if (i + 1 < n) g[i] -= x[i + 1];
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    h.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      h(i, i) = T(2);
      if (i > 0) h(i, i - 1) = h(i - 1, i) = T(-1);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Trid);
}  // namespace gradlab::classic
