// The sum of different powers function (Surjanovic & Bingham, Virtual Library
// of Simulation Experiments):
//   f(x) = sum_{i=1}^{n} |x_i|^(i+1).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

template <class T>
T int_power(T base, int k) {
  T out(1);
  for (; k > 0; k >>= 1) {
    if (k & 1) out *= base;
    base *= base;
  }
  return out;
}

struct SumOfDifferentPowers {
  static constexpr bool kComplexSafe = false;  // |x_i|^(i+1) with i+1 odd is not holomorphic
  // |x_i| chosen by sign: value() branches on value_of(x)
  static constexpr bool kControlFlowDependsOnX = true;

  ProblemInfo info() const {
    return {.name = "sum_of_different_powers",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/sumpow.html), following M. Molga and C. Smutnicki, Test functions "
                "for optimization needs, 2005",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth},
            .notes =
                "x* = 0, f* = 0. Every exponent is at least 2, so f has a continuous gradient and Hessian "
                "everywhere (|x|^3 is C^2 at 0, not C^3); the curvature in x_i vanishes at x* for i >= 2, "
                "so x* is degenerate and convergence in the later coordinates is slow"};
  }

  // x0_i = i/(n+1): distinct coordinates inside the box, none at a minimizer.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) f += int_power(magnitude(x[i]), static_cast<int>(i) + 2);
    return f;
  }

  // d/dx |x|^k = k x |x|^(k-2), which needs no sign and is 0 at x = 0 for k >= 2.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      const int k = static_cast<int>(i) + 2;
      g[i] = T(k) * x[i] * int_power(magnitude(x[i]), k - 2);
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const int k = static_cast<int>(i) + 2;
      h(i, i) = T(k * (k - 1)) * int_power(magnitude(x[i]), k - 2);
    }
  }

 private:
  template <class T>
  static T magnitude(const T& v) {
    return value_of(v) < 0 ? T(-v) : v;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(SumOfDifferentPowers);
}  // namespace gradlab::classic
