// MGH (30), the Broyden tridiagonal function: m = n, x_0 = x_{n+1} = 0,
//   r_i = (3 - 2 x_i) x_i - x_{i-1} - 2 x_{i+1} + 1.
#include <stdexcept>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// Newton's method in 50 digits is dense, so the minimizer is computed only up to this n.
constexpr int kMaxSolvedN = 100;

struct BroydenTridiagonalResiduals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(30, "broyden_tridiagonal", Dimension::scalable(1, 10), "m = n",
                    "the paper leaves n free and n = 10 is our default; f* = 0 (the paper gives no x*); "
                    "r(x) = 0 has several solutions, and the one listed is where Newton's method from x0 "
                    "converges (in double, then in 50 digits, for n <= 100); J(x*) is nonsingular there");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, -1.0); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  Box domain(int n) const { return Box::uniform(n, -2.0, 1.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      r[i] = (T(3) - T(2) * x[i]) * x[i] + T(1);
      if (i > 0) r[i] -= x[i - 1];
      if (i + 1 < n) r[i] -= T(2) * x[i + 1];
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const std::size_t n = x.size();
    j.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      j(i, i) = T(3) - T(4) * x[i];
      if (i > 0) j(i, i - 1) = T(-1);
      if (i + 1 < n) j(i, i + 1) = T(-2);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) += T(-4) * w[i];
  }
};

struct BroydenTridiagonal : LeastSquares<BroydenTridiagonalResiduals> {
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
GRADLAB_REGISTER_PROBLEM(BroydenTridiagonal);
}  // namespace gradlab::mgh
