// Rosenbrock's function in the chained form (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = sum_{i=1}^{n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Rosenbrock {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "rosenbrock",
            .family = "classic",
            .source =
                "H. H. Rosenbrock, The Computer Journal 3(3):175-184, 1960; chained form as in "
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(2, 10),
            .tags = {Tag::kSmooth}};
  }

  // The classic start (-1.2, 1, -1.2, 1, ...).
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? -1.2 : 1.0;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      T a = x[i + 1] - x[i] * x[i];
      T b = T(1) - x[i];
      f += T(100) * a * a + b * b;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (auto& gi : g) gi = T(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      T a = x[i + 1] - x[i] * x[i];
      g[i] += T(-400) * x[i] * a - T(2) * (T(1) - x[i]);
      g[i + 1] += T(200) * a;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      h(i, i) += T(1200) * x[i] * x[i] - T(400) * x[i + 1] + T(2);
      h(i, i + 1) += T(-400) * x[i];
      h(i + 1, i) += T(-400) * x[i];
      h(i + 1, i + 1) += T(200);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Rosenbrock);
}  // namespace gradlab::classic
