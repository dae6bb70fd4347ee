// Moré, Garbow & Hillstrom problem (7), helical valley:
//   r1 = 10 (x3 - 10 theta(x1, x2)), r2 = 10 (sqrt(x1^2 + x2^2) - 1), r3 = x3,
//   2 pi theta = arctan(x2 / x1) for x1 > 0, arctan(x2 / x1) + pi for x1 < 0.
#include <optional>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct HelicalValley {
  // theta branches on the sign of x1.
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // theta is piecewise in x1

  ProblemInfo info() const {
    return mgh_info(
        7, "helical_valley", Dimension::fixed(3), "m = 3",
        "theta is the paper's: arctan(x2/x1)/(2 pi), plus 1/2 for x1 < 0 (the polar angle over 2 pi, "
        "in [-1/4, 3/4)); on x1 = 0, where the paper leaves it undefined, theta = sign(x2)/4 as in the "
        "authors' Fortran (TOMS Algorithm 566), the limit from x1 > 0. f is analytic except on the "
        "half-plane x1 = 0, x2 <= 0, where theta jumps by 1 (nondifferentiable_at reports it); tagged "
        "smooth as in the literature, the jump being an artifact of the branch of arctan");
  }

  std::vector<double> x0(int) const { return {-1.0, 0.0, 0.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{1.0, 0.0, 0.0}, 0.0}}; }
  Box domain(int) const { return {{-2.0, -2.0, -1.0}, {2.0, 2.0, 1.0}}; }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[0] == 0 && x[1] < 0) return "theta jumps by 1 across the half-plane x1 = 0, x2 < 0";
    if (x[0] == 0 && x[1] == 0) return "theta and sqrt(x1^2 + x2^2) are not differentiable at x1 = x2 = 0";
    return std::nullopt;
  }

  int residual_count(int) const { return 3; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::sqrt;
    r[0] = T(10) * (x[2] - T(10) * theta(x[0], x[1]));
    r[1] = T(10) * (sqrt(x[0] * x[0] + x[1] * x[1]) - T(1));
    r[2] = x[2];
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::sqrt;
    const T rho2 = x[0] * x[0] + x[1] * x[1];
    const T rho = sqrt(rho2);
    // d theta = (x1 dx2 - x2 dx1) / (2 pi rho^2) on every branch.
    const T c = T(50) / (pi<T>() * rho2);
    j(0, 0) = c * x[1];
    j(0, 1) = -c * x[0];
    j(0, 2) = T(10);
    j(1, 0) = T(10) * x[0] / rho;
    j(1, 1) = T(10) * x[1] / rho;
    j(1, 2) = T(0);
    j(2, 0) = T(0);
    j(2, 1) = T(0);
    j(2, 2) = T(1);
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::sqrt;
    const T rho2 = x[0] * x[0] + x[1] * x[1];
    const T rho3 = rho2 * sqrt(rho2);
    const T c = T(50) * w[0] / (pi<T>() * rho2 * rho2);
    const T d = T(10) * w[1] / rho3;
    h(0, 0) += -T(2) * c * x[0] * x[1] + d * x[1] * x[1];
    h(1, 1) += T(2) * c * x[0] * x[1] + d * x[0] * x[0];
    const T h01 = c * (x[0] * x[0] - x[1] * x[1]) - d * x[0] * x[1];
    h(0, 1) += h01;
    h(1, 0) += h01;
  }

 private:
  template <class T>
  static T theta(const T& x1, const T& x2) {
    using std::atan;
    const T turn = T(2) * pi<T>();
    if (value_of(x1) > 0) return atan(x2 / x1) / turn;
    if (value_of(x1) < 0) return atan(x2 / x1) / turn + ratio<T>(1, 2);
    // x1 = 0: theta = sign(x2) / 4 as in Algorithm 566, written as the
    // continuation from x1 > 0 so that its derivatives are right too.
    if (value_of(x2) == 0) return ratio<T>(1, 4);
    return ratio<T>(value_of(x2) > 0 ? 1 : -1, 4) - atan(x1 / x2) / turn;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<HelicalValley>);
}  // namespace gradlab::mgh
