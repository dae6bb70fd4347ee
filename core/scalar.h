// Scalar types the catalog is instantiated for, and the few helpers a
// templated problem needs to be written once for all of them.
#pragma once

#include <boost/math/constants/constants.hpp>
#include <boost/math/differentiation/autodiff.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <complex>
#include <type_traits>

// Eigen's and ADOL-C's AD types are only declared here, so that code that
// does not compute with them (most of gradlab) does not parse their
// headers; core/ad_scalars.h defines them, and functions/registry.h, which
// instantiates the catalog for them, includes it.
class adouble;
class badouble;

namespace gradlab {

class EigenAd;

// The reference precision: 50 decimal digits, expression templates off so
// that `auto` in templated problem code always holds a value.
using Real50 = boost::multiprecision::cpp_bin_float_50;
static_assert(
    std::is_same_v<Real50, boost::multiprecision::number<boost::multiprecision::backends::cpp_bin_float<50>,
                                                         boost::multiprecision::et_off>>);

// Forward-mode AD with Boost.Math autodiff.
using Fvar = boost::math::differentiation::autodiff_fvar<double, 1>;
// 50-digit forward AD of the value: the catalog self-check's gradient oracle.
using Fvar50 = boost::math::differentiation::autodiff_fvar<Real50, 1>;
// Nested 50-digit forward AD (one seed per nesting level): mixed second
// partials, the catalog self-check's Hessian oracle.
using Fvar50x2 = boost::math::differentiation::autodiff_fvar<Real50, 1, 1>;
// Nested forward AD in double: x_i seeded at the outer level and x_j at the
// inner one give d^2 f / dx_i dx_j in one pass (boost-fvar's Hessian).
using Fvar2 = boost::math::differentiation::autodiff_fvar<double, 1, 1>;
// EigenAd (core/eigen_ad.h): Eigen's AutoDiffScalar<VectorXd>, forward AD in
// vector mode; one pass carries the whole gradient (eigen-forward).
// ADOL-C's taped scalar (adolc-reverse); it lives in the global namespace.
using Adouble = ::adouble;

using Complex = std::complex<double>;

namespace detail {
template <class T>
struct RealOf {
  using type = T;
};
template <class R>
struct RealOf<std::complex<R>> {
  using type = R;
};
template <class R, std::size_t Order>
struct RealOf<boost::math::differentiation::detail::fvar<R, Order>> {
  using type = typename RealOf<R>::type;
};
template <>
struct RealOf<EigenAd> {
  using type = double;
};
template <>
struct RealOf<::adouble> {
  using type = double;
};
}  // namespace detail

// The underlying real type: double for double, complex<double>, fvar<double>,
// EigenAd and adouble; Real50 for Real50 and its AD types.
template <class T>
using real_of_t = typename detail::RealOf<T>::type;

// An exact rational constant p/q computed in the precision of T (never via a
// double literal, which would be wrong in the 50-digit reference).
template <class T>
T ratio(long long p, long long q = 1) {
  using R = real_of_t<T>;
  return T(R(p) / R(q));
}

template <class T>
T pi() {
  return T(boost::math::constants::pi<real_of_t<T>>());
}

// exp(1) in the precision of T.
template <class T>
T euler_e() {
  return T(boost::math::constants::e<real_of_t<T>>());
}

// The value part of any scalar as a double (for comparisons that choose a
// branch; never for arithmetic that must stay in T).
inline double value_of(double x) { return x; }
inline double value_of(const Real50& x) { return static_cast<double>(x); }
inline double value_of(const Complex& x) { return x.real(); }
template <class R, std::size_t Order>
double value_of(const boost::math::differentiation::detail::fvar<R, Order>& x) {
  return value_of(static_cast<R>(x));
}
double value_of(const EigenAd& x);
// The value at the current point only: ADOL-C does not record a branch taken
// on it, so a problem whose value() branches on value_of declares
// kControlFlowDependsOnX (functions/registry.h) and is re-taped at every
// point.
double value_of(const ::badouble& x);

}  // namespace gradlab
