// A sum of rectified linear units plus a quadratic pull:
//   f(x) = sum_i [ relu(x_i) + (x_i - a_i)^2 / 2 ],  a = (2, 1/2, -1, 2, 1/2, -1, ...),
// relu(t) = max(0, t). The minimizer is x*_i = 1, 0, -1 for a_i = 2, 1/2, -1:
// every third coordinate of x* sits exactly on a ReLU kink.
#include <optional>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct ReluSum {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // max(0, .) chosen by value

  ProblemInfo info() const {
    return {.name = "relu_sum",
            .family = "pathological",
            .source =
                "V. Nair and G. E. Hinton, Rectified linear units improve restricted Boltzmann machines, "
                "ICML 2010; the choice of relu'(0) as studied in D. Bertoin, J. Bolte, S. Gerchinovitz and "
                "E. Pauwels, Numerical influence of ReLU'(0) on backpropagation, NeurIPS 2021; this sum is "
                "defined here",
            .dimension = Dimension::scalable(1, 6),
            .tags = {Tag::kNonsmooth},
            .notes =
                "f = sum relu(x_i) + (x_i - a_i)^2/2 with a_i = 2, 1/2, -1 repeating. Per coordinate the "
                "minimizer is x_i = a_i - 1 (a_i > 1), 0 (0 <= a_i <= 1) or a_i (a_i < 0): x* = (1, 0, -1, "
                "1, 0, -1, ...), f* = 3/2 per a = 2 coordinate plus 1/8 per a = 1/2 coordinate. Gradient "
                "relu'(x_i) + x_i - a_i, Hessian I off the kinks. The named "
                "start `kink` is x0 with x_1 = 0. Provokes: the relu'(0) convention of deep-learning "
                "frameworks (0 in PyTorch, TensorFlow and JAX) against central finite differences, which "
                "return 1/2 at a kink, and a minimizer on a kink where the conventional gradient is not 0 "
                "(it is -1/2 in each a = 1/2 coordinate).",
            .kink_convention = "relu'(0) = 0, as in PyTorch, TensorFlow and JAX"};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? 1.5 : -0.75;
    return x;
  }
  std::vector<Minimum> minima(int n) const {
    std::vector<double> x(n);
    double f = 0;
    for (int i = 0; i < n; ++i) {
      if (i % 3 == 0) {
        x[i] = 1.0;
        f += 1.5;  // relu(1) + (1 - 2)^2/2
      } else if (i % 3 == 1) {
        x[i] = 0.0;
        f += 0.125;  // (0 - 1/2)^2/2
      } else {
        x[i] = -1.0;  // relu(-1) + 0 = 0
      }
    }
    return {{x, f}};
  }
  std::vector<NamedPoint> starts(int n) const {
    std::vector<double> x = x0(n);
    x[0] = 0.0;
    return {{"kink", x}};
  }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (x[i] == 0) return "relu(x_" + index_text(i) + ") has a kink at 0";
    }
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - target<T>(i);
      f += d * d / T(2);
      if (value_of(x[i]) > 0) f += x[i];
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = x[i] - target<T>(i);
      if (value_of(x[i]) > 0) g[i] += T(1);
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(1);
  }

 private:
  template <class T>
  static T target(std::size_t i) {
    switch (i % 3) {
      case 0: return T(2);
      case 1: return T(1) / T(2);
      default: return T(-1);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ReluSum);
}  // namespace gradlab::pathological
