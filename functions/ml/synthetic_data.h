// Seeded synthetic data sets for the machine-learning problems, and the
// Newton solve that locates their minimizers to 50 digits.
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

// A 50-digit point rounded to double.
inline std::vector<double> to_double(std::span<const Real50> x) {
  std::vector<double> out;
  for (const Real50& v : x) out.push_back(static_cast<double>(v));
  return out;
}

}  // namespace gradlab::ml
