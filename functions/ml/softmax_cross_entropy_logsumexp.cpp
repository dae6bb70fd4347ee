// Softmax (multinomial logistic) regression with the exact cross-entropy in
// its stable log-sum-exp form and an L2 penalty, on seeded Gaussian blobs, as
// a finite sum of per-sample terms:
//   f_j(W) = logsumexp_k(z_{j,k}) - z_{j,y_j} + (lambda/2) |W|^2,  f = (1/N) sum_j f_j,
//   z_{j,k} = W_k . [x_j; 1].
#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr double kCentreSpread = 1.5;
constexpr double kBlobSigma = 1.0;

struct SoftmaxCrossEntropyLogsumexp {
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = true;  // the shift max_k z_k is a constant taken from x

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "per_class",
             .default_value = 16,
             .min_value = 1,
             .max_value = 1000,
             .integer = true,
             .description = "samples per class (N = classes * per_class)"},
            {.name = "features",
             .default_value = 2,
             .min_value = 1,
             .max_value = 10,
             .integer = true,
             .description = "number of features d"},
            {.name = "classes",
             .default_value = 3,
             .min_value = 2,
             .max_value = 10,
             .integer = true,
             .description = "number of classes K (dimension n = K (d + 1))"}};
  }

  explicit SoftmaxCrossEntropyLogsumexp(const ProblemParameters& p)
      : classes_(p.integer("classes")),
        data_(make_gaussian_blobs(rng(),
                                  make_blob_centres(rng(), classes_, p.integer("features"), kCentreSpread),
                                  p.integer("features"), p.integer("per_class"), kBlobSigma)),
        minimum_(finite_sum_minimum(*this, x0(params()))) {}

  ProblemInfo info() const {
    return {.name = "softmax_cross_entropy_logsumexp",
            .family = "ml",
            .source =
                "Softmax regression with cross-entropy loss (e.g. Bishop, Pattern Recognition and Machine "
                "Learning, 2006, Sec. 4.3.4), log-sum-exp evaluated with the max-shift (e.g. Blanchard, "
                "Higham & Higham, Accurately computing the log-sum-exp and softmax functions, IMA J. "
                "Numerical Analysis 41(4):2311-2330, 2021); synthetic data set defined here "
                "(functions/ml/synthetic_data.h)",
            .dimension = Dimension::fixed(params()),
            .tags = {Tag::kSmooth, Tag::kFiniteSum},
            .notes =
                "Parameters W row-major by class: (w_k1, ..., w_kd, b_k) for k = 0, ..., K-1. Finite sum "
                "f = (1/N) sum_j f_j, f_j = logsumexp_k z_{j,k} - z_{j,y_j} + (lambda/2) |W|^2, lambda = "
                "1e-2 over ALL entries, biases included (the penalty is in every term, and it removes "
                "softmax's invariance under adding one vector to every class's row). No guard: the "
                "exact cross-entropy, convex, and strictly convex with the penalty, so the minimizer is "
                "unique. logsumexp(z) = m + log sum_k exp(z_k - m) with m = max_k of the VALUES of z_k "
                "(value_of): m is a constant shift, not a function of W, so the expression equals "
                "log sum_k exp(z_k) with all its derivatives on both sides of every tie and stays "
                "holomorphic for complex step (whose tiny imaginary parts do not move m); exp never "
                "overflows and p_y never underflows to a log(0). Compare softmax_cross_entropy, the "
                "guarded unshifted form on other data. Data: K = 3 classes, d = 2, 16 points per "
                "class, N = 48 by default (parameters per_class, features, classes), "
                "KeyedRandom(hash_name(\"softmax_cross_entropy_logsumexp\")); centres c_k ~ N(0, 1.5^2 I) "
                "(stream \"centres\"), points c_k + N(0, I) by Box-Muller (stream \"x\", draw index "
                "running over all samples class by class); the blobs overlap. Minimizer: Newton's method "
                "from the origin, in double and then in 50 digits until the step is below 1e-40."};
  }

  // The untrained model (all zeros, every p = 1/K).
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // Contains the minimizer; the shifted form would be finite on any box, this
  // one keeps the logits |z| <= 5 (|x|_1 + 1) small enough that their
  // rounding (about eps |z|) stays far below the gradient's 1e-13 budget.
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  int sample_count() const { return data_.size(); }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    using std::exp;
    using std::log;
    const std::vector<T> z = logits(x, j);
    const T m(max_value(z));
    T s(0);
    for (const T& zk : z) s += exp(zk - m);
    return m + log(s) - z[data_.labels[j]] + lambda<T>() / T(2) * penalty(x);
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    const std::vector<T> p = probabilities(x, j);
    const int row = data_.n_features + 1;
    for (int k = 0; k < classes_; ++k) {
      const T dz = p[k] - indicator<T>(k == data_.labels[j]);
      for (int i = 0; i < row; ++i) g[k * row + i] = dz * input<T>(j, i) + lambda<T>() * x[k * row + i];
    }
  }

  // The mean of the terms' Hessians, (diag(p) - p p^T) kron u u^T with
  // u = [x_j; 1], plus lambda I.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const int row = data_.n_features + 1;
    const int n = params();
    h.fill(T(0));
    std::vector<T> outer(static_cast<std::size_t>(row) * row);
    for (int j = 0; j < data_.size(); ++j) {
      const std::vector<T> p = probabilities(x, j);
      for (int r = 0; r < row; ++r) {
        for (int c = 0; c < row; ++c) outer[r * row + c] = input<T>(j, r) * input<T>(j, c);
      }
      for (int k = 0; k < classes_; ++k) {
        for (int l = 0; l < classes_; ++l) {
          const T hz = p[k] * (indicator<T>(k == l) - p[l]);
          for (int r = 0; r < row; ++r) {
            for (int c = 0; c < row; ++c) h(k * row + r, l * row + c) += hz * outer[r * row + c];
          }
        }
      }
    }
    for (int a = 0; a < n; ++a) {
      for (int b = 0; b < n; ++b) h(a, b) /= T(data_.size());
      h(a, a) += lambda<T>();
    }
  }

 private:
  static KeyedRandom rng() { return KeyedRandom(hash_name("softmax_cross_entropy_logsumexp")); }

  int params() const { return classes_ * (data_.n_features + 1); }

  template <class T>
  static T lambda() {
    return ratio<T>(1, 100);
  }
  // 1[condition] as a T, the condition being on class indices, never on T.
  template <class T>
  static T indicator(bool condition) {
    return T(condition ? 1 : 0);
  }

  template <class T>
  static T penalty(std::span<const T> x) {
    T s(0);
    for (const T& v : x) s += v * v;
    return s;
  }

  // The largest value among the logits: the shift, a constant for every T.
  template <class T>
  static double max_value(const std::vector<T>& z) {
    double m = value_of(z[0]);
    for (const T& zk : z) m = std::max(m, value_of(zk));
    return m;
  }

  // Component i of the augmented input [x_j; 1].
  template <class T>
  T input(int j, int i) const {
    return i < data_.n_features ? T(data_.feature(j, i)) : T(1);
  }

  template <class T>
  std::vector<T> logits(std::span<const T> x, int j) const {
    const int row = data_.n_features + 1;
    std::vector<T> z(classes_);
    for (int k = 0; k < classes_; ++k) {
      T zk(0);
      for (int i = 0; i < row; ++i) zk += x[k * row + i] * input<T>(j, i);
      z[k] = zk;
    }
    return z;
  }

  // Softmax of the shifted logits: every exp(z_k - m) <= 1 and the largest is 1.
  template <class T>
  std::vector<T> probabilities(std::span<const T> x, int j) const {
    using std::exp;
    std::vector<T> p = logits(x, j);
    const T m(max_value(p));
    T s(0);
    for (T& pk : p) {
      pk = exp(pk - m);
      s += pk;
    }
    for (T& pk : p) pk /= s;
    return p;
  }

  int classes_;
  ClassificationData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<SoftmaxCrossEntropyLogsumexp>);
}  // namespace gradlab::ml
