// Seeded synthetic data sets for the machine-learning problems, and the
// Newton solve that locates the convex ones' minimizers to 50 digits.
//
// The data are a pure function of a fixed per-problem key (never the run's
// seed), so every run, test and report sees the same data set. Draws come
// from gradlab::KeyedRandom: stream `child("x")` etc. indexed by sample, and
// Gaussian draws use Box–Muller on two uniforms. The values go through the
// platform's double log/cos/sin once; the minima are recomputed from the
// generated data in each problem's constructor, so they always match the data
// actually in use, even if another libm rounded a draw differently.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numbers>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/matrix.h"
#include "core/random.h"
#include "core/scalar.h"
#include "functions/finite_sum.h"
#include "functions/newton_polish.h"

namespace gradlab::ml {

// The i-th standard normal draw of a stream: Box–Muller on uniforms 2i and
// 2i+1, cosine branch only, so each draw is addressable by its index alone.
// 1 - u lies in (0, 1], which keeps the log finite.
inline double gaussian(const KeyedRandom& rng, std::uint64_t i) {
  const double u1 = 1.0 - rng.uniform(2 * i);
  const double u2 = rng.uniform(2 * i + 1);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

// One-dimensional regression data y_j = w x_j^2 sin(x_j) + b + sigma e_j with
// x_j ~ U[lo, hi) from stream "x" and e_j ~ N(0, 1) from stream "noise".
struct SineRegressionData {
  std::vector<double> x;
  std::vector<double> y;
};

inline SineRegressionData make_sine_regression_data(const KeyedRandom& rng, int n_samples, double lo,
                                                    double hi, double w, double b, double sigma) {
  const KeyedRandom xs = rng.child("x");
  const KeyedRandom noise = rng.child("noise");
  SineRegressionData d;
  for (int j = 0; j < n_samples; ++j) {
    const auto u = static_cast<std::uint64_t>(j);
    const double x = xs.uniform(u, lo, hi);
    d.x.push_back(x);
    d.y.push_back(w * x * x * std::sin(x) + b + sigma * gaussian(noise, u));
  }
  return d;
}

// Labelled feature vectors: features row-major (n_samples x n_features),
// one integer label per sample.
struct ClassificationData {
  int n_features = 0;
  std::vector<double> features;
  std::vector<int> labels;

  int size() const { return static_cast<int>(labels.size()); }
  double feature(int j, int i) const { return features[static_cast<std::size_t>(j) * n_features + i]; }
};

// Binary labels from a ground-truth logistic model: x_j ~ N(0, I) (stream
// "x", draw j * d + i), and y_j = 1 with probability 1 / (1 + exp(-(w.x_j + b)))
// (stream "label"). Drawing labels instead of thresholding is the label
// noise: samples near the true boundary land on either side, so the classes
// overlap and the data are not linearly separable.
inline ClassificationData make_logistic_data(const KeyedRandom& rng, int n_samples, std::span<const double> w,
                                             double b) {
  const KeyedRandom xs = rng.child("x");
  const KeyedRandom label = rng.child("label");
  ClassificationData d;
  d.n_features = static_cast<int>(w.size());
  for (int j = 0; j < n_samples; ++j) {
    double z = b;
    for (int i = 0; i < d.n_features; ++i) {
      const double x = gaussian(xs, static_cast<std::uint64_t>(j) * d.n_features + i);
      d.features.push_back(x);
      z += w[i] * x;
    }
    const double p = 1.0 / (1.0 + std::exp(-z));
    d.labels.push_back(label.uniform(static_cast<std::uint64_t>(j)) < p ? 1 : 0);
  }
  return d;
}

// Isotropic Gaussian blobs: samples_per_class points around each centre
// (centres row-major, n_classes x d) with standard deviation sigma, stream
// "x", draw (j * d + i) for sample j overall; labels are the blob index.
inline ClassificationData make_gaussian_blobs(const KeyedRandom& rng, std::span<const double> centres,
                                              int n_features, int samples_per_class, double sigma) {
  const KeyedRandom xs = rng.child("x");
  const int n_classes = static_cast<int>(centres.size()) / n_features;
  ClassificationData d;
  d.n_features = n_features;
  for (int k = 0; k < n_classes; ++k) {
    for (int s = 0; s < samples_per_class; ++s) {
      const auto j = static_cast<std::uint64_t>(k * samples_per_class + s);
      for (int i = 0; i < n_features; ++i) {
        d.features.push_back(centres[k * n_features + i] + sigma * gaussian(xs, j * n_features + i));
      }
      d.labels.push_back(k);
    }
  }
  return d;
}

// Regression data: real-valued targets for feature vectors (row-major,
// n_samples x n_features).
struct RegressionData {
  int n_features = 0;
  std::vector<double> features;
  std::vector<double> targets;

  int size() const { return static_cast<int>(targets.size()); }
  double feature(int j, int i) const { return features[static_cast<std::size_t>(j) * n_features + i]; }
};

// A noisy linear model: a_j ~ N(0, I) (stream "x", draw j * d + i), true
// weights w_i ~ N(0, 1) (stream "truth", draw i) and bias b ~ N(0, 1) (draw
// d), y_j = w.a_j + b + sigma e_j with e_j ~ N(0, 1) (stream "noise", draw j).
inline RegressionData make_linear_regression_data(const KeyedRandom& rng, int n_samples, int n_features,
                                                  double sigma) {
  const KeyedRandom xs = rng.child("x");
  const KeyedRandom truth = rng.child("truth");
  const KeyedRandom noise = rng.child("noise");
  RegressionData d;
  d.n_features = n_features;
  for (int j = 0; j < n_samples; ++j) {
    double y = gaussian(truth, static_cast<std::uint64_t>(n_features));
    for (int i = 0; i < n_features; ++i) {
      const double a = gaussian(xs, static_cast<std::uint64_t>(j) * n_features + i);
      d.features.push_back(a);
      y += gaussian(truth, static_cast<std::uint64_t>(i)) * a;
    }
    d.targets.push_back(y + sigma * gaussian(noise, static_cast<std::uint64_t>(j)));
  }
  return d;
}

// A noisy ridge function, the kind of target a small network fits but a
// linear model cannot: x_j ~ N(0, I) (stream "x", draw j * d + i),
// s_j = sum_i (-1)^i x_ji / sqrt(d) (so s_j ~ N(0, 1)), and
// y_j = sin(2 s_j) + sigma e_j with e_j ~ N(0, 1) (stream "noise", draw j).
inline RegressionData make_sine_ridge_data(const KeyedRandom& rng, int n_samples, int n_features,
                                           double sigma) {
  const KeyedRandom xs = rng.child("x");
  const KeyedRandom noise = rng.child("noise");
  RegressionData d;
  d.n_features = n_features;
  const double scale = 1.0 / std::sqrt(static_cast<double>(n_features));
  for (int j = 0; j < n_samples; ++j) {
    double s = 0;
    for (int i = 0; i < n_features; ++i) {
      const double x = gaussian(xs, static_cast<std::uint64_t>(j) * n_features + i);
      d.features.push_back(x);
      s += (i % 2 == 0 ? x : -x);
    }
    d.targets.push_back(std::sin(2.0 * scale * s) + sigma * gaussian(noise, static_cast<std::uint64_t>(j)));
  }
  return d;
}

// Blob centres for make_gaussian_blobs when the class count and dimension are
// parameters: c_ki = spread * g with g ~ N(0, 1) (stream "centres", draw
// k * d + i), row-major n_classes x n_features.
inline std::vector<double> make_blob_centres(const KeyedRandom& rng, int n_classes, int n_features,
                                             double spread) {
  const KeyedRandom cs = rng.child("centres");
  std::vector<double> centres;
  for (int k = 0; k < n_classes * n_features; ++k) {
    centres.push_back(spread * gaussian(cs, static_cast<std::uint64_t>(k)));
  }
  return centres;
}

// A 50-digit point rounded to double.
inline std::vector<double> to_double(std::span<const Real50> x) {
  std::vector<double> out;
  for (const Real50& v : x) out.push_back(static_cast<double>(v));
  return out;
}

// A finite-sum definition D seen through a pointer, so that FiniteSum can add
// f and its gradient to D's terms while D is still being constructed (D's
// constructor locates its own minimizer). D must have an analytic Hessian.
template <class D>
class TermsOf {
 public:
  explicit TermsOf(const D& terms) : terms_(&terms) {}
  int sample_count() const { return terms_->sample_count(); }
  template <class T>
  T sample_value(int i, std::span<const T> x) const {
    return terms_->template sample_value<T>(i, x);
  }
  template <class T>
  void sample_gradient(int i, std::span<const T> x, std::span<T> g) const {
    terms_->template sample_gradient<T>(i, x, g);
  }
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    terms_->template hessian<T>(x, h);
  }

 private:
  const D* terms_;
};

// The minimum of a finite sum with a unique nondegenerate minimizer, by
// Newton's method from `start` (double, then 50 digits), rounded to double.
template <class D>
Minimum finite_sum_minimum(const D& terms, const std::vector<double>& start) {
  const FiniteSum<TermsOf<D>> f(terms);
  const std::vector<Real50> x_star = minimize_to_50_digits(f, start);
  return {to_double(x_star), static_cast<double>(f.template value<Real50>(x_star))};
}

}  // namespace gradlab::ml
