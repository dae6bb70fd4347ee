#include "functions/ad_reference.h"

namespace gradlab {

using boost::math::differentiation::make_fvar;

std::vector<Real50> ad_gradient_50(const Problem& p, const std::vector<Real50>& x) {
  std::vector<Real50> g(x.size());
  fvar_gradient<Real50>(p, x, g);
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
  std::vector<Real50> h(x.size() * x.size());
  fvar_hessian<Real50>(p, x, MatrixRef<Real50>(h, x.size()));
  return h;
}

}  // namespace gradlab
