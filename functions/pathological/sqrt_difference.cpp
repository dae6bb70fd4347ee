// The pseudo-Huber loss with a large transition scale:
//   f(x) = sum_i D^2 (sqrt(1 + (d_i / D)^2) - 1),  d_i = x_i - i,  D = 1e6.
// sqrt(1 + 1e-11) - 1 keeps about 5 of 16 digits when formed naively;
// rewritten as d^2 / (sqrt(1 + (d/D)^2) + 1) it keeps all of them.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct SqrtDifference {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "sqrt_difference",
            .family = "pathological",
            .source =
                "pseudo-Huber (Charbonnier) loss: P. Charbonnier, L. Blanc-Feraud, G. Aubert and M. Barlaud, "
                "Deterministic edge-preserving regularization in computed imaging, IEEE Trans. Image "
                "Processing 6(2):298-311, 1997; R. Hartley and A. Zisserman, Multiple View Geometry in "
                "Computer Vision, 2nd ed., Cambridge University Press 2003",
            .dimension = Dimension::scalable(1, 4),
            .tags = {Tag::kSmooth},
            .notes =
                "f = sum D^2 (sqrt(1 + (d_i/D)^2) - 1), d_i = x_i - i (targets 1, 2, ..., n), D = 1e6, "
                "evaluated as sum d_i^2 / (sqrt(1 + (d_i/D)^2) + 1); f is close to sum d_i^2 / 2. "
                "Gradient d_i / sqrt(1 + (d_i/D)^2), Hessian diagonal (1 + (d_i/D)^2)^(-3/2). Provokes: the "
                "textbook form D^2 (sqrt(1 + (d/D)^2) - 1) subtracts two numbers equal to 11 or more digits: "
                "relative error about 1e-4 / d^2, 4 to 6 correct digits for |d| in [1, 5], exactly 0 for "
                "|d| < 0.01; central differences of it are off by factors of 10 or more; forward AD and "
                "complex step of the same textbook form stay accurate. Minimizer x*_i = i, "
                "f* = 0."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? i + 3.5 : i - 1.5;
    return x;
  }
  std::vector<Minimum> minima(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = i + 1;
    return {{x, 0.0}};
  }
  Box domain(int n) const {
    Box b = Box::uniform(n, 0.0, 0.0);
    for (int i = 0; i < n; ++i) {
      b.lower[i] = i + 1 - 5.0;
      b.upper[i] = i + 1 + 5.0;
    }
    return b;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sqrt;
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(static_cast<int>(i) + 1);
      const T r = d / scale<T>();
      f += d * d / (sqrt(T(1) + r * r) + T(1));
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sqrt;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(static_cast<int>(i) + 1);
      const T r = d / scale<T>();
      g[i] = d / sqrt(T(1) + r * r);
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::sqrt;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(static_cast<int>(i) + 1);
      const T r = d / scale<T>();
      const T w = T(1) + r * r;
      h(i, i) = T(1) / (w * sqrt(w));
    }
  }

 private:
  template <class T>
  static T scale() {
    return ratio<T>(1000000);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(SqrtDifference);
}  // namespace gradlab::pathological
