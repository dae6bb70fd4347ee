#include "backends/boost_fvar.h"

namespace gradlab {

void BoostFvarBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                               EvalCount& count) const {
  using boost::math::differentiation::make_fvar;
  std::vector<Fvar> xf(x.begin(), x.end());
  for (std::size_t i = 0; i < x.size(); ++i) {
    xf[i] = make_fvar<double, 1>(x[i]);
    g[i] = static_cast<double>(problem.value(std::span<const Fvar>(xf)).derivative(1));
    ++count.value;
    xf[i] = Fvar(x[i]);
  }
}

}  // namespace gradlab
