// Moré, Garbow & Hillstrom problem (15), Kowalik and Osborne:
//   r_i = y_i - x1 (u_i^2 + u_i x2) / (u_i^2 + u_i x3 + x4), i = 1..11.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// y_i and u_i in units of 1e-4, as printed (u = 0.167, 0.0833, 0.0714 are
// the paper's roundings of 1/6, 1/12, 1/14 and are used as printed).
constexpr int kY[11] = {1957, 1947, 1735, 1600, 844, 627, 456, 342, 323, 235, 246};
constexpr int kU[11] = {40000, 20000, 10000, 5000, 2500, 1670, 1250, 1000, 833, 714, 625};

struct KowalikOsborne {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        15, "kowalik_osborne", Dimension::fixed(4), "m = 11",
        "the paper gives f = 3.07505...e-4 and f = 1.02734...e-3 at (+inf, -14.07..., -inf, -inf) "
        "(a limit, not listed); NIST StRD MGH09 (the same model and data) certifies f* = "
        "3.0750560385e-4 at (0.19280693458, 0.19128232873, 0.12305650693, 0.13606233068); x* here is "
        "Newton's method in 50 digits from NIST's values and agrees with both. The domain keeps "
        "x3, x4 > 0 so no denominator vanishes");
  }

  std::vector<double> x0(int) const { return {0.25, 0.39, 0.415, 0.39}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{0.0, 0.0, 0.05, 0.05}, {0.5, 0.5, 0.5, 0.5}}; }

  int residual_count(int) const { return 11; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    for (int i = 0; i < 11; ++i) {
      const T u = ratio<T>(kU[i], 10000);
      r[i] = ratio<T>(kY[i], 10000) - x[0] * u * (u + x[1]) / (u * (u + x[2]) + x[3]);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    for (int i = 0; i < 11; ++i) {
      const T u = ratio<T>(kU[i], 10000);
      const T num = u * (u + x[1]);
      const T den = u * (u + x[2]) + x[3];
      const T q = x[0] * num / (den * den);  // d model / d x4, with a minus sign
      j(i, 0) = -num / den;
      j(i, 1) = -x[0] * u / den;
      j(i, 2) = q * u;
      j(i, 3) = q;
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    for (int i = 0; i < 11; ++i) {
      const T u = ratio<T>(kU[i], 10000);
      const T num = u * (u + x[1]);
      const T den = u * (u + x[2]) + x[3];
      const T den2 = den * den;
      const T c = T(-2) * w[i] * x[0] * num / (den2 * den);
      const T sym[4][4] = {
          {T(0), -w[i] * u / den, w[i] * num * u / den2, w[i] * num / den2},
          {T(0), T(0), w[i] * x[0] * u * u / den2, w[i] * x[0] * u / den2},
          {T(0), T(0), c * u * u, c * u},
          {T(0), T(0), T(0), c},
      };
      for (int k = 0; k < 4; ++k) {
        h(k, k) += sym[k][k];
        for (int l = k + 1; l < 4; ++l) {
          h(k, l) += sym[k][l];
          h(l, k) += sym[k][l];
        }
      }
    }
  }
};

std::vector<Minimum> KowalikOsborne::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<KowalikOsborne> p;
    const std::vector<double> x =
        polish_minimizer(p, {0.19280693458, 0.19128232873, 0.12305650693, 0.13606233068});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<KowalikOsborne>);
}  // namespace gradlab::mgh
