// Least-squares problems written as residual vectors r(x) with an analytic
// Jacobian, f(x) = sum_i r_i(x)^2 (the convention of Moré, Garbow & Hillstrom
// and of NIST's residual sum of squares; no factor 1/2).
#pragma once

#include <vector>

#include "functions/problem.h"

namespace gradlab {

// D provides everything a ProblemDefinition does except value/gradient/hessian,
// plus
//   int residual_count(int n) const;
//   template <class T> void residuals(std::span<const T> x, std::span<T> r) const;
//   template <class T> void jacobian(std::span<const T> x, MatrixRef<T> j) const;  // m x n
// LeastSquares<D> adds f = sum r_i^2, its gradient 2 J^T r, and its Hessian
// as forward-mode AD of that analytic gradient (exact to working precision;
// ProblemInfo::hessian says so).
template <class D>
struct LeastSquares : D {
  using D::D;

  ProblemInfo info() const {
    ProblemInfo i = D::info();
    i.hessian = "forward-mode AD of the analytic gradient 2 J^T r";
    if (!i.has(Tag::kLeastSquares)) i.tags.push_back(Tag::kLeastSquares);
    return i;
  }

  template <class T>
  T value(std::span<const T> x) const {
    std::vector<T> r(this->residual_count(static_cast<int>(x.size())));
    this->template residuals<T>(x, r);
    T f(0);
    for (const T& ri : r) f += ri * ri;
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    const std::size_t m = static_cast<std::size_t>(this->residual_count(static_cast<int>(n)));
    std::vector<T> r(m), j(m * n);
    this->template residuals<T>(x, r);
    this->template jacobian<T>(x, MatrixRef<T>(j.data(), m, n));
    for (std::size_t k = 0; k < n; ++k) {
      T s(0);
      for (std::size_t i = 0; i < m; ++i) s += j[i * n + k] * r[i];
      g[k] = T(2) * s;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using boost::math::differentiation::make_fvar;
    using F = boost::math::differentiation::autodiff_fvar<T, 1>;
    const std::size_t n = x.size();
    std::vector<F> xf(x.begin(), x.end());
    std::vector<F> g(n);
    for (std::size_t k = 0; k < n; ++k) {
      xf[k] = make_fvar<T, 1>(x[k]);
      gradient<F>(xf, g);
      for (std::size_t i = 0; i < n; ++i) h(i, k) = g[i].derivative(1);
      xf[k] = F(x[k]);
    }
  }
};

}  // namespace gradlab
