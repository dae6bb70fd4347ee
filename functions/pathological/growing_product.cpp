// A product of n factors, each at least 1:
//   f(x) = prod_{i=1}^n (1 + x_i^2),
// the value and every derivative grow geometrically with n (each factor is up
// to 10 on the domain), so at n = 64 they reach 1e30 at typical points and
// 1e64 at the corners, while the minimum stays f(0) = 1.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct GrowingProduct {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "growing_product",
            .family = "pathological",
            .source =
                "defined here; the multiplicative growth behind exploding gradients as in R. Pascanu, "
                "T. Mikolov and Y. Bengio, On the difficulty of training recurrent neural networks, "
                "ICML 2013",
            .dimension = {.fixed_n = 0, .min_n = 2, .max_n = 64, .multiple_of = 1, .default_n = 16},
            .tags = {Tag::kSmooth},
            .notes =
                "f = prod (1 + x_i^2), df/dx_i = f 2 x_i / (1 + x_i^2). On [-3, 3]^n, f and the gradient "
                "are typically e^(1.13 n): median 1e8 at n = 16, 3e31 at n = 64 (5e32 at x0), up to 1e64 "
                "at the corners; the Hessian likewise, so nothing overflows in double for n <= 64. Provokes: "
                "absolute tolerances and absolute finite-difference steps that are meaningless at this "
                "scale, and a gradient scale that grows by orders of magnitude between x0 and x* = 0 "
                "(f* = 1)."};
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 1.5); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(1);
    for (const T& xi : x) f *= T(1) + xi * xi;
    return f;
  }

  // The factors are >= 1 on the real line, so dividing f by one is safe.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T f = value(x);
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = f * T(2) * x[i] / (T(1) + x[i] * x[i]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    const T f = value(x);
    std::vector<T> u(n);  // d log f / dx_i
    for (std::size_t i = 0; i < n; ++i) u[i] = T(2) * x[i] / (T(1) + x[i] * x[i]);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j)
        h(i, j) = i == j ? f * T(2) / (T(1) + x[i] * x[i]) : f * u[i] * u[j];
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(GrowingProduct);
}  // namespace gradlab::pathological
