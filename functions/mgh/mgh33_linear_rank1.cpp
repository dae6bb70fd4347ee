// MGH (33), the linear function of rank 1: m >= n,
//   r_i = i (sum_j j x_j) - 1,  i = 1..m.
#include <algorithm>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct LinearRank1 {
  static constexpr bool kComplexSafe = true;

  explicit LinearRank1(const ProblemParameters& p) : m_(p.integer("m")) {}

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
    return mgh_info(33, "linear_rank1", d, "m >= n, a parameter (default 10)",
                    "the paper leaves n and m >= n free; the defaults n = 5, m = 10 are our choice; "
                    "f* = m (m - 1) / (2 (2m + 1)) on "
                    "the whole hyperplane sum_j j x_j = 3 / (2m + 1) (a degenerate minimum: the Hessian "
                    "has rank 1); the minimizer listed is the point of least norm on it, "
                    "x_j = 3 j / ((2m + 1) sum_k k^2)");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 1.0); }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const {
    const double q = 2.0 * m_ + 1.0;
    const double squares = n * (n + 1.0) * (2.0 * n + 1.0) / 6.0;
    std::vector<double> x(n);
    for (int j = 0; j < n; ++j) x[j] = 3.0 * (j + 1) / (q * squares);
    return {{x, m_ * (m_ - 1.0) / (2.0 * q)}};
  }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T s = weighted_sum(x);
    for (int i = 0; i < m_; ++i) r[i] = T(i + 1) * s - T(1);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    for (int i = 0; i < m_; ++i) {
      for (std::size_t k = 0; k < x.size(); ++k) j(i, k) = T(i + 1) * T(static_cast<int>(k + 1));
    }
  }

  // The residuals are affine: their Hessians vanish.
  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T>, MatrixRef<T>) const {}

 private:
  template <class T>
  static T weighted_sum(std::span<const T> x) {
    T s(0);
    for (std::size_t j = 0; j < x.size(); ++j) s += T(static_cast<int>(j + 1)) * x[j];
    return s;
  }

  int m_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<LinearRank1>);
}  // namespace gradlab::mgh
