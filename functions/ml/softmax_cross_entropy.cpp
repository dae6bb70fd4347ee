// Softmax (multinomial logistic) regression with a guarded cross-entropy and
// an L2 penalty, on seeded Gaussian blobs, as a finite sum of per-sample terms:
//   f_j(W) = -log(p_{j, y_j} + delta) + (lambda/2) |W|^2,  f = (1/N) sum_j f_j,
//   p_{j,k} = exp(z_{j,k}) / sum_l exp(z_{j,l}),  z_{j,k} = W_k . [x_j; 1].
#include <array>

#include "functions/ml/synthetic_data.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

constexpr int kClasses = 3;
constexpr int kFeatures = 2;
constexpr int kRow = kFeatures + 1;  // one class's (weights, bias)
constexpr int kParams = kClasses * kRow;
constexpr double kCentres[kClasses * kFeatures] = {0.0, 1.5, -1.5, -1.0, 1.5, -1.0};
constexpr double kBlobSigma = 1.0;

struct SoftmaxCrossEntropy {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "per_class",
             .default_value = 30,
             .min_value = 2,
             .max_value = 1000,
             .integer = true,
             .description = "samples per class (N = 3 per_class)"}};
  }

  explicit SoftmaxCrossEntropy(const ProblemParameters& p)
      : data_(make_gaussian_blobs(KeyedRandom(hash_name("softmax_cross_entropy")), kCentres, kFeatures,
                                  p.integer("per_class"), kBlobSigma)),
        minimum_(finite_sum_minimum(*this, x0(kParams))) {}

  ProblemInfo info() const {
    return {
        .name = "softmax_cross_entropy",
        .family = "ml",
        .source =
            "Softmax regression with cross-entropy loss (e.g. Bishop, Pattern Recognition and Machine "
            "Learning, 2006, Sec. 4.3.4); log(p + delta) guard and synthetic data set defined here "
            "(functions/ml/synthetic_data.h)",
        .dimension = Dimension::fixed(kParams),
        .tags = {Tag::kSmooth, Tag::kFiniteSum},
        .notes =
            "Parameters W row-major by class: (w_k1, w_k2, b_k) for k = 0, 1, 2. Finite sum f = (1/N) "
            "sum_j f_j, f_j = -log(p_{j,y_j} + delta) + (lambda/2) |W|^2 with delta = 1e-7 and lambda = "
            "1e-2 over ALL nine entries, biases included (the penalty is in every term). The delta guard "
            "keeps log finite when p underflows to 0 in double; it makes f differ from the exact "
            "cross-entropy by about delta/p per sample (about 1e-7 near the minimizer, where p = O(1)). "
            "The penalty is what makes the minimizer unique: softmax is invariant under adding one vector "
            "to every class's (w_k, b_k), and penalising the biases too removes that direction. p is "
            "exp(z)/sum exp(z) without the max-shift (which needs comparisons); over the domain |z| stays "
            "below about 21. The guard also bends the loss: -log(p_y + delta) is concave along z_y where "
            "delta (1 - 2 p_y) > p_y^2, i.e. p_y below about sqrt(delta) = 3e-4, so f is NOT convex "
            "everywhere (the Hessian is indefinite at roughly 4 in 10 random points of the domain). On "
            "the default data it is positive definite at the minimizer, and damped Newton from 300 "
            "random starts in boxes up to [-10, 10]^9 reached the same point. The exact, stable form is "
            "softmax_cross_entropy_logsumexp (on its own data). Data: N = 90 by default, "
            "KeyedRandom(hash_name(\"softmax_cross_entropy\")), 30 points per class (parameter "
            "per_class) from isotropic Gaussians with sigma = 1 around (0, 1.5), (-1.5, -1), (1.5, -1) "
            "(Box-Muller, stream \"x\", draw index running over all samples class by class); the blobs "
            "overlap. Minimizer: Newton's method from the origin, in double and then in 50 digits until "
            "the step is below 1e-40."};
  }

  // The untrained model (all zeros, every p = 1/3).
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<Minimum> minima(int) const { return {minimum_}; }
  // Contains the minimizer (largest |entry| about 1.94) with room to spare and
  // keeps |z| <= 3 (|x|_1 + 1) < 21 on these data, so the unshifted exp(z)
  // stays far from overflow. About 3 in 10 random points have a sample with
  // p_y < delta, so the guard is exercised, not just present.
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int sample_count() const { return data_.size(); }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    using std::log;
    const std::array<T, kClasses> p = probabilities(x, j);
    T penalty(0);
    for (int i = 0; i < kParams; ++i) penalty += x[i] * x[i];
    return lambda<T>() / T(2) * penalty - log(p[data_.labels[j]] + delta<T>());
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    const std::array<T, kClasses> p = probabilities(x, j);
    const int y = data_.labels[j];
    const T guarded = p[y] + delta<T>();
    for (int k = 0; k < kClasses; ++k) {
      // d/dz_k of -log(p_y + delta) = -(dp_y/dz_k) / (p_y + delta).
      const T dz = -(p[y] * (indicator<T>(k == y) - p[k])) / guarded;
      for (int i = 0; i < kRow; ++i) g[k * kRow + i] = dz * input<T>(j, i) + lambda<T>() * x[k * kRow + i];
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    std::array<T, kRow * kRow> outer;  // [x_j; 1][x_j; 1]^T, shared by all class pairs
    const int n_samples = data_.size();
    for (int j = 0; j < n_samples; ++j) {
      const std::array<T, kClasses> p = probabilities(x, j);
      const int y = data_.labels[j];
      const T guarded = p[y] + delta<T>();
      // a_k = dp_y/dz_k; the curvature in z is
      //   a_k a_l / (p_y + delta)^2 - (d^2 p_y / dz_k dz_l) / (p_y + delta),
      // written without dividing by p_y, which may underflow to 0.
      std::array<T, kClasses> a;
      for (int k = 0; k < kClasses; ++k) a[k] = p[y] * (indicator<T>(k == y) - p[k]);
      for (int r = 0; r < kRow; ++r) {
        for (int c = 0; c < kRow; ++c) outer[r * kRow + c] = input<T>(j, r) * input<T>(j, c);
      }
      for (int k = 0; k < kClasses; ++k) {
        for (int l = 0; l < kClasses; ++l) {
          const T d2p = p[y] * (indicator<T>(y == l) - p[l]) * (indicator<T>(y == k) - p[k]) -
                        p[y] * p[k] * (indicator<T>(k == l) - p[l]);
          const T hz = a[k] * a[l] / (guarded * guarded) - d2p / guarded;
          for (int r = 0; r < kRow; ++r) {
            for (int c = 0; c < kRow; ++c) h(k * kRow + r, l * kRow + c) += hz * outer[r * kRow + c];
          }
        }
      }
    }
    for (int a = 0; a < kParams; ++a) {
      for (int b = 0; b < kParams; ++b) h(a, b) /= T(n_samples);
      h(a, a) += lambda<T>();
    }
  }

 private:
  template <class T>
  static T lambda() {
    return ratio<T>(1, 100);
  }
  template <class T>
  static T delta() {
    return ratio<T>(1, 10000000);
  }
  // 1[condition] as a T, the condition being on class indices, never on T.
  template <class T>
  static T indicator(bool condition) {
    return T(condition ? 1 : 0);
  }

  // Component i of the augmented input [x_j; 1].
  template <class T>
  T input(int j, int i) const {
    return i < kFeatures ? T(data_.feature(j, i)) : T(1);
  }

  template <class T>
  std::array<T, kClasses> probabilities(std::span<const T> x, int j) const {
    using std::exp;
    std::array<T, kClasses> p;
    T sum(0);
    for (int k = 0; k < kClasses; ++k) {
      T z(0);
      for (int i = 0; i < kRow; ++i) z += x[k * kRow + i] * input<T>(j, i);
      p[k] = exp(z);
      sum += p[k];
    }
    for (int k = 0; k < kClasses; ++k) p[k] /= sum;
    return p;
  }

  ClassificationData data_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<SoftmaxCrossEntropy>);
}  // namespace gradlab::ml
