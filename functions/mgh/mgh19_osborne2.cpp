// MGH (19), the Osborne 2 function: n = 11, m = 65, t_i = (i - 1) / 10,
//   r_i = y_i - (x1 e^{-t_i x5} + x2 e^{-(t_i - x9)^2 x6} + x3 e^{-(t_i - x10)^2 x7}
//                + x4 e^{-(t_i - x11)^2 x8}).
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kM = 65;
// The paper's y_i in thousandths.
constexpr int kY[kM] = {1366, 1191, 1112, 1013, 991, 885, 831, 847, 786, 725, 746, 679, 608,
                        655,  616,  606,  602,  626, 651, 724, 649, 649, 694, 644, 624, 661,
                        612,  558,  533,  495,  500, 423, 395, 375, 372, 391, 396, 405, 428,
                        429,  523,  562,  607,  653, 672, 708, 633, 668, 645, 632, 591, 559,
                        597,  625,  739,  710,  729, 720, 636, 581, 428, 292, 162, 98,  54};

struct Osborne2Residuals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(19, "osborne2", Dimension::fixed(11), "m = 65",
                    "a decaying exponential plus three Gaussian peaks: x1..x4 amplitudes, x5 the decay rate, "
                    "x6..x8 the peak widths, x9..x11 the peak centres. y_18 = 0.626 as printed in the paper "
                    "and in the authors' MINPACK test code (some later implementations have 0.625). f* = "
                    "4.01377...e-2 as the paper gives; x* (not in the paper) by Newton's method in 50 digits "
                    "from a damped-Newton solution started at x0, nondegenerate");
  }

  std::vector<double> x0(int) const { return {1.3, 0.65, 0.65, 0.7, 0.6, 3.0, 5.0, 7.0, 2.0, 4.5, 5.5}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  // Positive rates and widths keep every exponential at most 1.
  Box domain(int) const {
    return {{0.3, 0.3, 0.3, 0.3, 0.5, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5},
            {1.5, 1.5, 1.5, 1.5, 1.0, 7.5, 7.5, 7.5, 6.0, 6.0, 6.0}};
  }

  int residual_count(int) const { return kM; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 0; i < kM; ++i) {
      const T t = ratio<T>(i, 10);
      T model = x[0] * exp(-t * x[4]);
      for (int k = 1; k <= 3; ++k) {
        const T d = t - x[7 + k];
        model += x[k] * exp(-d * d * x[4 + k]);
      }
      r[i] = ratio<T>(kY[i], 1000) - model;
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 0; i < kM; ++i) {
      const T t = ratio<T>(i, 10);
      const T e0 = exp(-t * x[4]);
      j(i, 0) = -e0;
      j(i, 4) = t * x[0] * e0;
      for (int k = 1; k <= 3; ++k) {
        const T d = t - x[7 + k];
        const T e = exp(-d * d * x[4 + k]);
        j(i, k) = -e;
        j(i, 4 + k) = x[k] * d * d * e;
        j(i, 7 + k) = T(-2) * x[k] * x[4 + k] * d * e;
      }
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    auto add = [&h](int a, int b, const T& v) {
      h(a, b) += v;
      if (a != b) h(b, a) += v;
    };
    for (int i = 0; i < kM; ++i) {
      const T t = ratio<T>(i, 10);
      // r = y - model, so each Hessian entry is minus the model's.
      const T e0 = w[i] * exp(-t * x[4]);
      add(0, 4, t * e0);
      add(4, 4, -t * t * x[0] * e0);
      for (int k = 1; k <= 3; ++k) {
        const int a = k, s = 4 + k, c = 7 + k;  // amplitude, width, centre
        const T d = t - x[c];
        const T d2 = d * d;
        const T e = w[i] * exp(-d2 * x[s]);
        // model term a E with E = exp(-d^2 s), d = t - c.
        add(a, s, d2 * e);
        add(a, c, T(-2) * x[s] * d * e);
        add(s, s, -x[a] * d2 * d2 * e);
        add(s, c, T(-2) * x[a] * d * e + T(2) * x[a] * x[s] * d2 * d * e);
        add(c, c, T(-2) * x[a] * x[s] * e * (T(2) * d2 * x[s] - T(1)));
      }
    }
  }
};

struct Osborne2 : LeastSquares<Osborne2Residuals> {
  std::vector<Minimum> minima(int) const {
    static const std::vector<Minimum> kMinima = [this] {
      const std::vector<double> x = polish_minimizer(
          *this, {1.30997715463, 0.431553794603, 0.633661698961, 0.599430534786, 0.754183226328,
                  0.90428857986, 1.36581183524, 4.82369881723, 2.39868486613, 4.56887459767, 5.67534147058});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(value<Real50>(x50))}};
    }();
    return kMinima;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Osborne2);
}  // namespace gradlab::mgh
