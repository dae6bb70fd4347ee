// Finite-sum problems f(x) = (1/N) sum_i f_i(x), written as their terms: the
// form stochastic and mini-batch methods consume, and the one machine-learning
// losses have. Any regulariser belongs to every term, so the mean is f exactly.
#pragma once

#include <vector>

#include "functions/derived_hessian.h"
#include "functions/problem.h"

namespace gradlab {

// D provides everything a ProblemDefinition does except value/gradient/hessian,
// plus
//   int sample_count() const;
//   template <class T> T sample_value(int i, std::span<const T> x) const;
//   template <class T> void sample_gradient(int i, std::span<const T> x, std::span<T> g) const;
// and optionally an analytic `template <class T> void hessian(...)` of f.
// FiniteSum<D> adds f and its gradient as the means of the terms, and, when D
// has no Hessian, the Hessian as forward-mode AD of that analytic gradient.
template <class D>
struct FiniteSum : D {
  using D::D;

  ProblemInfo info() const {
    ProblemInfo i = D::info();
    if (!has_hessian()) i.hessian = "forward-mode AD of the analytic gradient (mean of the sample gradients)";
    if (!i.has(Tag::kFiniteSum)) i.tags.push_back(Tag::kFiniteSum);
    return i;
  }

  template <class T>
  T value(std::span<const T> x) const {
    const int n_samples = this->sample_count();
    T f(0);
    for (int i = 0; i < n_samples; ++i) f += this->template sample_value<T>(i, x);
    return f / T(n_samples);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const int n_samples = this->sample_count();
    std::vector<T> gi(x.size());
    for (auto& v : g) v = T(0);
    for (int i = 0; i < n_samples; ++i) {
      this->template sample_gradient<T>(i, x, gi);
      for (std::size_t k = 0; k < x.size(); ++k) g[k] += gi[k];
    }
    for (auto& v : g) v /= T(n_samples);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    if constexpr (has_hessian()) {
      D::template hessian<T>(x, h);
    } else {
      hessian_by_forward_ad<T>(x, h, [this](auto xf, auto g) { gradient(xf, g); });
    }
  }

 private:
  static constexpr bool has_hessian() {
    return requires(const D& d, std::span<const double> x, MatrixRef<double> h) {
      d.template hessian<double>(x, h);
    };
  }
};

}  // namespace gradlab
