// MGH (25), the variably dimensioned function: m = n + 2,
//   r_i = x_i - 1 (i <= n),  r_{n+1} = s,  r_{n+2} = s^2,  s = sum_j j (x_j - 1).
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct VariablyDimensioned {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(25, "variably_dimensioned", Dimension::scalable(1, 10), "m = n + 2",
                    "the paper leaves n free and n = 10 is our default; r_{n+2} = s^2 makes f quartic along "
                    "the direction (1, 2, ..., n), with curvature growing like n^3");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int j = 0; j < n; ++j) x[j] = 1.0 - static_cast<double>(j + 1) / n;
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.0, 2.0); }

  int residual_count(int n) const { return n + 2; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const std::size_t n = x.size();
    const T s = weighted_sum(x);
    for (std::size_t i = 0; i < n; ++i) r[i] = x[i] - T(1);
    r[n] = s;
    r[n + 1] = s * s;
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const std::size_t n = x.size();
    const T s = weighted_sum(x);
    j.fill(T(0));
    for (std::size_t k = 0; k < n; ++k) {
      j(k, k) = T(1);
      j(n, k) = T(static_cast<int>(k + 1));
      j(n + 1, k) = T(2) * s * T(static_cast<int>(k + 1));
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    // Hessian of s^2: 2 (1..n)(1..n)^T.
    const T c = T(2) * w[n + 1];
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < n; ++b) h(a, b) += c * T(static_cast<int>((a + 1) * (b + 1)));
    }
  }

 private:
  template <class T>
  static T weighted_sum(std::span<const T> x) {
    T s(0);
    for (std::size_t j = 0; j < x.size(); ++j) s += T(static_cast<int>(j + 1)) * (x[j] - T(1));
    return s;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<VariablyDimensioned>);
}  // namespace gradlab::mgh
