// The Hessian as forward-mode AD of an analytic gradient: one first-order
// dual pass per column. Exact to working precision, and independent of the
// value (the self-check still compares it with 50-digit AD of the value).
#pragma once

#include <span>
#include <vector>

#include <boost/math/differentiation/autodiff.hpp>

#include "core/matrix.h"

namespace gradlab {

// gradient_of(std::span<const F> x, std::span<F> g) is called with F =
// autodiff_fvar<T, 1>.
template <class T, class GradientOf>
void hessian_by_forward_ad(std::span<const T> x, MatrixRef<T> h, GradientOf&& gradient_of) {
  using boost::math::differentiation::make_fvar;
  using F = boost::math::differentiation::autodiff_fvar<T, 1>;
  const std::size_t n = x.size();
  std::vector<F> xf(x.begin(), x.end());
  std::vector<F> g(n);
  for (std::size_t k = 0; k < n; ++k) {
    xf[k] = make_fvar<T, 1>(x[k]);
    gradient_of(std::span<const F>(xf), std::span<F>(g));
    for (std::size_t i = 0; i < n; ++i) h(i, k) = g[i].derivative(1);
    xf[k] = F(x[k]);
  }
}

}  // namespace gradlab
