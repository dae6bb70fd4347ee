// Moré, Garbow & Hillstrom problem (9), Gaussian:
//   r_i = x1 exp(-x2 (t_i - x3)^2 / 2) - y_i, t_i = (8 - i) / 2, i = 1..15.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// y_i in units of 1e-4 (symmetric about i = 8).
constexpr int kY[15] = {9, 44, 175, 540, 1295, 2420, 3521, 3989, 3521, 2420, 1295, 540, 175, 44, 9};

struct Gaussian {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(9, "gaussian", Dimension::fixed(3), "m = 15",
                    "the paper gives f = 1.12793...e-8; x* (x3* = 0 by the symmetry of the data) is Newton's "
                    "method in 50 digits from (0.3989, 1.0, 0)");
  }

  std::vector<double> x0(int) const { return {0.4, 1.0, 0.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{0.0, 0.1, -1.0}, {1.0, 2.0, 1.0}}; }

  int residual_count(int) const { return 15; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 1; i <= 15; ++i) {
      const T d = ratio<T>(8 - i, 2) - x[2];
      r[i - 1] = x[0] * exp(-x[1] * d * d / T(2)) - ratio<T>(kY[i - 1], 10000);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 1; i <= 15; ++i) {
      const T d = ratio<T>(8 - i, 2) - x[2];
      const T e = exp(-x[1] * d * d / T(2));
      j(i - 1, 0) = e;
      j(i - 1, 1) = -x[0] * e * d * d / T(2);
      j(i - 1, 2) = x[0] * e * x[1] * d;
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    for (int i = 1; i <= 15; ++i) {
      const T d = ratio<T>(8 - i, 2) - x[2];
      const T d2 = d * d;
      const T we = w[i - 1] * exp(-x[1] * d2 / T(2));
      const T h01 = -we * d2 / T(2);
      const T h02 = we * x[1] * d;
      const T h12 = x[0] * we * (d - x[1] * d2 * d / T(2));
      h(0, 1) += h01;
      h(1, 0) += h01;
      h(0, 2) += h02;
      h(2, 0) += h02;
      h(1, 2) += h12;
      h(2, 1) += h12;
      h(1, 1) += x[0] * we * d2 * d2 / T(4);
      h(2, 2) += x[0] * x[1] * we * (x[1] * d2 - T(1));
    }
  }
};

std::vector<Minimum> Gaussian::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<Gaussian> p;
    std::vector<double> x = polish_minimizer(p, {0.3989, 1.0, 0.0});
    x[2] = 0.0;  // exactly, by symmetry; Newton leaves rounding noise of about 1e-55
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Gaussian>);
}  // namespace gradlab::mgh
