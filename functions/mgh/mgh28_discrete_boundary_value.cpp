// MGH (28), the discrete boundary value function: m = n, h = 1/(n+1),
// t_i = i h, x_0 = x_{n+1} = 0,
//   r_i = 2 x_i - x_{i-1} - x_{i+1} + h^2 (x_i + t_i + 1)^3 / 2.
#include <stdexcept>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// Newton's method in 50 digits is dense, so the minimizer is computed only up to this n.
constexpr int kMaxSolvedN = 100;

struct DiscreteBoundaryValueResiduals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(28, "discrete_boundary_value", Dimension::scalable(1, 10), "m = n",
                    "the paper leaves n free and n = 10 is our default; f* = 0 (the paper gives no x*): x* "
                    "solves the discretised two-point boundary value problem u'' = (u + t + 1)^3 / 2, "
                    "u(0) = u(1) = 0, found by Newton's method from x0, in double and then in 50 digits "
                    "(for n <= 100); J(x*) is the nonsingular tridiagonal (-1, 2, -1) plus a positive "
                    "diagonal, so x* is nondegenerate");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) {
      const double t = static_cast<double>(i + 1) / (n + 1);
      x[i] = t * (t - 1.0);
    }
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const int n = static_cast<int>(x.size());
    const T h2_half = ratio<T>(1, 2LL * (n + 1) * (n + 1));
    for (int i = 0; i < n; ++i) {
      const T u = x[i] + ratio<T>(i + 1, n + 1) + T(1);
      r[i] = T(2) * x[i] + h2_half * u * u * u;
      if (i > 0) r[i] -= x[i - 1];
      if (i + 1 < n) r[i] -= x[i + 1];
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const int n = static_cast<int>(x.size());
    const T h2_half = ratio<T>(1, 2LL * (n + 1) * (n + 1));
    j.fill(T(0));
    for (int i = 0; i < n; ++i) {
      const T u = x[i] + ratio<T>(i + 1, n + 1) + T(1);
      j(i, i) = T(2) + T(3) * h2_half * u * u;
      if (i > 0) j(i, i - 1) = T(-1);
      if (i + 1 < n) j(i, i + 1) = T(-1);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const int n = static_cast<int>(x.size());
    const T h2_half = ratio<T>(1, 2LL * (n + 1) * (n + 1));
    for (int i = 0; i < n; ++i) {
      const T u = x[i] + ratio<T>(i + 1, n + 1) + T(1);
      h(i, i) += w[i] * T(6) * h2_half * u;
    }
  }
};

struct DiscreteBoundaryValue : LeastSquares<DiscreteBoundaryValueResiduals> {
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
GRADLAB_REGISTER_PROBLEM(DiscreteBoundaryValue);
}  // namespace gradlab::mgh
