// Moré, Garbow & Hillstrom problem (10), Meyer:
//   r_i = x1 exp(x2 / (t_i + x3)) - y_i, t_i = 45 + 5 i, i = 1..16.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kY[16] = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744,
                        8261,  7030,  6005,  5147,  4427,  3820,  3307,  2872};

struct Meyer {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(10, "meyer", Dimension::fixed(3), "m = 16",
                    "the paper gives f = 87.9458...; NIST StRD MGH10 (the same model and data) certifies "
                    "f* = 87.945855171 at (5.6096364710e-3, 6181.3463463, 345.22363462); x* here is Newton's "
                    "method in 50 digits from NIST's values and agrees with both. Extremely ill-conditioned "
                    "(x1 ~ 1e-3 against x2 ~ 1e3); the domain keeps x2 / (t_i + x3) <= 28, so the residuals "
                    "stay below about 1e11");
  }

  std::vector<double> x0(int) const { return {0.02, 4000.0, 250.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{0.001, 3000.0, 200.0}, {0.03, 7000.0, 400.0}}; }

  int residual_count(int) const { return 16; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 1; i <= 16; ++i) r[i - 1] = x[0] * exp(x[1] / (T(45 + 5 * i) + x[2])) - T(kY[i - 1]);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 1; i <= 16; ++i) {
      const T s = T(45 + 5 * i) + x[2];
      const T e = exp(x[1] / s);
      j(i - 1, 0) = e;
      j(i - 1, 1) = x[0] * e / s;
      j(i - 1, 2) = -x[0] * x[1] * e / (s * s);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    for (int i = 1; i <= 16; ++i) {
      const T s = T(45 + 5 * i) + x[2];
      const T we = w[i - 1] * exp(x[1] / s);
      const T s2 = s * s;
      const T h01 = we / s;
      const T h02 = -we * x[1] / s2;
      const T h12 = -x[0] * we * (x[1] + s) / (s2 * s);
      h(0, 1) += h01;
      h(1, 0) += h01;
      h(0, 2) += h02;
      h(2, 0) += h02;
      h(1, 2) += h12;
      h(2, 1) += h12;
      h(1, 1) += x[0] * we / s2;
      h(2, 2) += x[0] * x[1] * we * (x[1] + T(2) * s) / (s2 * s2);
    }
  }
};

std::vector<Minimum> Meyer::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<Meyer> p;
    const std::vector<double> x = polish_minimizer(p, {5.6096364710e-3, 6181.3463463, 345.22363462});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Meyer>);
}  // namespace gradlab::mgh
