// EigenAd: forward-mode AD in vector mode with Eigen's AutoDiffScalar
// (unsupported/Eigen/AutoDiff), Eigen::AutoDiffScalar<Eigen::VectorXd>: each
// scalar carries a dense derivative vector, so one evaluation of a value gives
// its whole gradient. Include through core/scalar.h.
//
// Why a wrapper and not the Eigen type itself: Eigen 3.4's operators and
// functions return expression templates, and a constant (T(2), pi<T>()) has
// an empty derivative vector, which Eigen makes coherent with a full one only
// when one of the two operands is an evaluated vector (Eigen bug 1437; Drake
// issue 6944). So x * (T(2) * T(5)) aborts in a debug build and, in a release
// build, silently drops the derivatives or crashes; the catalog's
// formulas are full of such products. EigenAd holds an evaluated
// AutoDiffScalar<VectorXd>, hands Eigen only evaluated operands, evaluates
// every result at once, and treats an empty derivative vector as the zero it
// stands for (an operation with a constant uses Eigen's scalar overload). The
// derivative rules applied are Eigen's; the functions Eigen lacks are
// declared below, each with its exact derivative.
#pragma once

#include <Eigen/Core>
#include <cmath>
#include <ostream>
#include <unsupported/Eigen/AutoDiff>
#include <utility>

namespace gradlab {

class EigenAd {
 public:
  using Ad = Eigen::AutoDiffScalar<Eigen::VectorXd>;

  EigenAd() : ad_(0.0) {}
  // A constant: an empty derivative vector, read as zero.
  EigenAd(double value) : ad_(value) {}  // NOLINT(google-explicit-constructor): T(0), T s = 0
  // The independent variable x_i of n.
  EigenAd(double value, int n, int i) : ad_(value, n, i) {}
  EigenAd(double value, Eigen::VectorXd derivatives) : ad_(value, std::move(derivatives)) {}
  // Evaluates any Eigen AutoDiffScalar expression with evaluated operands.
  template <class DerType>
  explicit EigenAd(const Eigen::AutoDiffScalar<DerType>& ad) : ad_(ad) {}

  double value() const { return ad_.value(); }
  const Eigen::VectorXd& derivatives() const { return ad_.derivatives(); }
  const Ad& ad() const { return ad_; }
  bool is_constant() const { return ad_.derivatives().size() == 0; }

  EigenAd& operator+=(const EigenAd& b);
  EigenAd& operator-=(const EigenAd& b);
  EigenAd& operator*=(const EigenAd& b);
  EigenAd& operator/=(const EigenAd& b);

 private:
  Ad ad_;
};

// Defined in core/eigen_ad.cpp, not inline: each is an O(n) vector
// operation, so a call costs nothing next to it, and the catalog's 171
// problem files need not each compile Eigen's loops for every operation.
EigenAd operator+(const EigenAd& a);
EigenAd operator-(const EigenAd& a);
// Each binary operation: Eigen's AD x AD rule when both operands carry
// derivatives, its scalar overload when one is a constant, and plain double
// arithmetic when both are.
EigenAd operator+(const EigenAd& a, const EigenAd& b);
EigenAd operator-(const EigenAd& a, const EigenAd& b);
EigenAd operator*(const EigenAd& a, const EigenAd& b);
EigenAd operator/(const EigenAd& a, const EigenAd& b);
EigenAd operator+(const EigenAd& a, double b);
EigenAd operator+(double a, const EigenAd& b);
EigenAd operator-(const EigenAd& a, double b);
EigenAd operator-(double a, const EigenAd& b);
EigenAd operator*(const EigenAd& a, double b);
EigenAd operator*(double a, const EigenAd& b);
EigenAd operator/(const EigenAd& a, double b);
EigenAd operator/(double a, const EigenAd& b);

inline EigenAd& EigenAd::operator+=(const EigenAd& b) { return *this = *this + b; }
inline EigenAd& EigenAd::operator-=(const EigenAd& b) { return *this = *this - b; }
inline EigenAd& EigenAd::operator*=(const EigenAd& b) { return *this = *this * b; }
inline EigenAd& EigenAd::operator/=(const EigenAd& b) { return *this = *this / b; }

// Comparisons are of values, as Eigen's are.
inline bool operator==(const EigenAd& a, const EigenAd& b) { return a.value() == b.value(); }
inline auto operator<=>(const EigenAd& a, const EigenAd& b) { return a.value() <=> b.value(); }
inline bool operator==(const EigenAd& a, double b) { return a.value() == b; }
inline auto operator<=>(const EigenAd& a, double b) { return a.value() <=> b; }

std::ostream& operator<<(std::ostream& os, const EigenAd& a);

// Eigen's own rules, on an evaluated operand.
EigenAd abs(const EigenAd& x);
EigenAd sqrt(const EigenAd& x);
EigenAd exp(const EigenAd& x);
EigenAd log(const EigenAd& x);
EigenAd sin(const EigenAd& x);
EigenAd cos(const EigenAd& x);
EigenAd tan(const EigenAd& x);
EigenAd asin(const EigenAd& x);
EigenAd acos(const EigenAd& x);
EigenAd sinh(const EigenAd& x);
EigenAd cosh(const EigenAd& x);
EigenAd tanh(const EigenAd& x);
EigenAd pow(const EigenAd& x, double p);

// Eigen 3.4's AutoDiff has no atan, and an atan2 that needs both arguments
// to carry derivatives: both here, with the functions below that it lacks
// altogether. The value is the C library's (correctly rounded or within an
// ulp or two); the derivative is the closed form given, evaluated in double
// (a few ulps), times the argument's derivatives.
EigenAd atan(const EigenAd& x);                     // 1 / (1 + x^2)
EigenAd atan2(const EigenAd& a, const EigenAd& b);  // (b da - a db) / (a^2 + b^2)
EigenAd log1p(const EigenAd& x);                    // 1 / (1 + x)
EigenAd expm1(const EigenAd& x);                    // exp(x)
EigenAd atanh(const EigenAd& x);                    // 1 / ((1 - x)(1 + x)): no cancellation as |x| nears 1
EigenAd asinh(const EigenAd& x);                    // 1 / hypot(1, x): x^2 cannot overflow
EigenAd acosh(const EigenAd& x);                    // 1 / sqrt((x - 1)(x + 1))
EigenAd cbrt(const EigenAd& x);                     // 1 / (3 cbrt(x)^2), for negative x too
EigenAd log2(const EigenAd& x);                     // 1 / (x ln 2)
EigenAd log10(const EigenAd& x);                    // 1 / (x ln 10)
EigenAd erf(const EigenAd& x);                      // (2 / sqrt(pi)) exp(-x^2)
// Eigen has pow(AD, double) only. d(a^b) = b a^(b-1) da + a^b log(a) db; the
// log term is left out when b is a constant, so that a^b stays defined for
// a <= 0 as it is in double.
EigenAd pow(const EigenAd& a, const EigenAd& b);
EigenAd pow(double a, const EigenAd& b);

}  // namespace gradlab
