// Problems that exist only for tests: smooth functions with known higher
// derivatives, deliberately wrong gradients, and ill-behaved values.
#pragma once

#include <cmath>
#include <stdexcept>

#include "functions/registry.h"

namespace gradlab::testing {

// f(x) = sum_i exp(x_i / 2) + x_i x_{i+1}: every derivative of order k of the
// separable part is exp(x_i / 2) / 2^k, so finite-difference truncation
// errors are predictable.
struct ExpChain {
  static constexpr bool kComplexSafe = true;
  ProblemInfo info() const {
    return {.name = "test_exp_chain",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::scalable(1, 4),
            .tags = {Tag::kSmooth}};
  }
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.3); }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      f += exp(x[i] / T(2));
      if (i + 1 < x.size()) f += x[i] * x[i + 1];
    }
    return f;
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = exp(x[i] / T(2)) / T(2);
      if (i + 1 < x.size()) g[i] += x[i + 1];
      if (i > 0) g[i] += x[i - 1];
    }
  }
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      h(i, i) = exp(x[i] / T(2)) / T(4);
      if (i + 1 < x.size()) h(i, i + 1) = h(i + 1, i) = T(1);
    }
  }
};

// A coupled quartic with a sine, f = x0^4 + x0 x1 + 3 x1^2 x2 + sin(x2), and
// the same problem with three planted bugs in its own gradient (which the
// catalog self-check's AD oracle must catch).
enum class Bug { kNone, kSignFlip, kScale1e6, kDroppedTerm };

template <class T>
void quartic_gradient(std::span<const T> x, std::span<T> g, Bug bug) {
  using std::cos;
  g[0] = T(4) * x[0] * x[0] * x[0] + x[1];
  g[1] = x[0] + T(6) * x[1] * x[2];
  g[2] = T(3) * x[1] * x[1] + cos(x[2]);
  if (bug == Bug::kSignFlip) g[1] = -g[1];
  if (bug == Bug::kScale1e6) {
    for (auto& gi : g) gi *= T(1) + T(1) / T(1000000);
  }
  if (bug == Bug::kDroppedTerm) g[2] = T(3) * x[1] * x[1];  // forgot d sin(x2) / d x2
}

template <Bug B>
struct PlantedBug {
  static constexpr bool kComplexSafe = true;
  ProblemInfo info() const {
    const char* names[] = {"test_quartic", "test_quartic_sign_flip", "test_quartic_scale_1e-6",
                           "test_quartic_dropped_term"};
    return {.name = names[static_cast<int>(B)],
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(3),
            .tags = {Tag::kSmooth}};
  }
  std::vector<double> x0(int) const { return {0.5, -1.5, 2.0}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -2, 2); }
  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    return x[0] * x[0] * x[0] * x[0] + x[0] * x[1] + T(3) * x[1] * x[1] * x[2] + sin(x[2]);
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    quartic_gradient(x, g, B);
  }
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::sin;
    h.fill(T(0));
    h(0, 0) = T(12) * x[0] * x[0];
    h(0, 1) = h(1, 0) = T(1);
    h(1, 1) = T(6) * x[2];
    h(1, 2) = h(2, 1) = T(6) * x[1];
    h(2, 2) = -sin(x[2]);
  }
};

// A value that is NaN for x_0 > 0 and throws for x_0 < -10: backends must
// turn both into a status, never an escape.
struct IllBehaved {
  static constexpr bool kComplexSafe = false;
  ProblemInfo info() const {
    return {.name = "test_ill_behaved",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth}};
  }
  std::vector<double> x0(int) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  template <class T>
  T value(std::span<const T> x) const {
    if (value_of(x[0]) < -10) throw std::runtime_error("x0 below -10");
    if (value_of(x[0]) > 0) return x[0] * x[1] * T(std::nan(""));
    return x[0] * x[1];
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    if (value_of(x[0]) < -10) throw std::runtime_error("x0 below -10");
    g[0] = value_of(x[0]) > 0 ? T(std::nan("")) : x[1];
    g[1] = x[0];
  }
  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    h.fill(T(0));
  }
};

}  // namespace gradlab::testing
