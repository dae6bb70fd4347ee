// Moré, Garbow & Hillstrom problem (3), Powell badly scaled:
//   r1 = 10^4 x1 x2 - 1, r2 = exp(-x1) + exp(-x2) - 1.0001.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

struct PowellBadlyScaled {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(3, "powell_badly_scaled", Dimension::fixed(2), "m = 2",
                    "f = 0 at x* = (1.098...e-5, 9.106...) (the paper's digits); x* here is the root of r "
                    "found by Newton's method in 50 digits, so f* = 0 up to the rounding of x* to double");
  }

  std::vector<double> x0(int) const { return {0.0, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  // x1 spans far more than the scale 1e-5 of x1*: the test points exercise
  // both the 10^4 x1 x2 term and the exponentials.
  Box domain(int) const { return {{-1.0, -1.0}, {1.0, 10.0}}; }

  int residual_count(int) const { return 2; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    r[0] = T(10000) * x[0] * x[1] - T(1);
    r[1] = exp(-x[0]) + exp(-x[1]) - ratio<T>(10001, 10000);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    j(0, 0) = T(10000) * x[1];
    j(0, 1) = T(10000) * x[0];
    j(1, 0) = -exp(-x[0]);
    j(1, 1) = -exp(-x[1]);
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    h(0, 0) += w[1] * exp(-x[0]);
    h(1, 1) += w[1] * exp(-x[1]);
    h(0, 1) += T(10000) * w[0];
    h(1, 0) += T(10000) * w[0];
  }
};

std::vector<Minimum> PowellBadlyScaled::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<PowellBadlyScaled> p;
    const std::vector<double> x = polish_minimizer(p, {1.098e-5, 9.106});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<PowellBadlyScaled>);
}  // namespace gradlab::mgh
