// Moré, Garbow & Hillstrom problem (1), Rosenbrock:
//   r1 = 10 (x2 - x1^2), r2 = 1 - x1.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct Rosenbrock {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const { return mgh_info(1, "rosenbrock", Dimension::fixed(2), "m = 2"); }

  std::vector<double> x0(int) const { return {-1.2, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{1.0, 1.0}, 0.0}}; }
  Box domain(int) const { return {{-2.0, -1.0}, {2.0, 3.0}}; }

  int residual_count(int) const { return 2; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    r[0] = T(10) * (x[1] - x[0] * x[0]);
    r[1] = T(1) - x[0];
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j(0, 0) = T(-20) * x[0];
    j(0, 1) = T(10);
    j(1, 0) = T(-1);
    j(1, 1) = T(0);
  }

  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T> w, MatrixRef<T> h) const {
    h(0, 0) += T(-20) * w[0];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Rosenbrock>);
}  // namespace gradlab::mgh
