// Problems that exist only for tests: smooth functions with known higher
// derivatives, deliberately wrong gradients, and ill-behaved values.
#pragma once

#include <cmath>
#include <stdexcept>

#include "functions/finite_sum.h"
#include "functions/least_squares.h"
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
  static constexpr bool kControlFlowDependsOnX = true;
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

// f(x) = |x_0| + a x_1^2 with the weight a as a parameter: a kink on x_0 = 0
// (convention sign(0) = 0) and the parameter mechanism in one problem.
struct KinkedParabola {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;
  static std::vector<ParameterSpec> parameter_specs() {
    return {
        {.name = "a", .default_value = 2, .min_value = 1, .max_value = 100, .description = "weight of x_1^2"},
        {.name = "k",
         .default_value = 3,
         .min_value = 1,
         .max_value = 9,
         .integer = true,
         .description = "an integer that does nothing"}};
  }
  explicit KinkedParabola(const ProblemParameters& p) : a_(p["a"]) {}
  ProblemInfo info() const {
    return {.name = "test_kinked_parabola",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth},
            .kink_convention = "sign(0) = 0"};
  }
  std::vector<double> x0(int) const { return {0.0, 1.0}; }  // on the kink
  std::vector<Minimum> minima(int) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[0] == 0) return "|x_0| has a kink at x_0 = 0";
    return std::nullopt;
  }
  template <class T>
  T value(std::span<const T> x) const {
    const T ax0 = value_of(x[0]) < 0 ? T(-x[0]) : x[0];
    return ax0 + T(a_) * x[1] * x[1];
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const double v = value_of(x[0]);
    g[0] = T(v > 0 ? 1 : v < 0 ? -1 : 0);
    g[1] = T(2) * T(a_) * x[1];
  }
  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    h.fill(T(0));
    h(1, 1) = T(2) * T(a_);
  }
  double a_;
};

// Residuals r_i = x_i^2 - i and r_n = x_0 x_1: the least-squares adapter with
// analytic residual Hessians (`WithHessians`) and without.
template <bool WithHessians>
struct SquaresResiduals {
  static constexpr bool kComplexSafe = true;
  ProblemInfo info() const {
    return {.name = WithHessians ? "test_squares_analytic" : "test_squares_ad",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(3),
            .tags = {Tag::kSmooth}};
  }
  std::vector<double> x0(int) const { return {1.0, 2.0, 3.0}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -2, 2); }
  int residual_count(int n) const { return n + 1; }
  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    for (std::size_t i = 0; i < x.size(); ++i) r[i] = x[i] * x[i] - T(static_cast<int>(i));
    r[x.size()] = x[0] * x[1];
  }
  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) j(i, i) = T(2) * x[i];
    j(x.size(), 0) = x[1];
    j(x.size(), 1) = x[0];
  }
  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w,
                             MatrixRef<T> h) const requires WithHessians {
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) += T(2) * w[i];
    h(0, 1) += w[x.size()];
    h(1, 0) += w[x.size()];
  }
};

// f = (1/3) sum_i (x_0 - c_i)^2 + x_0 x_1 sin(c_i): a finite sum of three terms.
struct ThreeTerms {
  static constexpr bool kComplexSafe = true;
  ProblemInfo info() const {
    return {.name = "test_three_terms",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth}};
  }
  std::vector<double> x0(int) const { return {0.5, 0.5}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  int sample_count() const { return 3; }
  template <class T>
  T sample_value(int i, std::span<const T> x) const {
    using std::sin;
    const T c(i + 1);
    return (x[0] - c) * (x[0] - c) + x[0] * x[1] * sin(c);
  }
  template <class T>
  void sample_gradient(int i, std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T c(i + 1);
    g[0] = T(2) * (x[0] - c) + x[1] * sin(c);
    g[1] = x[0] * sin(c);
  }
};

}  // namespace gradlab::testing
