// Least-squares fit of y = w x^2 sin(x) + b to seeded synthetic data, as a
// finite sum of per-sample terms:
//   f_j(w, b) = (w x_j^2 sin(x_j) + b - y_j)^2,  f = (1/N) sum_j f_j.
// The model is linear in (w, b), so f is a convex quadratic whose unique
// minimizer solves the 2x2 normal equations.
#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr int kSamples = 40;
constexpr double kXLow = -3.0;
constexpr double kXHigh = 3.0;
constexpr double kTrueW = 0.8;
constexpr double kTrueB = -0.5;
constexpr double kNoiseSigma = 0.25;

struct SeedSineRegression {
  static constexpr bool kComplexSafe = true;

  SeedSineRegression()
      : data_(make_sine_regression_data(KeyedRandom(hash_name("seed_sine_regression")), kSamples, kXLow,
                                        kXHigh, kTrueW, kTrueB, kNoiseSigma)) {
    // Normal equations [S_pp S_p; S_p N] (w, b) = (S_py, S_y), solved by
    // Cramer's rule in 50 digits so the rounded minimizer is the nearest double.
    Real50 s_pp = 0, s_p = 0, s_py = 0, s_y = 0;
    for (int j = 0; j < kSamples; ++j) {
      const Real50 phi = feature<Real50>(j);
      const Real50 y(data_.y[j]);
      s_pp += phi * phi;
      s_p += phi;
      s_py += phi * y;
      s_y += y;
    }
    const Real50 n(kSamples);
    const Real50 det = s_pp * n - s_p * s_p;
    const std::vector<Real50> x_star = {(s_py * n - s_p * s_y) / det, (s_pp * s_y - s_p * s_py) / det};
    const FiniteSum<TermsOf<SeedSineRegression>> f(*this);
    minimum_ = {to_double(x_star), static_cast<double>(f.value<Real50>(x_star))};
  }

  ProblemInfo info() const {
    return {.name = "seed_sine_regression",
            .family = "ml",
            .source =
                "Linear least squares on a nonlinear feature (e.g. Hastie, Tibshirani & Friedman, The "
                "Elements of Statistical Learning, 2nd ed., 2009, Sec. 3.2); synthetic data set defined "
                "here (functions/ml/synthetic_data.h)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kFiniteSum, Tag::kLeastSquares},
            .notes =
                "Parameters (w, b). f = (1/N) sum_j (w x_j^2 sin x_j + b - y_j)^2, the MEAN of squared "
                "residuals (no 1/2); one term per sample for stochastic methods. Data: N = 40, "
                "KeyedRandom(hash_name(\"seed_sine_regression\")); "
                "x_j ~ U[-3, 3) (stream \"x\"), y_j = 0.8 x_j^2 sin x_j - 0.5 + 0.25 e_j with e_j ~ N(0,1) "
                "by Box-Muller (stream \"noise\"); stored as doubles. The feature x^2 sin x is evaluated "
                "in the real precision of T. Minimizer: 2x2 normal equations solved in 50 digits."};
  }

  // The origin: a zero model, far enough from the fit that the gradient is
  // O(1) there.
  std::vector<double> x0(int) const { return {0.0, 0.0}; }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // The minimizer lies near (0.8, -0.5); f is quadratic, so any box is well
  // conditioned and this one just keeps residuals O(10).
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int sample_count() const { return kSamples; }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    const T r = x[0] * feature<T>(j) + x[1] - T(data_.y[j]);
    return r * r;
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    const T phi = feature<T>(j);
    const T r = x[0] * phi + x[1] - T(data_.y[j]);
    g[0] = T(2) * r * phi;
    g[1] = T(2) * r;
  }

  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    T s_pp(0), s_p(0);
    for (int j = 0; j < kSamples; ++j) {
      const T phi = feature<T>(j);
      s_pp += phi * phi;
      s_p += phi;
    }
    h(0, 0) = T(2) * s_pp / T(kSamples);
    h(0, 1) = T(2) * s_p / T(kSamples);
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2);
  }

 private:
  // x_j^2 sin(x_j) in the real precision of T: it is data, not a function of
  // the parameters, so computing it outside T's derivative parts is exact.
  template <class T>
  T feature(int j) const {
    using std::sin;
    using R = real_of_t<T>;
    const R xj(data_.x[j]);
    return T(R(xj * xj * sin(xj)));
  }

  SineRegressionData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<SeedSineRegression>);
}  // namespace gradlab::ml
