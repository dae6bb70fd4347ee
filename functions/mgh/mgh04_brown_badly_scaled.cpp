// Moré, Garbow & Hillstrom problem (4), Brown badly scaled:
//   r1 = x1 - 10^6, r2 = x2 - 2 10^-6, r3 = x1 x2 - 2.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct BrownBadlyScaled {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        4, "brown_badly_scaled", Dimension::fixed(2), "m = 3",
        "f = 0 at (10^6, 2 10^-6); 2 10^-6 is not a double, so f at the stated x* is about 1e-32");
  }

  std::vector<double> x0(int) const { return {1.0, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{1e6, 2e-6}, 0.0}}; }
  Box domain(int) const { return {{-1.0, -1.0}, {2e6, 2.0}}; }

  int residual_count(int) const { return 3; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    r[0] = x[0] - T(1000000);
    r[1] = x[1] - ratio<T>(1, 500000);
    r[2] = x[0] * x[1] - T(2);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j(0, 0) = T(1);
    j(0, 1) = T(0);
    j(1, 0) = T(0);
    j(1, 1) = T(1);
    j(2, 0) = x[1];
    j(2, 1) = x[0];
  }

  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T> w, MatrixRef<T> h) const {
    h(0, 1) += w[2];
    h(1, 0) += w[2];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<BrownBadlyScaled>);
}  // namespace gradlab::mgh
