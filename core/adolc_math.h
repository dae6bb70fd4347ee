// The math functions catalog problems may call that ADOL-C's adouble lacks or
// gets wrong, in the global namespace where argument-dependent lookup finds
// them, as it finds ADOL-C's own. Include through core/scalar.h.
#pragma once

#include <adolc/adouble.h>

// ADOL-C 2.7 has no log1p or expm1. Both are built from taped operations,
// so that a recorded tape stays valid at new points, with the rounding of
// w = 1 + x or w = exp(x) corrected in the classic way (no branch on the
// value, which a tape could not record):
//   log1p(x) = log(w) - ((w - 1) - x) / w,       w = 1 + x,
//   expm1(x) = (w - 1) + w (x - log(w)),          w = exp(x).
// ((w - 1) - x is the rounding error of 1 + x, exactly so for |x| <= 1, and
// x - log(w) that of exp(x) to first order.) So the value is accurate to a few ulps for tiny x too, where
// log(1 + x) and exp(x) - 1 keep no digit of x below eps (x = 1e-20 gives 0). Through the same operations AD
// differentiates to 1/w + ((w - 1) - x) / w^2 = 1/(1 + x) and w (1 + x - log(w)) = exp(x), also to a few
// ulps. Valid for x > -1 and -745 < x < 709.7 respectively: beyond, exp(x) underflows to 0 or overflows
// and expm1 gives NaN where the true value is -1 (x < -745) or +inf (x > 709.7), and log1p(-1) gives
// NaN, not -inf.
inline adouble log1p(const badouble& x) {
  const adouble w = 1 + x;
  return log(w) - ((w - 1) - x) / w;
}
inline adouble expm1(const badouble& x) {
  const adouble w = exp(x);
  return (w - 1) + w * (x - log(w));
}

// ADOL-C 2.7's own tanh, sinh and cosh choose between two formulas by the
// sign of x when the tape is recorded and tape only the one chosen, with no
// comparison on the tape: a tape recorded at x < 0 and swept at x > 0 gives
// other roundoff than one recorded there (so records depended on which point
// a tape was first made at), and tanh's formula taped at x < 0 gives NaN at
// x > 354 (exp(2x) overflows). Their formulas are also differences of
// exponentials, which lose digits near 0 (sinh(1e-10) keeps 7; cosh's
// derivative at 1e-3 is 81 ulps off).
//
// These overloads, exact matches for adouble and adub arguments and so
// preferred to ADOL-C's badouble ones, fold x to a = -|x| with condassign,
// which the tape evaluates at every sweep, and build on u = expm1(a) in
// (-1, 0], so that nothing cancels in the value or in its derivative:
//   sinh|x| = -u (2 + u) / (2 w),   cosh x = 1 + u^2 / (2 w),   w = exp(a),
//   tanh|x| = -v / (2 + v),  v = expm1(2a),
// (w, not 1 + u, which cancels when |x| is large),
// then sinh x = sign(x) sinh|x| and tanh x = sign(x) tanh|x|.
namespace gradlab::adolc_detail {
// folded = -|x| and sign = (x > 0 ? 1 : -1), selected when the tape is swept.
inline void fold_to_nonpositive(const badouble& x, adouble& folded, adouble& sign) {
  const adouble minus_x = -x;
  condassign(folded, x, minus_x, x);
  const adouble plus_one = 1.0;
  const adouble minus_one = -1.0;
  condassign(sign, x, plus_one, minus_one);
}
}  // namespace gradlab::adolc_detail

inline adouble tanh(const adouble& x) {
  adouble folded, sign;
  gradlab::adolc_detail::fold_to_nonpositive(x, folded, sign);
  // tanh|x| rounds to 1 beyond |x| = 19.1, and expm1 is valid only above
  // -745: hold a at -40 there (the derivative dropped is below 1e-34).
  // (The test is -40 - a > 0, so that a NaN keeps the `folded` branch and
  // comes out NaN, not -1.)
  adouble held;
  const adouble minus_forty = -40.0;
  condassign(held, -40.0 - folded, minus_forty, folded);
  const adouble v = expm1(2.0 * held);
  return sign * (-v / (2.0 + v));
}
inline adouble sinh(const adouble& x) {
  adouble folded, sign;
  gradlab::adolc_detail::fold_to_nonpositive(x, folded, sign);
  const adouble u = expm1(folded);
  return sign * (-u * (2.0 + u) / (2.0 * exp(folded)));
}
inline adouble cosh(const adouble& x) {
  adouble folded, sign;
  gradlab::adolc_detail::fold_to_nonpositive(x, folded, sign);
  const adouble u = expm1(folded);
  return 1.0 + u * u / (2.0 * exp(folded));
}
// An adub argument is copied by assignment: constructing an adouble from an
// adub may take over the adub's location, which a named temporary (auto z =
// w * x) still uses after the call.
namespace gradlab::adolc_detail {
inline adouble copy_of(const badouble& x) {
  adouble copy;
  copy = x;
  return copy;
}
}  // namespace gradlab::adolc_detail
inline adouble tanh(const adub& x) { return tanh(gradlab::adolc_detail::copy_of(x)); }
inline adouble sinh(const adub& x) { return sinh(gradlab::adolc_detail::copy_of(x)); }
inline adouble cosh(const adub& x) { return cosh(gradlab::adolc_detail::copy_of(x)); }
