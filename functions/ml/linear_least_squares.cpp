// Linear least squares (ordinary linear regression with an intercept) on a
// seeded noisy linear data set, as a finite sum of per-sample terms:
//   f_j(w, b) = (a_j.w + b - y_j)^2,  f = (1/N) sum_j f_j.
// f is a convex quadratic; its unique minimizer solves the normal equations.
#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr double kNoiseSigma = 0.5;

struct LinearLeastSquares {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    // samples >= 32 > n for every allowed features: the system is always
    // overdetermined, so the design [A 1] has full column rank (almost surely,
    // for Gaussian rows), the minimizer is unique and the fit does not
    // interpolate (f* > 0).
    return {{.name = "samples",
             .default_value = 48,
             .min_value = 32,
             .max_value = 10000,
             .integer = true,
             .description = "number of samples N"},
            {.name = "features",
             .default_value = 4,
             .min_value = 1,
             .max_value = 16,
             .integer = true,
             .description = "number of features d (dimension n = d + 1)"}};
  }

  explicit LinearLeastSquares(const ProblemParameters& p)
      : data_(make_linear_regression_data(KeyedRandom(hash_name("linear_least_squares")),
                                          p.integer("samples"), p.integer("features"), kNoiseSigma)) {
    // Normal equations (sum_j u_j u_j^T) theta = sum_j u_j y_j, u_j = [a_j; 1],
    // solved in 50 digits so the rounded minimizer is the nearest double.
    const int n = params();
    std::vector<Real50> m(static_cast<std::size_t>(n) * n, Real50(0)), rhs(n, Real50(0)), u(n);
    for (int j = 0; j < data_.size(); ++j) {
      for (int i = 0; i < n; ++i) u[i] = input<Real50>(j, i);
      for (int a = 0; a < n; ++a) {
        rhs[a] += u[a] * Real50(data_.targets[j]);
        for (int b = 0; b < n; ++b) m[a * n + b] += u[a] * u[b];
      }
    }
    solve_linear(m, rhs);
    const FiniteSum<TermsOf<LinearLeastSquares>> f(*this);
    minimum_ = {to_double(rhs), static_cast<double>(f.value<Real50>(rhs))};
  }

  ProblemInfo info() const {
    return {.name = "linear_least_squares",
            .family = "ml",
            .source =
                "Ordinary least squares with an intercept (e.g. Hastie, Tibshirani & Friedman, The "
                "Elements of Statistical Learning, 2nd ed., 2009, Sec. 3.2); synthetic data set defined "
                "here (functions/ml/synthetic_data.h)",
            .dimension = Dimension::fixed(params()),
            .tags = {Tag::kSmooth, Tag::kFiniteSum, Tag::kLeastSquares},
            .notes =
                "Parameters (w_1, ..., w_d, b), d = features. Finite sum f = (1/N) sum_j f_j, f_j = "
                "(a_j.w + b - y_j)^2: the MEAN of squared residuals, no 1/2 and no regulariser. Data: "
                "N = 48, d = 4 by default (parameters samples, features), "
                "KeyedRandom(hash_name(\"linear_least_squares\")); a_j ~ N(0, I_d) by Box-Muller (stream "
                "\"x\"), true weights and bias ~ N(0, 1) (stream \"truth\"), y_j = w_true.a_j + b_true + "
                "0.5 e_j, e_j ~ N(0, 1) (stream \"noise\"); stored as doubles. Minimizer: the normal "
                "equations solved by Gaussian elimination in 50 digits, rounded to double."};
  }

  // The zero model: far enough from the fit that the gradient is O(1).
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // f is quadratic, so any box is well conditioned; this one contains the
  // minimizer (near the N(0, 1) true weights) and keeps residuals O(10).
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  int sample_count() const { return data_.size(); }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    const T r = residual(j, x);
    return r * r;
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    const T r2 = T(2) * residual(j, x);
    for (int i = 0; i < params(); ++i) g[i] = r2 * input<T>(j, i);
  }

  // (2/N) sum_j u_j u_j^T: constant, since f is quadratic.
  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    const int n = params();
    h.fill(T(0));
    for (int j = 0; j < data_.size(); ++j) {
      for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) h(a, b) += input<T>(j, a) * input<T>(j, b);
      }
    }
    for (int a = 0; a < n; ++a) {
      for (int b = 0; b < n; ++b) h(a, b) = T(2) * h(a, b) / T(data_.size());
    }
  }

 private:
  int params() const { return data_.n_features + 1; }

  // Component i of the augmented input u_j = [a_j; 1].
  template <class T>
  T input(int j, int i) const {
    return i < data_.n_features ? T(data_.feature(j, i)) : T(1);
  }

  template <class T>
  T residual(int j, std::span<const T> x) const {
    T r = -T(data_.targets[j]);
    for (int i = 0; i < params(); ++i) r += x[i] * input<T>(j, i);
    return r;
  }

  RegressionData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<LinearLeastSquares>);
}  // namespace gradlab::ml
