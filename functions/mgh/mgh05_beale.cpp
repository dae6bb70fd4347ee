// Moré, Garbow & Hillstrom problem (5), Beale:
//   r_i = y_i - x1 (1 - x2^i), i = 1, 2, 3, y = (1.5, 2.25, 2.625).
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct Beale {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const { return mgh_info(5, "beale", Dimension::fixed(2), "m = 3"); }

  std::vector<double> x0(int) const { return {1.0, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{3.0, 0.5}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.5, 4.5); }

  int residual_count(int) const { return 3; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T p2 = x[1] * x[1];
    r[0] = ratio<T>(3, 2) - x[0] * (T(1) - x[1]);
    r[1] = ratio<T>(9, 4) - x[0] * (T(1) - p2);
    r[2] = ratio<T>(21, 8) - x[0] * (T(1) - p2 * x[1]);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const T p2 = x[1] * x[1];
    j(0, 0) = x[1] - T(1);
    j(0, 1) = x[0];
    j(1, 0) = p2 - T(1);
    j(1, 1) = T(2) * x[0] * x[1];
    j(2, 0) = p2 * x[1] - T(1);
    j(2, 1) = T(3) * x[0] * p2;
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const T h01 = w[0] + T(2) * w[1] * x[1] + T(3) * w[2] * x[1] * x[1];
    h(0, 1) += h01;
    h(1, 0) += h01;
    h(1, 1) += T(2) * w[1] * x[0] + T(6) * w[2] * x[0] * x[1];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Beale>);
}  // namespace gradlab::mgh
