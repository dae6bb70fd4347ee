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

// Solves A s = r in place (A row-major n x n) by Gaussian elimination with
// partial pivoting; r becomes s.
template <class R>
void solve_linear(std::vector<R>& a, std::vector<R>& r) {
  using std::abs;
  const std::size_t n = r.size();
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t piv = c;
    for (std::size_t i = c + 1; i < n; ++i) {
      if (abs(a[i * n + c]) > abs(a[piv * n + c])) piv = i;
    }
    if (a[piv * n + c] == 0) throw std::runtime_error("solve_linear: singular Hessian");
    if (piv != c) {
      for (std::size_t k = 0; k < n; ++k) std::swap(a[c * n + k], a[piv * n + k]);
      std::swap(r[c], r[piv]);
    }
    for (std::size_t i = c + 1; i < n; ++i) {
      const R m = a[i * n + c] / a[c * n + c];
      for (std::size_t k = c; k < n; ++k) a[i * n + k] -= m * a[c * n + k];
      r[i] -= m * r[c];
    }
  }
  for (std::size_t c = n; c-- > 0;) {
    for (std::size_t k = c + 1; k < n; ++k) r[c] -= a[c * n + k] * r[k];
    r[c] /= a[c * n + c];
  }
}

// Newton's method in the real type R on the problem's own analytic gradient
// and Hessian, halving the step while f increases, until the Newton step is
// below step_tolerance in the max norm. Near the solution f changes by less
// than R resolves, so an increase of a few thousand ulps is rounding, not
// overshoot, and is accepted.
template <class R, class P>
std::vector<R> newton_minimize(const P& problem, std::vector<R> x, const R& step_tolerance,
                               int max_iterations = 100) {
  using std::abs;
  const std::size_t n = x.size();
  const R rounding_slack = R(10000) * std::numeric_limits<R>::epsilon();
  std::vector<R> g(n), h(n * n), trial(n);
  R f = problem.template value<R>(std::span<const R>(x));
  for (int it = 0; it < max_iterations; ++it) {
    problem.template gradient<R>(std::span<const R>(x), std::span<R>(g));
    problem.template hessian<R>(std::span<const R>(x), MatrixRef<R>(h, n));
    std::vector<R> step = g;
    solve_linear(h, step);
    R step_norm = 0;
    for (const R& s : step) step_norm = std::max(step_norm, R(abs(s)));
    R alpha = 1;
    R f_trial;
    for (int halvings = 0;; ++halvings) {
      for (std::size_t i = 0; i < n; ++i) trial[i] = x[i] - alpha * step[i];
      f_trial = problem.template value<R>(std::span<const R>(trial));
      if (f_trial <= f + rounding_slack * (1 + abs(f))) break;
      if (halvings == 200) throw std::runtime_error("newton_minimize: no decrease along the Newton step");
      alpha /= 2;
    }
    x = trial;
    f = f_trial;
    if (step_norm < step_tolerance) return x;
  }
  throw std::runtime_error("newton_minimize: no convergence");
}

// The minimizer of a smooth problem with a unique nondegenerate minimum, to
// about 50 digits. Newton in double from `start` does the many cheap global
// iterations; Newton in Real50 then needs only about three (quadratic
// convergence: 1e-16, 1e-32, then a step below 1e-40), which keeps the
// problem constructors, run at program start-up, fast.
template <class P>
std::vector<Real50> minimize_to_50_digits(const P& problem, const std::vector<double>& start) {
  const std::vector<double> rough = newton_minimize<double>(problem, start, 1e-10);
  return newton_minimize<Real50>(problem, std::vector<Real50>(rough.begin(), rough.end()), Real50("1e-40"));
}

// A 50-digit point rounded to double.
inline std::vector<double> to_double(std::span<const Real50> x) {
  std::vector<double> out;
  for (const Real50& v : x) out.push_back(static_cast<double>(v));
  return out;
}

}  // namespace gradlab::ml
