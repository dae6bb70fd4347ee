// Boost.Math's finite_difference_derivative behind a plain function.
// Boost 1.74's finite_difference.hpp and autodiff.hpp cannot share a
// translation unit (both declare boost::math::differentiation::detail and
// autodiff's own references to it become ambiguous), so this header must not
// include either.
#pragma once

#include <functional>

namespace gradlab {

// Boost.Math's derivative of f at x with its own absolute step, for
// order 1, 2, 4, 6 or 8; throws std::invalid_argument for other orders.
double boost_finite_difference(int order, const std::function<double(double)>& f, double x);

}  // namespace gradlab
