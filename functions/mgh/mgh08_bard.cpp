// Moré, Garbow & Hillstrom problem (8), Bard:
//   r_i = y_i - (x1 + u_i / (v_i x2 + w_i x3)),
//   u_i = i, v_i = 16 - i, w_i = min(u_i, v_i), i = 1..15.
#include <algorithm>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// y_i in hundredths.
constexpr int kY[15] = {14, 18, 22, 25, 29, 32, 35, 39, 37, 58, 73, 96, 134, 210, 439};

struct Bard {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        8, "bard", Dimension::fixed(3), "m = 15",
        "the paper gives f = 8.21487...e-3 (x* polished here by Newton's method in 50 digits from "
        "(0.0824106, 1.13304, 2.34370)) and f = 17.4286... at (0.8406..., -inf, -inf), which is not "
        "listed as a minimum; the domain keeps x2, x3 > 0 so no denominator vanishes");
  }

  std::vector<double> x0(int) const { return {1.0, 1.0, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{-1.0, 0.5, 0.5}, {2.0, 3.0, 3.0}}; }

  int residual_count(int) const { return 15; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    for (int i = 1; i <= 15; ++i) {
      const int v = 16 - i;
      const T den = T(v) * x[1] + T(std::min(i, v)) * x[2];
      r[i - 1] = ratio<T>(kY[i - 1], 100) - (x[0] + T(i) / den);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    for (int i = 1; i <= 15; ++i) {
      const int v = 16 - i;
      const int w = std::min(i, v);
      const T den = T(v) * x[1] + T(w) * x[2];
      const T q = T(i) / (den * den);
      j(i - 1, 0) = T(-1);
      j(i - 1, 1) = q * T(v);
      j(i - 1, 2) = q * T(w);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> wt, MatrixRef<T> h) const {
    for (int i = 1; i <= 15; ++i) {
      const int v = 16 - i;
      const int w = std::min(i, v);
      const T den = T(v) * x[1] + T(w) * x[2];
      const T q = T(-2 * i) * wt[i - 1] / (den * den * den);
      h(1, 1) += q * T(v * v);
      h(1, 2) += q * T(v * w);
      h(2, 1) += q * T(v * w);
      h(2, 2) += q * T(w * w);
    }
  }
};

std::vector<Minimum> Bard::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<Bard> p;
    const std::vector<double> x = polish_minimizer(p, {0.0824106, 1.13304, 2.34370});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Bard>);
}  // namespace gradlab::mgh
