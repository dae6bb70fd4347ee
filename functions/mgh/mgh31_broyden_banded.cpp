// MGH (31), the Broyden banded function: m = n, ml = 5, mu = 1,
//   r_i = x_i (2 + 5 x_i^2) + 1 - sum_{j in J_i} x_j (1 + x_j),
//   J_i = {j != i : max(1, i - ml) <= j <= min(n, i + mu)}.
#include <algorithm>
#include <stdexcept>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kLower = 5;  // ml
constexpr int kUpper = 1;  // mu
// Newton's method in 50 digits is dense, so the minimizer is computed only up to this n.
constexpr int kMaxSolvedN = 100;

struct BroydenBandedResiduals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(31, "broyden_banded", Dimension::scalable(1, 10), "m = n",
                    "the paper leaves n free and n = 10 is our default; band ml = 5 below and mu = 1 above "
                    "the diagonal; f* = 0 (the paper gives no x*): x* is where Newton's method from x0 "
                    "converges (in double, then in 50 digits, for n <= 100); J(x*) is nonsingular there");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, -1.0); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  Box domain(int n) const { return Box::uniform(n, -2.0, 1.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const int n = static_cast<int>(x.size());
    for (int i = 0; i < n; ++i) {
      r[i] = x[i] * (T(2) + T(5) * x[i] * x[i]) + T(1);
      for (int k = std::max(0, i - kLower); k <= std::min(n - 1, i + kUpper); ++k) {
        if (k != i) r[i] -= x[k] * (T(1) + x[k]);
      }
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const int n = static_cast<int>(x.size());
    j.fill(T(0));
    for (int i = 0; i < n; ++i) {
      for (int k = std::max(0, i - kLower); k <= std::min(n - 1, i + kUpper); ++k) {
        j(i, k) = k == i ? T(2) + T(15) * x[i] * x[i] : -(T(1) + T(2) * x[k]);
      }
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const int n = static_cast<int>(x.size());
    for (int i = 0; i < n; ++i) {
      for (int k = std::max(0, i - kLower); k <= std::min(n - 1, i + kUpper); ++k) {
        h(k, k) += k == i ? T(30) * x[i] * w[i] : T(-2) * w[i];
      }
    }
  }
};

struct BroydenBanded : LeastSquares<BroydenBandedResiduals> {
  std::vector<Minimum> minima(int n) const {
    if (n > kMaxSolvedN) return {};
    try {
      const std::vector<Real50> x = minimize_to_50_digits(*this, x0(n));
      return {{std::vector<double>(x.begin(), x.end()), 0.0}};
    } catch (const std::runtime_error&) {
      return {};
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(BroydenBanded);
}  // namespace gradlab::mgh
