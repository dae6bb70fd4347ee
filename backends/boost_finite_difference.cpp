#include "backends/boost_finite_difference.h"

#include <boost/math/differentiation/finite_difference.hpp>
#include <stdexcept>
#include <string>

namespace gradlab {

double boost_finite_difference(int order, const std::function<double(double)>& f, double x) {
  using boost::math::differentiation::finite_difference_derivative;
  using F = std::function<double(double)>;
  switch (order) {
    case 1: return finite_difference_derivative<F, double, 1>(f, x);
    case 2: return finite_difference_derivative<F, double, 2>(f, x);
    case 4: return finite_difference_derivative<F, double, 4>(f, x);
    case 6: return finite_difference_derivative<F, double, 6>(f, x);
    case 8: return finite_difference_derivative<F, double, 8>(f, x);
    default:
      throw std::invalid_argument("Boost.Math has no finite difference of order " + std::to_string(order));
  }
}

}  // namespace gradlab
