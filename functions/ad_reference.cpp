#include "functions/ad_reference.h"

namespace gradlab {

using boost::math::differentiation::make_fvar;

std::vector<Real50> ad_gradient_50(const Problem& p, const std::vector<Real50>& x) {
  const std::size_t n = x.size();
  std::vector<Real50> g(n);
  std::vector<Fvar50> xf(x.begin(), x.end());
  for (std::size_t i = 0; i < n; ++i) {
    xf[i] = make_fvar<Real50, 1>(x[i]);
    g[i] = p.value(std::span<const Fvar50>(xf)).derivative(1);
    xf[i] = Fvar50(x[i]);
  }
  return g;
}

std::vector<Real50> ad_sample_gradient_50(const Problem& p, int sample, const std::vector<Real50>& x) {
  const std::size_t n = x.size();
  std::vector<Real50> g(n);
  std::vector<Fvar50> xf(x.begin(), x.end());
  for (std::size_t i = 0; i < n; ++i) {
    xf[i] = make_fvar<Real50, 1>(x[i]);
    g[i] = p.sample_value(sample, std::span<const Fvar50>(xf)).derivative(1);
    xf[i] = Fvar50(x[i]);
  }
  return g;
}

std::vector<Real50> ad_hessian_50(const Problem& p, const std::vector<Real50>& x) {
  const std::size_t n = x.size();
  std::vector<Real50> h(n * n);
  std::vector<Fvar50x2> xf(x.begin(), x.end());
  const Fvar50x2 zero(Real50(0));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i; j < n; ++j) {
      // Adding a depth-2 zero promotes an outer-level seed to Fvar50x2.
      const Fvar50x2 outer = make_fvar<Real50, 1>(x[i]) + zero;
      if (i == j) {
        xf[i] = outer + make_fvar<Real50, 0, 1>(Real50(0));
      } else {
        xf[i] = outer;
        xf[j] = make_fvar<Real50, 0, 1>(x[j]);
      }
      h[i * n + j] = h[j * n + i] = p.value(std::span<const Fvar50x2>(xf)).derivative(1, 1);
      xf[i] = Fvar50x2(x[i]);
      xf[j] = Fvar50x2(x[j]);
    }
  }
  return h;
}

}  // namespace gradlab
