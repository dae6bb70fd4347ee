// MGH (32), the linear function of full rank: m >= n, s = sum_j x_j,
//   r_i = x_i - 2 s / m - 1  (i <= n),   r_i = -2 s / m - 1  (n < i <= m).
#include <algorithm>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct LinearFullRank {
  static constexpr bool kComplexSafe = true;

  explicit LinearFullRank(const ProblemParameters& p) : m_(p.integer("m")) {}

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = 10,
             .min_value = 1,
             .max_value = 100000,
             .integer = true,
             .description = "number of residuals; the dimension n is at most m"}};
  }

  ProblemInfo info() const {
    Dimension d = Dimension::scalable(1, std::min(5, m_));
    d.max_n = m_;
    return mgh_info(32, "linear_full_rank", d, "m >= n, a parameter (default 10)",
                    "the paper leaves n and m >= n free; the defaults n = 5, m = 10 are our choice; "
                    "f is a convex quadratic, f* = m - n at x* = (-1, ..., -1), exactly");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 1.0); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const {
    return {{std::vector<double>(n, -1.0), static_cast<double>(m_ - n)}};
  }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    T s(0);
    for (const T& v : x) s += v;
    const T common = T(-2) * s / T(m_) - T(1);
    for (int i = 0; i < m_; ++i) r[i] = common;
    for (std::size_t i = 0; i < x.size(); ++i) r[i] += x[i];
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j.fill(ratio<T>(-2, m_));
    for (std::size_t i = 0; i < x.size(); ++i) j(i, i) += T(1);
  }

  // The residuals are affine: their Hessians vanish.
  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T>, MatrixRef<T>) const {}

 private:
  int m_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<LinearFullRank>);
}  // namespace gradlab::mgh
