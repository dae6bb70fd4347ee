// A two-layer perceptron (one hidden layer) fitted by least squares with
// weight decay, as a finite sum of per-sample terms, for any elementwise
// activation; the mlp_* problems differ only in the activation.
//   yhat(x) = W2 act(W1 x + b1) + b2,
//   f_j(theta) = (yhat(x_j) - y_j)^2 + (lambda/2) (|W1|_F^2 + |W2|^2),  f = (1/N) sum_j f_j.
// theta = (W1 row-major (hidden x features), b1 (hidden), W2 (1 x hidden), b2).
// The gradient is back-propagation through the two matrix products; the
// Hessian is forward-mode AD of that gradient (the FiniteSum default).
#pragma once

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

#include "functions/ml/synthetic_data.h"
#include "functions/problem.h"

namespace gradlab::ml {

namespace detail {

inline void check_shapes(bool ok, const char* what, std::size_t rows, std::size_t cols, std::size_t a,
                         std::size_t b) {
  if (!ok) {
    throw std::logic_error(std::string("mlp: ") + what + ": matrix is " + std::to_string(rows) + " x " +
                           std::to_string(cols) + ", vectors have " + std::to_string(a) + " and " +
                           std::to_string(b) + " entries");
  }
}

}  // namespace detail

// y = A x.
template <class T>
void multiply(MatrixRef<const T> a, std::span<const T> x, std::span<T> y) {
  detail::check_shapes(x.size() == a.cols() && y.size() == a.rows(), "A x", a.rows(), a.cols(), x.size(),
                       y.size());
  for (std::size_t i = 0; i < a.rows(); ++i) {
    T s(0);
    for (std::size_t k = 0; k < a.cols(); ++k) s += a(i, k) * x[k];
    y[i] = s;
  }
}

// y = A^T x.
template <class T>
void multiply_transposed(MatrixRef<const T> a, std::span<const T> x, std::span<T> y) {
  detail::check_shapes(x.size() == a.rows() && y.size() == a.cols(), "A^T x", a.rows(), a.cols(), x.size(),
                       y.size());
  for (std::size_t k = 0; k < a.cols(); ++k) {
    T s(0);
    for (std::size_t i = 0; i < a.rows(); ++i) s += a(i, k) * x[i];
    y[k] = s;
  }
}

// A += u v^T.
template <class T>
void add_outer(MatrixRef<T> a, std::span<const T> u, std::span<const T> v) {
  detail::check_shapes(u.size() == a.rows() && v.size() == a.cols(), "A += u v^T", a.rows(), a.cols(),
                       u.size(), v.size());
  for (std::size_t i = 0; i < a.rows(); ++i) {
    for (std::size_t k = 0; k < a.cols(); ++k) a(i, k) += u[i] * v[k];
  }
}

// The sizes every mlp_* problem takes, and its one data set and start, shared
// so the activations are compared on the same fit.
inline std::vector<ParameterSpec> mlp_parameter_specs() {
  return {{.name = "samples",
           .default_value = 32,
           .min_value = 1,
           .max_value = 10000,
           .integer = true,
           .description = "number of samples N"},
          {.name = "features",
           .default_value = 2,
           .min_value = 1,
           .max_value = 16,
           .integer = true,
           .description = "number of inputs d"},
          {.name = "hidden",
           .default_value = 4,
           .min_value = 1,
           .max_value = 64,
           .integer = true,
           .description = "number of hidden units H (dimension n = H (d + 2) + 1)"}};
}

inline constexpr double kMlpNoiseSigma = 0.1;

inline const char* mlp_data_notes() {
  return "Regression with squared loss: f_j = (yhat(x_j) - y_j)^2 + (lambda/2) (|W1|_F^2 + |W2|^2), "
         "lambda = 1e-3 (weight decay in every term; biases not decayed), no 1/2, one linear output. "
         "theta = (W1 row-major H x d, b1 (H), W2 (1 x H), b2), n = H (d + 2) + 1. Gradient: "
         "back-propagation (delta_out = 2 (yhat - y), grad W2 = delta_out act(z)^T, delta_hidden = "
         "act'(z) * W2^T delta_out, grad W1 = delta_hidden x^T) through shape-checked matrix products "
         "that throw std::logic_error on a mismatch. Non-convex (hidden-unit permutations alone give H! "
         "equivalent minimizers), so no minimizer is stored. Data, shared by all mlp_* problems: "
         "N = 32, d = 2, H = 4 by default (parameters samples, features, hidden), n = 17; "
         "KeyedRandom(hash_name(\"mlp\")); x_j ~ N(0, I_d) by Box-Muller (stream \"x\"), y_j = "
         "sin(2 s_j) + 0.1 e_j with s_j = sum_i (-1)^i x_ji / sqrt(d) and e_j ~ N(0, 1) (stream "
         "\"noise\"). x0: Glorot-uniform weights, W1 ~ U(-r1, r1) with r1 = sqrt(6 / (d + H)), W2 ~ "
         "U(-r2, r2) with r2 = sqrt(6 / (H + 1)) (stream \"init\", draw = index in theta), zero biases.";
}

// Act provides
//   static constexpr bool kComplexSafe;
//   static constexpr bool kControlFlowDependsOnX;  // the activation is chosen by value_of(z)
//   static ProblemInfo info();    // name, tags, kink_convention, activation notes
//   static constexpr bool kKinked;  // the gradient jumps where some z = 0 (nondifferentiable_at says so)
//   template <class T> static T value(const T& z);
//   template <class T> static T derivative(const T& z);  // the convention at a kink
template <class Act>
struct Mlp {
  static constexpr bool kComplexSafe = Act::kComplexSafe;
  static constexpr bool kControlFlowDependsOnX = Act::kControlFlowDependsOnX;

  static std::vector<ParameterSpec> parameter_specs() { return mlp_parameter_specs(); }

  explicit Mlp(const ProblemParameters& p)
      : hidden_(p.integer("hidden")),
        data_(make_sine_ridge_data(KeyedRandom(hash_name("mlp")), p.integer("samples"), p.integer("features"),
                                   kMlpNoiseSigma)) {}

  ProblemInfo info() const {
    ProblemInfo i = Act::info();
    i.family = "ml";
    i.source =
        "Two-layer perceptron trained by back-propagation (Rumelhart, Hinton & Williams, Learning "
        "representations by back-propagating errors, Nature 323:533-536, 1986; Bishop, Pattern "
        "Recognition and Machine Learning, 2006, Sec. 5.3), Glorot & Bengio, Understanding the "
        "difficulty of training deep feedforward neural networks, AISTATS 2010 (the start); " +
        i.source + "; synthetic data set defined here (functions/ml/synthetic_data.h)";
    i.dimension = Dimension::fixed(params());
    i.tags.push_back(Tag::kMultimodal);
    i.tags.push_back(Tag::kFiniteSum);
    i.notes = mlp_data_notes() + (" " + i.notes);
    return i;
  }

  // The usual untrained network: Glorot-uniform weights keep the first
  // activations out of saturation, and random weights break the symmetry
  // between hidden units, which an all-zero start keeps under any gradient
  // method.
  std::vector<double> x0(int n) const {
    const KeyedRandom init = KeyedRandom(hash_name("mlp")).child("init");
    const int d = data_.n_features;
    const double r1 = std::sqrt(6.0 / (d + hidden_));
    const double r2 = std::sqrt(6.0 / (hidden_ + 1));
    std::vector<double> x(n, 0.0);
    for (int k = 0; k < hidden_ * d; ++k) x[k] = init.uniform(static_cast<std::uint64_t>(k), -r1, r1);
    for (int k = 0; k < hidden_; ++k) {
      const int at = w2_offset() + k;
      x[at] = init.uniform(static_cast<std::uint64_t>(at), -r2, r2);
    }
    return x;
  }
  std::vector<Minimum> minima(int) const { return {}; }
  // Random points well beyond the initial scale, so sigmoid and tanh units
  // saturate at some of them; |z| <= 2 (|x|_1 + 1) keeps exp far from
  // overflow on these data.
  Box domain(int n) const { return Box::uniform(n, -2.0, 2.0); }

  // A pre-activation exactly 0, evaluated in 50 digits (where these sums of
  // products of doubles are exact), is a kink of a kinked activation.
  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if constexpr (!Act::kKinked) return std::nullopt;
    const std::vector<Real50> x50(x.begin(), x.end());
    std::vector<Real50> z(hidden_);
    for (int j = 0; j < data_.size(); ++j) {
      pre_activations<Real50>(x50, j, z);
      for (int h = 0; h < hidden_; ++h) {
        if (z[h] == 0) {
          return "pre-activation of hidden unit " + std::to_string(h) + " is 0 at sample " +
                 std::to_string(j);
        }
      }
    }
    return std::nullopt;
  }

  int sample_count() const { return data_.size(); }

  template <class T>
  T sample_value(int j, std::span<const T> x) const {
    std::vector<T> z(hidden_);
    pre_activations<T>(x, j, z);
    for (T& zh : z) zh = Act::value(zh);
    const T r = output<T>(x, z) - T(data_.targets[j]);
    return r * r + lambda<T>() / T(2) * decayed_squares(x);
  }

  template <class T>
  void sample_gradient(int j, std::span<const T> x, std::span<T> g) const {
    const std::size_t h = static_cast<std::size_t>(hidden_);
    const std::size_t d = static_cast<std::size_t>(data_.n_features);
    const std::vector<T> input = inputs<T>(j);
    std::vector<T> z(h), a(h);
    pre_activations<T>(x, j, z);
    for (std::size_t k = 0; k < h; ++k) a[k] = Act::value(z[k]);
    const std::vector<T> delta_out = {T(2) * (output<T>(x, a) - T(data_.targets[j]))};

    for (auto& v : g) v = T(0);
    const MatrixRef<T> g_w1(g.data(), h, d);
    const std::span<T> g_b1 = g.subspan(h * d, h);
    const MatrixRef<T> g_w2(g.data() + w2_offset(), 1, h);
    add_outer<T>(g_w2, delta_out, a);
    g[w2_offset() + h] = delta_out[0];

    std::vector<T> delta_hidden(h);
    multiply_transposed<T>(w2(x), delta_out, delta_hidden);
    for (std::size_t k = 0; k < h; ++k) delta_hidden[k] *= Act::derivative(z[k]);
    add_outer<T>(g_w1, delta_hidden, input);
    for (std::size_t k = 0; k < h; ++k) g_b1[k] = delta_hidden[k];

    for (std::size_t k = 0; k < h * d; ++k) g[k] += lambda<T>() * x[k];
    for (std::size_t k = 0; k < h; ++k) g[w2_offset() + k] += lambda<T>() * x[w2_offset() + k];
  }

 private:
  int params() const { return hidden_ * (data_.n_features + 2) + 1; }
  int w2_offset() const { return hidden_ * (data_.n_features + 1); }

  template <class T>
  static T lambda() {
    return ratio<T>(1, 1000);
  }

  template <class T>
  MatrixRef<const T> w1(std::span<const T> x) const {
    return MatrixRef<const T>(x.data(), static_cast<std::size_t>(hidden_),
                              static_cast<std::size_t>(data_.n_features));
  }
  template <class T>
  MatrixRef<const T> w2(std::span<const T> x) const {
    return MatrixRef<const T>(x.data() + w2_offset(), 1, static_cast<std::size_t>(hidden_));
  }

  template <class T>
  std::vector<T> inputs(int j) const {
    std::vector<T> u(data_.n_features);
    for (int i = 0; i < data_.n_features; ++i) u[i] = T(data_.feature(j, i));
    return u;
  }

  // z = W1 x_j + b1.
  template <class T>
  void pre_activations(std::span<const T> x, int j, std::span<T> z) const {
    multiply<T>(w1(x), inputs<T>(j), z);
    for (int k = 0; k < hidden_; ++k) z[k] += x[hidden_ * data_.n_features + k];
  }

  // W2 a + b2.
  template <class T>
  T output(std::span<const T> x, std::span<const T> a) const {
    std::vector<T> y(1);
    multiply<T>(w2(x), a, y);
    return y[0] + x[w2_offset() + hidden_];
  }

  template <class T>
  T decayed_squares(std::span<const T> x) const {
    T s(0);
    for (int k = 0; k < hidden_ * data_.n_features; ++k) s += x[k] * x[k];
    for (int k = 0; k < hidden_; ++k) s += x[w2_offset() + k] * x[w2_offset() + k];
    return s;
  }

  int hidden_;
  RegressionData data_;
};

}  // namespace gradlab::ml
