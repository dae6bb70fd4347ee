// Helpers shared by the pathological problems: exact powers of ten for the
// scale parameters, and cancellation-free forms of log1p and expm1 built from
// functions every scalar type has (Boost autodiff has no log1p or expm1, and
// std::complex has neither).
#pragma once

#include <cmath>
#include <string>

#include "core/scalar.h"

namespace gradlab::pathological {

// 10^k in the precision of T, to within an ulp there (a product of k tens in
// double would carry up to k/2 ulp).
template <class T>
T power_of_ten(int k) {
  using R = real_of_t<T>;
  using std::pow;
  return T(pow(R(10), R(k)));
}

// log(1 + u) = 2 atanh(u / (2 + u)): u / (2 + u) is formed to an ulp even
// when 1 + u would round u away, and atanh is accurate near 0 in every type.
// Holomorphic where |u / (2 + u)| < 1, so complex step sees the true function.
template <class T>
T log1p_stable(const T& u) {
  using std::atanh;
  return T(2) * atanh(u / (T(2) + u));
}

// exp(u) - 1 = 2 exp(u/2) sinh(u/2): no difference of nearly equal numbers.
template <class T>
T expm1_stable(const T& u) {
  using std::exp;
  using std::sinh;
  const T half = u / T(2);
  return T(2) * exp(half) * sinh(half);
}

// sign(v) with sign(0) = 0: the subgradient the kink conventions name.
inline int sign_of(double v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }

inline std::string index_text(std::size_t i) { return std::to_string(i + 1); }

}  // namespace gradlab::pathological
