// Binary logistic regression with an L2 penalty on the weights, on a seeded
// synthetic data set:
//   f(w, b) = (1/N) sum_j [log(1 + exp(z_j)) - y_j z_j] + (lambda/2) |w|^2,
//   z_j = w.x_j + b.
#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr int kFeatures = 3;
constexpr int kParams = kFeatures + 1;  // (w_1, w_2, w_3, b)
constexpr int kSamples = 100;
constexpr double kTrueW[kFeatures] = {1.5, -1.0, 0.5};
constexpr double kTrueB = 0.25;

struct LogisticRegression {
  static constexpr bool kComplexSafe = true;

  LogisticRegression()
      : data_(make_logistic_data(KeyedRandom(hash_name("logistic_regression")), kSamples, kTrueW, kTrueB)) {
    const std::vector<Real50> x_star = minimize_to_50_digits(*this, x0(kParams));
    minimum_ = {to_double(x_star), static_cast<double>(value<Real50>(x_star))};
  }

  ProblemInfo info() const {
    return {
        .name = "logistic_regression",
        .family = "ml",
        .source =
            "L2-regularised logistic regression (e.g. Bishop, Pattern Recognition and Machine "
            "Learning, 2006, Sec. 4.3.2); synthetic data set defined here "
            "(functions/ml/synthetic_data.h)",
        .dimension = Dimension::fixed(kParams),
        .tags = {Tag::kSmooth, Tag::kFiniteSum},
        .notes =
            "Parameters (w_1, w_2, w_3, b). f = (1/N) sum_j [log(1 + exp(z_j)) - y_j z_j] + "
            "(lambda/2) |w|^2, z_j = w.x_j + b, lambda = 1e-2; the bias is not regularised. "
            "log(1 + exp(z)) is written literally (no softplus branch) so f stays holomorphic for "
            "complex step; over the domain |z| stays below about 21. Data: N = 100, "
            "KeyedRandom(hash_name(\"logistic_regression\")); x_j ~ N(0, I_3) by Box-Muller "
            "(stream \"x\"), y_j ~ Bernoulli(sigmoid(1.5 x_1 - x_2 + 0.5 x_3 + 0.25)) (stream "
            "\"label\"), so labels are noisy and the classes overlap. Minimizer: Newton's method from the "
            "origin, in double and then in 50 digits until the step is below 1e-40."};
  }

  // The untrained model (all zeros, every p = 1/2).
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // Contains the minimizer (weights near the generating (1.5, -1, 0.5)) and
  // keeps |z| <= 3 (|x|_1 + 1) < 21 on these data, so exp(z) is far from
  // overflow and 1 + exp(z) never rounds exp(z) away entirely.
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    using std::log;
    T loss(0);
    for (int j = 0; j < kSamples; ++j) {
      const T z = logit(x, j);
      loss += log(T(1) + exp(z)) - T(data_.labels[j]) * z;
    }
    T penalty(0);
    for (int i = 0; i < kFeatures; ++i) penalty += x[i] * x[i];
    return loss / T(kSamples) + lambda<T>() / T(2) * penalty;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    for (auto& gi : g) gi = T(0);
    for (int j = 0; j < kSamples; ++j) {
      const T e = exp(logit(x, j));
      const T residual = e / (T(1) + e) - T(data_.labels[j]);
      for (int i = 0; i < kFeatures; ++i) g[i] += residual * T(data_.feature(j, i));
      g[kFeatures] += residual;
    }
    for (int i = 0; i < kParams; ++i) g[i] /= T(kSamples);
    for (int i = 0; i < kFeatures; ++i) g[i] += lambda<T>() * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    h.fill(T(0));
    std::vector<T> xt(kParams);
    for (int j = 0; j < kSamples; ++j) {
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
      for (int b = 0; b < kParams; ++b) h(a, b) /= T(kSamples);
    }
    for (int i = 0; i < kFeatures; ++i) h(i, i) += lambda<T>();
  }

 private:
  template <class T>
  static T lambda() {
    return ratio<T>(1, 100);
  }

  template <class T>
  T logit(std::span<const T> x, int j) const {
    T z = x[kFeatures];
    for (int i = 0; i < kFeatures; ++i) z += x[i] * T(data_.feature(j, i));
    return z;
  }

  ClassificationData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LogisticRegression);
}  // namespace gradlab::ml
