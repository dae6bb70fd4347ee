// MGH (26), the trigonometric function: m = n,
//   r_i = n - sum_j cos x_j + i (1 - cos x_i) - sin x_i.
#include <numbers>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct Trigonometric {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(26, "trigonometric", Dimension::scalable(1, 10), "m = n",
                    "the paper leaves n free and n = 10 is our default; the paper states f* = 0 without x*: "
                    "x* = 0 gives every r_i = 0 exactly and J(0) = -I, so it is a nondegenerate global "
                    "minimizer (and so is every 2 pi k shift of it: f is 2 pi-periodic in each x_j). Local "
                    "minima with f > 0 exist: for n = 10 a damped Newton method started at x0 stops at a "
                    "nondegenerate one with f = 2.79506...e-5. The domain is kept within one period");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 1.0 / n); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -std::numbers::pi / 2, std::numbers::pi / 2); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::cos;
    using std::sin;
    const std::size_t n = x.size();
    T sum_cos(0);
    for (const T& v : x) sum_cos += cos(v);
    for (std::size_t i = 0; i < n; ++i) {
      r[i] = T(static_cast<int>(n)) - sum_cos + T(static_cast<int>(i + 1)) * (T(1) - cos(x[i])) - sin(x[i]);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::cos;
    using std::sin;
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t k = 0; k < n; ++k) j(i, k) = sin(x[k]);
      j(i, i) += T(static_cast<int>(i + 1)) * sin(x[i]) - cos(x[i]);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    // Every residual Hessian is diagonal: cos x_k from the shared sum, plus
    // i cos x_i + sin x_i on entry (i, i) of residual i.
    T w_sum(0);
    for (const T& wi : w) w_sum += wi;
    for (std::size_t k = 0; k < x.size(); ++k) {
      h(k, k) += w_sum * cos(x[k]) + w[k] * (T(static_cast<int>(k + 1)) * cos(x[k]) + sin(x[k]));
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Trigonometric>);
}  // namespace gradlab::mgh
