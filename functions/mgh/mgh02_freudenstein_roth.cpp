// Moré, Garbow & Hillstrom problem (2), Freudenstein and Roth:
//   r1 = -13 + x1 + ((5 - x2) x2 - 2) x2,
//   r2 = -29 + x1 + ((x2 + 1) x2 - 14) x2.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct FreudensteinRoth {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        2, "freudenstein_roth", Dimension::fixed(2), "m = 2",
        "global minimum f = 0 at (5, 4); the paper also gives the local minimum f = 48.9842... at "
        "(11.41..., -0.8968...), which Newton's method in 50 digits puts at f = 48.984253679240..., "
        "x = (11.412779, -0.896805); descent methods from x0 often stop there");
  }

  std::vector<double> x0(int) const { return {0.5, -2.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{5.0, 4.0}, 0.0}}; }
  Box domain(int) const { return {{-10.0, -5.0}, {20.0, 10.0}}; }

  int residual_count(int) const { return 2; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    r[0] = T(-13) + x[0] + ((T(5) - x[1]) * x[1] - T(2)) * x[1];
    r[1] = T(-29) + x[0] + ((x[1] + T(1)) * x[1] - T(14)) * x[1];
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j(0, 0) = T(1);
    j(0, 1) = (T(10) - T(3) * x[1]) * x[1] - T(2);
    j(1, 0) = T(1);
    j(1, 1) = (T(3) * x[1] + T(2)) * x[1] - T(14);
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    h(1, 1) += w[0] * (T(10) - T(6) * x[1]) + w[1] * (T(6) * x[1] + T(2));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<FreudensteinRoth>);
}  // namespace gradlab::mgh
