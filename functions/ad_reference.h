// 50-digit forward automatic differentiation of a problem's value: the
// independent oracle that proves each hand-derived gradient and Hessian.
#pragma once

#include <vector>

#include "functions/problem.h"

namespace gradlab {

// Forward AD of problem.value in Boost's fvar over the real type R (double
// for the boost-fvar backend, Real50 for the oracle below). The gradient:
// one first-order pass per coordinate.
template <class R>
void fvar_gradient(const Problem& problem, std::span<const R> x, std::span<R> g) {
  using boost::math::differentiation::autodiff_fvar;
  using boost::math::differentiation::make_fvar;
  std::vector<autodiff_fvar<R, 1>> xf(x.begin(), x.end());
  for (std::size_t i = 0; i < x.size(); ++i) {
    xf[i] = make_fvar<R, 1>(x[i]);
    g[i] = static_cast<R>(problem.value(std::span<const autodiff_fvar<R, 1>>(xf)).derivative(1));
    xf[i] = autodiff_fvar<R, 1>(x[i]);
  }
}

// The Hessian, row-major, from nested first-order duals: x_i seeded at the
// outer level, x_j at the inner one (both for i == j); n(n+1)/2 passes.
template <class R>
void fvar_hessian(const Problem& problem, std::span<const R> x, MatrixRef<R> h) {
  using boost::math::differentiation::make_fvar;
  using Nested = boost::math::differentiation::autodiff_fvar<R, 1, 1>;
  const std::size_t n = x.size();
  std::vector<Nested> xf(x.begin(), x.end());
  // make_fvar<R, 1> seeds the outer level once promoted to Nested (by adding
  // a nested zero); make_fvar<R, 0, 1> seeds the inner one.
  const Nested zero(R(0));
  for (std::size_t i = 0; i < n; ++i) {
    const Nested outer = make_fvar<R, 1>(x[i]) + zero;
    for (std::size_t j = i; j < n; ++j) {
      if (i == j) {
        xf[i] = outer + make_fvar<R, 0, 1>(R(0));
      } else {
        xf[i] = outer;
        xf[j] = make_fvar<R, 0, 1>(x[j]);
      }
      h(i, j) = h(j, i) = static_cast<R>(problem.value(std::span<const Nested>(xf)).derivative(1, 1));
      xf[j] = Nested(x[j]);
    }
    xf[i] = Nested(x[i]);
  }
}

// d f / d x_i by one Fvar50 pass per coordinate.
std::vector<Real50> ad_gradient_50(const Problem& problem, const std::vector<Real50>& x);
// d f_i / d x_k of a finite sum's term i, the same way.
std::vector<Real50> ad_sample_gradient_50(const Problem& problem, int sample, const std::vector<Real50>& x);
// Row-major H_ij from nested first-order duals: x_i seeded at the outer
// level, x_j at the inner one (both for i == j); n(n+1)/2 passes.
std::vector<Real50> ad_hessian_50(const Problem& problem, const std::vector<Real50>& x);

}  // namespace gradlab
