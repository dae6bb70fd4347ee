// A NIST StRD nonlinear regression as a catalog problem: residuals
// r_i = response(y_i) - model(b; x_i), f = sum r_i^2 (so f* is the certified
// residual sum of squares), the analytic Jacobian -d model / d b, both NIST
// starting points, and the certified parameters as the known minimizer.
//
// Model provides:
//   static const Dataset& data();
//   static constexpr bool kComplexSafe;
//   static constexpr const char* kFormula;  // the model as NIST writes it
//   template <class T> T model(std::span<const T> b, const T& x, const T& x2) const;
//   template <class T> void model_gradient(std::span<const T> b, const T& x, const T& x2,
//                                         std::span<T> d) const;  // d model / d b_k
// and optionally `template <class T> T response(const T& y) const` (default y;
// Nelson fits log y).
#pragma once

#include <cctype>
#include <cmath>
#include <string>

#include "functions/least_squares.h"
#include "functions/nist/nist_dataset.h"

namespace gradlab::nist {

template <class Model>
struct NistRegression : Model {
  static constexpr bool kComplexSafe = Model::kComplexSafe;

  static int parameters() { return static_cast<int>(Model::data().certified.size()); }

  ProblemInfo info() const {
    const Dataset& d = Model::data();
    std::string name = "nist_";
    for (const char* c = d.name; *c; ++c)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    return {
        .name = name,
        .family = "nist",
        .source = std::string("NIST Statistical Reference Datasets, nonlinear regression, ") + d.name + " (" +
                  d.difficulty + " difficulty), www.itl.nist.gov/div898/strd/nls; public-domain data",
        .dimension = Dimension::fixed(parameters()),
        .tags = {Tag::kSmooth, Tag::kLeastSquares},
        .notes = std::string("model: ") + Model::kFormula + "; f = sum of squared residuals (f* = NIST's " +
                 "certified residual sum of squares); x0 = NIST start 1; x* and f* certified to " +
                 std::to_string(d.certified_digits) + " digits"};
  }

  std::vector<double> x0(int) const { return {Model::data().start1.begin(), Model::data().start1.end()}; }
  std::vector<NamedPoint> starts(int) const {
    const Dataset& d = Model::data();
    return {{"start1", {d.start1.begin(), d.start1.end()}}, {"start2", {d.start2.begin(), d.start2.end()}}};
  }
  std::vector<Minimum> minima(int) const {
    const Dataset& d = Model::data();
    return {{{d.certified.begin(), d.certified.end()}, d.certified_rss, d.certified_digits}};
  }
  // Random points within 10% of the certified parameters: the models are well
  // defined there (further out some overflow or divide by zero).
  Box domain(int n) const {
    Box b{std::vector<double>(n), std::vector<double>(n)};
    for (int k = 0; k < n; ++k) {
      const double c = Model::data().certified[k];
      const double w = c != 0 ? 0.1 * std::abs(c) : 0.1;
      b.lower[k] = c - w;
      b.upper[k] = c + w;
    }
    return b;
  }

  int residual_count(int) const { return static_cast<int>(Model::data().y.size()); }

  template <class T>
  void residuals(std::span<const T> b, std::span<T> r) const {
    const Dataset& d = Model::data();
    for (std::size_t i = 0; i < d.y.size(); ++i) {
      const T x2 = d.x2.empty() ? T(0) : T(d.x2[i]);
      r[i] = response(T(d.y[i])) - this->template model<T>(b, T(d.x[i]), x2);
    }
  }

  template <class T>
  void jacobian(std::span<const T> b, MatrixRef<T> j) const {
    const Dataset& d = Model::data();
    std::vector<T> dm(b.size());
    for (std::size_t i = 0; i < d.y.size(); ++i) {
      const T x2 = d.x2.empty() ? T(0) : T(d.x2[i]);
      this->template model_gradient<T>(b, T(d.x[i]), x2, dm);
      for (std::size_t k = 0; k < b.size(); ++k) j(i, k) = -dm[k];
    }
  }

 private:
  template <class T>
  T response(const T& y) const {
    if constexpr (requires(const Model& m) { m.template response<T>(y); }) {
      return Model::template response<T>(y);
    } else {
      return y;
    }
  }
};

template <class Model>
using NistProblem = LeastSquares<NistRegression<Model>>;

}  // namespace gradlab::nist
