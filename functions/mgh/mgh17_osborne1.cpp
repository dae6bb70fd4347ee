// Moré, Garbow & Hillstrom problem (17), Osborne 1:
//   r_i = y_i - (x1 + x2 exp(-t_i x4) + x3 exp(-t_i x5)), t_i = 10 (i - 1), i = 1..33.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// y_i in thousandths.
constexpr int kY[33] = {844, 908, 932, 936, 925, 908, 881, 850, 818, 784, 751, 718, 685, 658, 628, 603, 580,
                        558, 538, 522, 506, 490, 478, 467, 457, 448, 438, 431, 424, 420, 414, 411, 406};

struct Osborne1 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(17, "osborne1", Dimension::fixed(5), "m = 33",
                    "the paper gives f = 5.46489...e-5; NIST StRD MGH17 (the same model and data) certifies "
                    "f* = 5.4648946975e-5 at (0.37541005211, 1.9358469127, -1.4646871366, 0.012867534640, "
                    "0.022122699662); x* here is Newton's method in 50 digits from NIST's values and agrees "
                    "with both. The domain keeps x4, x5 >= 0 so exp(-t_i x) <= 1");
  }

  std::vector<double> x0(int) const { return {0.5, 1.5, -1.0, 0.01, 0.02}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{0.0, 0.0, -3.0, 0.0, 0.0}, {1.0, 3.0, 0.0, 0.05, 0.05}}; }

  int residual_count(int) const { return 33; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 0; i < 33; ++i) {
      const T t(10 * i);
      r[i] = ratio<T>(kY[i], 1000) - (x[0] + x[1] * exp(-t * x[3]) + x[2] * exp(-t * x[4]));
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 0; i < 33; ++i) {
      const T t(10 * i);
      const T e4 = exp(-t * x[3]);
      const T e5 = exp(-t * x[4]);
      j(i, 0) = T(-1);
      j(i, 1) = -e4;
      j(i, 2) = -e5;
      j(i, 3) = t * x[1] * e4;
      j(i, 4) = t * x[2] * e5;
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    for (int i = 0; i < 33; ++i) {
      const T t(10 * i);
      const T we4 = w[i] * t * exp(-t * x[3]);
      const T we5 = w[i] * t * exp(-t * x[4]);
      h(1, 3) += we4;
      h(3, 1) += we4;
      h(3, 3) -= we4 * t * x[1];
      h(2, 4) += we5;
      h(4, 2) += we5;
      h(4, 4) -= we5 * t * x[2];
    }
  }
};

std::vector<Minimum> Osborne1::minima(int) const {
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<Osborne1> p;
    const std::vector<double> x =
        polish_minimizer(p, {0.37541005211, 1.9358469127, -1.4646871366, 0.012867534640, 0.022122699662});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Osborne1>);
}  // namespace gradlab::mgh
