// Binary logistic regression with an L2 penalty on the weights, on a seeded
// synthetic data set, as a finite sum of per-sample terms:
//   f_j(w, b) = log(1 + exp(z_j)) - y_j z_j + (lambda/2) |w|^2,  z_j = w.x_j + b,
//   f = (1/N) sum_j f_j.
#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr int kFeatures = 3;
constexpr int kParams = kFeatures + 1;  // (w_1, w_2, w_3, b)
constexpr double kTrueW[kFeatures] = {1.5, -1.0, 0.5};
constexpr double kTrueB = 0.25;

struct LogisticRegression {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    // At least 16 samples: the first 16 labels contain both classes, which the
    // unpenalised bias needs for a finite minimizer.
    return {{.name = "samples",
             .default_value = 100,
             .min_value = 16,
             .max_value = 10000,
             .integer = true,
             .description = "number of samples N (the first N of one fixed stream)"}};
  }

  explicit LogisticRegression(const ProblemParameters& p)
      : samples_(p.integer("samples")),
        data_(make_logistic_data(KeyedRandom(hash_name("logistic_regression")), samples_, kTrueW, kTrueB)),
        minimum_(finite_sum_minimum(*this, x0(kParams))) {}

  ProblemInfo info() const {
    return {.name = "logistic_regression",
            .family = "ml",
            .source =
                "L2-regularised logistic regression (e.g. Bishop, Pattern Recognition and Machine "
                "Learning, 2006, Sec. 4.3.2); synthetic data set defined here "
                "(functions/ml/synthetic_data.h)",
            .dimension = Dimension::fixed(kParams),
            .tags = {Tag::kSmooth, Tag::kFiniteSum},
            .notes =
                "Parameters (w_1, w_2, w_3, b). Finite sum f = (1/N) sum_j f_j, f_j = log(1 + exp(z_j)) - "
                "y_j z_j + (lambda/2) |w|^2, z_j = w.x_j + b, lambda = 1e-2 (the penalty is in every term); "
                "the bias is not regularised. "
                "log(1 + exp(z)) is written literally (no softplus branch) so f stays holomorphic for "
                "complex step; over the domain |z| stays below about 21. Data: N = 100 by default "
                "(parameter samples), KeyedRandom(hash_name(\"logistic_regression\")); x_j ~ N(0, I_3) by "
                "Box-Muller (stream \"x\"), y_j ~ Bernoulli(sigmoid(1.5 x_1 - x_2 + 0.5 x_3 + 0.25)) (stream "
                "\"label\"), so labels are noisy and the classes overlap; other N take the first N samples "
                "of the same streams. Minimizer: Newton's method from the origin, in double and then in 50 "
                "digits until the step is below 1e-40."};
  }

  // The untrained model (all zeros, every p = 1/2).
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // Contains the minimizer (weights near the generating (1.5, -1, 0.5)) and
  // keeps |z| <= 3 (|x|_1 + 1) < 21 on these data, so exp(z) is far from
  // overflow and 1 + exp(z) never rounds exp(z) away entirely.
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int sample_count() const { return samples_; }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    using std::exp;
    using std::log;
    const T z = logit(x, j);
    return log(T(1) + exp(z)) - T(data_.labels[j]) * z + lambda<T>() / T(2) * penalty(x);
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    using std::exp;
    const T e = exp(logit(x, j));
    const T residual = e / (T(1) + e) - T(data_.labels[j]);
    for (int i = 0; i < kFeatures; ++i) g[i] = residual * T(data_.feature(j, i)) + lambda<T>() * x[i];
    g[kFeatures] = residual;
  }

  // The mean of the terms' Hessians, sigma'(z_j) [x_j; 1][x_j; 1]^T, plus the
  // penalty's lambda on the weights.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    h.fill(T(0));
    std::vector<T> xt(kParams);
    for (int j = 0; j < samples_; ++j) {
      const T e = exp(logit(x, j));
      const T one_plus_e = T(1) + e;
      // sigma(z) (1 - sigma(z)) = e / (1 + e)^2, without forming 1 - sigma.
      const T curvature = e / (one_plus_e * one_plus_e);
      for (int i = 0; i < kFeatures; ++i) xt[i] = T(data_.feature(j, i));
      xt[kFeatures] = T(1);
      for (int a = 0; a < kParams; ++a) {
        for (int b = 0; b < kParams; ++b) h(a, b) += curvature * xt[a] * xt[b];
      }
    }
    for (int a = 0; a < kParams; ++a) {
      for (int b = 0; b < kParams; ++b) h(a, b) /= T(samples_);
    }
    for (int i = 0; i < kFeatures; ++i) h(i, i) += lambda<T>();
  }

 private:
  template <class T>
  static T lambda() {
    return ratio<T>(1, 100);
  }

  template <class T>
  static T penalty(std::span<const T> x) {
    T s(0);
    for (int i = 0; i < kFeatures; ++i) s += x[i] * x[i];
    return s;
  }

  template <class T>
  T logit(std::span<const T> x, int j) const {
    T z = x[kFeatures];
    for (int i = 0; i < kFeatures; ++i) z += x[i] * T(data_.feature(j, i));
    return z;
  }

  int samples_;
  ClassificationData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<LogisticRegression>);
}  // namespace gradlab::ml
