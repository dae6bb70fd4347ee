// A chain of pendulum-like energies with tiny angles:
//   f(x) = C^2 [ (1 - cos(t_0)) + sum_{i=1}^{n-1} (1 - cos(t_i)) ],
//   t_0 = (x_1 - 1) / C,  t_i = (x_{i+1} - x_i) / C,  C = 1e8.
// The angles are below 1e-7, where cos(t) is within a few dozen ulps of 1:
// the naive 1 - cos keeps at most two digits (none below 1.05e-8, where it is
// exactly 0). 1 - cos t = 2 sin^2(t/2) keeps them all.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct OneMinusCos {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "one_minus_cos",
            .family = "pathological",
            .source =
                "defined here; the cancellation in 1 - cos(x) and the half-angle remedy as in D. Goldberg, "
                "What every computer scientist should know about floating-point arithmetic, ACM Computing "
                "Surveys 23(1):5-48, 1991",
            .dimension = Dimension::scalable(1, 6),
            .tags = {Tag::kSmooth},
            .notes =
                "f = C^2 sum_j (1 - cos t_j) with t_0 = (x_1 - 1)/C, t_i = (x_{i+1} - x_i)/C, C = 1e8 "
                "(exact in binary), so f is close to (x_1 - 1)^2/2 + sum (x_{i+1} - x_i)^2/2 (a chain "
                "anchored at 1). Evaluated as 2 C^2 sin^2(t/2). Gradient: with s_j = C sin(t_j), "
                "df/dx_i = s_{i-1} - s_i (s_n = 0); the Hessian is tridiagonal with cos t_j entries. "
                "Provokes: the naive 1 - cos(t) is exactly 0 for |t| < 1.05e-8 and keeps at most two "
                "digits on the domain (|t| <= 6e-8), so a naive value is a staircase of multiples of "
                "1.1e-16 C^2 and its finite differences are 0 or wrong by 100%; forward AD and complex "
                "step of the naive formula still give C sin t to full precision. Minimizer x* = (1, ..., "
                "1), f* = 0; other minima lie where some t_j is a nonzero multiple of 2 pi, far outside "
                "the domain."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? -1.0 : 2.0;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T c = big<T>();
    T f(0);
    for (std::size_t j = 0; j < x.size(); ++j) {
      const T s = sin(angle(x, j) / T(2));
      f += s * s;
    }
    return T(2) * c * c * f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T c = big<T>();
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      g[i] = c * sin(angle(x, i));
      if (i + 1 < n) g[i] -= c * sin(angle(x, i + 1));
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    const std::size_t n = x.size();
    h.fill(T(0));
    for (std::size_t j = 0; j < n; ++j) {
      const T cj = cos(angle(x, j));
      // Angle j couples x_j and x_{j+1} (j >= 1) or anchors x_1 (j = 0).
      if (j == 0) {
        h(0, 0) += cj;
      } else {
        h(j - 1, j - 1) += cj;
        h(j, j) += cj;
        h(j - 1, j) -= cj;
        h(j, j - 1) -= cj;
      }
    }
  }

 private:
  template <class T>
  static T big() {
    return ratio<T>(100000000);
  }

  // t_0 = (x_1 - 1)/C, t_j = (x_{j+1} - x_j)/C (0-based: x[j] - x[j-1]).
  template <class T>
  static T angle(std::span<const T> x, std::size_t j) {
    return (j == 0 ? x[0] - T(1) : x[j] - x[j - 1]) / big<T>();
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(OneMinusCos);
}  // namespace gradlab::pathological
