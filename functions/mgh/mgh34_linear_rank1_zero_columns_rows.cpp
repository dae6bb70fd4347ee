// MGH (34), the linear function of rank 1 with zero columns and rows: m >= n >= 3,
//   r_1 = r_m = -1,   r_i = (i - 1) (sum_{j=2}^{n-1} j x_j) - 1  (1 < i < m).
#include <algorithm>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct LinearRank1ZeroColumnsRows {
  static constexpr bool kComplexSafe = true;

  explicit LinearRank1ZeroColumnsRows(const ProblemParameters& p) : m_(p.integer("m")) {}

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = 10,
             .min_value = 3,
             .max_value = 100000,
             .integer = true,
             .description = "number of residuals; the dimension n is at most m"}};
  }

  ProblemInfo info() const {
    Dimension d = Dimension::scalable(3, std::min(5, m_));
    d.max_n = m_;
    return mgh_info(34, "linear_rank1_zero_columns_rows", d, "m >= n, a parameter (default 10)",
                    "the paper leaves n and m >= n free; n >= 3 here, since for n <= 2 f is constant; the "
                    "defaults n = 5, m = 10 are our choice; x_1 and x_n do not enter f (zero Jacobian "
                    "columns) and r_1, r_m "
                    "are constant (zero rows); f* = (m^2 + 3m - 6) / (2 (2m - 3)) on the whole set "
                    "sum_{j=2}^{n-1} j x_j = 3 / (2m - 3) (a degenerate minimum); the minimizer listed is "
                    "its point of least norm");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 1.0); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const {
    const double q = 2.0 * m_ - 3.0;
    double squares = 0;
    for (int j = 2; j <= n - 1; ++j) squares += static_cast<double>(j) * j;
    std::vector<double> x(n, 0.0);
    for (int j = 2; j <= n - 1; ++j) x[j - 1] = 3.0 * j / (q * squares);
    return {{x, (static_cast<double>(m_) * m_ + 3.0 * m_ - 6.0) / (2.0 * q)}};
  }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T s = weighted_sum(x);
    r[0] = T(-1);
    for (int i = 1; i + 1 < m_; ++i) r[i] = T(i) * s - T(1);
    r[m_ - 1] = T(-1);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const int n = static_cast<int>(x.size());
    j.fill(T(0));
    for (int i = 1; i + 1 < m_; ++i) {
      for (int k = 1; k + 1 < n; ++k) j(i, k) = T(i) * T(k + 1);
    }
  }

  // The residuals are affine: their Hessians vanish.
  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T>, MatrixRef<T>) const {}

 private:
  template <class T>
  static T weighted_sum(std::span<const T> x) {
    T s(0);
    for (std::size_t j = 1; j + 1 < x.size(); ++j) s += T(static_cast<int>(j + 1)) * x[j];
    return s;
  }

  int m_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<LinearRank1ZeroColumnsRows>);
}  // namespace gradlab::mgh
