// Least-squares problems written as residual vectors r(x) with an analytic
// Jacobian, f(x) = sum_i r_i(x)^2 (the convention of Moré, Garbow & Hillstrom
// and of NIST's residual sum of squares; no factor 1/2).
#pragma once

#include <vector>

#include "functions/derived_hessian.h"
#include "functions/problem.h"

namespace gradlab {

// D provides everything a ProblemDefinition does except value/gradient/hessian,
// plus
//   int residual_count(int n) const;
//   template <class T> void residuals(std::span<const T> x, std::span<T> r) const;
//   template <class T> void jacobian(std::span<const T> x, MatrixRef<T> j) const;  // m x n
// and, where the second derivatives of the residuals are tractable,
//   template <class T> void add_residual_hessians(std::span<const T> x, std::span<const T> w,
//                                                 MatrixRef<T> h) const;  // h += sum_i w_i H(r_i)
// LeastSquares<D> adds f = sum r_i^2 and its gradient 2 J^T r. Its Hessian is
// analytic, 2 (J^T J + sum_i r_i H(r_i)), when D adds residual Hessians, and
// otherwise forward-mode AD of the analytic gradient (exact to working
// precision); ProblemInfo::hessian says which.
template <class D>
struct LeastSquares : D {
  using D::D;

  ProblemInfo info() const {
    ProblemInfo i = D::info();
    i.hessian = has_residual_hessians() ? "analytic: 2 (J^T J + sum_i r_i Hessian(r_i))"
                                        : "forward-mode AD of the analytic gradient 2 J^T r";
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
    if constexpr (requires(std::span<const T> w) { this->template add_residual_hessians<T>(x, w, h); }) {
      const std::size_t n = x.size();
      const std::size_t m = static_cast<std::size_t>(this->residual_count(static_cast<int>(n)));
      std::vector<T> r(m), j(m * n);
      this->template residuals<T>(x, r);
      this->template jacobian<T>(x, MatrixRef<T>(j.data(), m, n));
      h.fill(T(0));
      this->template add_residual_hessians<T>(x, std::span<const T>(r), h);
      for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) {
          T s(0);
          for (std::size_t i = 0; i < m; ++i) s += j[i * n + a] * j[i * n + b];
          h(a, b) = T(2) * (h(a, b) + s);
        }
      }
    } else {
      hessian_by_forward_ad<T>(x, h, [this](auto xf, auto g) { gradient(xf, g); });
    }
  }

 private:
  static constexpr bool has_residual_hessians() {
    return requires(const D& d, std::span<const double> x, std::span<const double> w, MatrixRef<double> h) {
      d.template add_residual_hessians<double>(x, w, h);
    };
  }
};

}  // namespace gradlab
