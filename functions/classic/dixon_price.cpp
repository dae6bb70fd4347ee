// The Dixon-Price function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = (x_1 - 1)^2 + sum_{i=2}^{n} i (2 x_i^2 - x_{i-1})^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct DixonPrice {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "dixon_price",
        .family = "classic",
        .source =
            "L. C. W. Dixon and R. C. Price, J. Optimization Theory and Applications 60(2):261-275, 1989; "
            "as in Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
        .dimension = Dimension::scalable(2, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "f = 0 needs x_1 = 1 and 2 x_i^2 = x_{i-1}, so every x_i but the last must be >= 0: the "
            "global minimizers are exactly the two points x_i = 2^(-(2^i - 2) / 2^i) for i < n and "
            "x_n = +-2^(-(2^n - 2) / 2^n), computed by x_i = sqrt(x_{i-1} / 2) in 50 digits"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }

  std::vector<Minimum> minima(int n) const {
    std::vector<double> xs(n);
    Real50 xi(1);
    xs[0] = 1.0;
    for (int i = 1; i < n; ++i) {
      xi = sqrt(xi / 2);
      xs[i] = static_cast<double>(xi);
    }
    std::vector<double> mirrored = xs;
    mirrored[n - 1] = -mirrored[n - 1];
    return {{std::move(xs), 0.0}, {std::move(mirrored), 0.0}};
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f = (x[0] - T(1)) * (x[0] - T(1));
    for (std::size_t i = 1; i < x.size(); ++i) {
      const T t = T(2) * x[i] * x[i] - x[i - 1];
      f += T(static_cast<long long>(i + 1)) * t * t;
    }
    return f;
  }

  // Term k = i + 1 >= 2 with t = 2 x_i^2 - x_{i-1} contributes 8 k x_i t to g_i
  // and -2 k t to g_{i-1}.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    g[0] = T(2) * (x[0] - T(1));
    for (std::size_t i = 1; i < x.size(); ++i) {
      const T k = T(static_cast<long long>(i + 1));
      const T t = T(2) * x[i] * x[i] - x[i - 1];
      g[i] = T(8) * k * x[i] * t;
      g[i - 1] -= T(2) * k * t;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    h(0, 0) = T(2);
    for (std::size_t i = 1; i < x.size(); ++i) {
      const T k = T(static_cast<long long>(i + 1));
      h(i, i) += T(8) * k * (T(6) * x[i] * x[i] - x[i - 1]);
      h(i - 1, i - 1) += T(2) * k;
      h(i, i - 1) = h(i - 1, i) = T(-8) * k * x[i];
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(DixonPrice);
}  // namespace gradlab::classic
