// MGH (27), Brown's almost-linear function: m = n,
//   r_i = x_i + sum_j x_j - (n + 1)  (i < n),   r_n = prod_j x_j - 1.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct BrownAlmostLinear {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        27, "brown_almost_linear", Dimension::scalable(1, 10), "m = n",
        "the paper leaves n free and n = 10 is our default; f = 0 at (a, ..., a, a^(1-n)) for "
        "every root a of n a^n - (n+1) a^(n-1) + 1 = 0, listed here for a = 1 (x* = ones, "
        "nondegenerate); f = 1 at (0, ..., 0, n+1), a non-global stationary point for n >= 3. The "
        "Jacobian of the product row uses products over all but one (two) variables, never "
        "a division, so it is exact where some x_j = 0");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  // |x_j| <= 1.5 keeps the product below 1.5^n, finite up to n of about 1750.
  Box domain(int n) const { return Box::uniform(n, -0.5, 1.5); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const std::size_t n = x.size();
    T sum(0), prod(1);
    for (const T& v : x) {
      sum += v;
      prod *= v;
    }
    for (std::size_t i = 0; i + 1 < n; ++i) r[i] = x[i] + sum - T(static_cast<int>(n + 1));
    r[n - 1] = prod - T(1);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
      for (std::size_t k = 0; k < n; ++k) j(i, k) = T(1);
      j(i, i) = T(2);
    }
    // prod_{l != k} x_l as (prefix product before k) * (suffix product after k).
    std::vector<T> suffix(n + 1, T(1));
    for (std::size_t k = n; k-- > 0;) suffix[k] = suffix[k + 1] * x[k];
    T prefix(1);
    for (std::size_t k = 0; k < n; ++k) {
      j(n - 1, k) = prefix * suffix[k + 1];
      prefix *= x[k];
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    std::vector<T> suffix(n + 1, T(1));
    for (std::size_t k = n; k-- > 0;) suffix[k] = suffix[k + 1] * x[k];
    // d^2 prod / dx_a dx_b = prod_{l != a, b} x_l (a < b): prefix(a) * (x_{a+1} ... x_{b-1}) * suffix(b+1).
    T prefix(1);
    for (std::size_t a = 0; a < n; ++a) {
      T middle(1);
      for (std::size_t b = a + 1; b < n; ++b) {
        const T d = w[n - 1] * prefix * middle * suffix[b + 1];
        h(a, b) += d;
        h(b, a) += d;
        middle *= x[b];
      }
      prefix *= x[a];
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<BrownAlmostLinear>);
}  // namespace gradlab::mgh
