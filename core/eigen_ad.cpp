#include "core/eigen_ad.h"

#include <utility>

namespace gradlab {

EigenAd operator+(const EigenAd& a) { return a; }
EigenAd operator-(const EigenAd& a) { return EigenAd(-a.ad()); }

EigenAd operator+(const EigenAd& a, const EigenAd& b) {
  if (b.is_constant()) return a.is_constant() ? EigenAd(a.value() + b.value()) : EigenAd(a.ad() + b.value());
  return a.is_constant() ? EigenAd(a.value() + b.ad()) : EigenAd(a.ad() + b.ad());
}
EigenAd operator-(const EigenAd& a, const EigenAd& b) {
  if (b.is_constant()) return a.is_constant() ? EigenAd(a.value() - b.value()) : EigenAd(a.ad() - b.value());
  return a.is_constant() ? EigenAd(a.value() - b.ad()) : EigenAd(a.ad() - b.ad());
}
EigenAd operator*(const EigenAd& a, const EigenAd& b) {
  if (b.is_constant()) return a.is_constant() ? EigenAd(a.value() * b.value()) : EigenAd(a.ad() * b.value());
  return a.is_constant() ? EigenAd(a.value() * b.ad()) : EigenAd(a.ad() * b.ad());
}
EigenAd operator/(const EigenAd& a, const EigenAd& b) {
  if (b.is_constant()) return a.is_constant() ? EigenAd(a.value() / b.value()) : EigenAd(a.ad() / b.value());
  return a.is_constant() ? EigenAd(a.value() / b.ad()) : EigenAd(a.ad() / b.ad());
}
EigenAd operator+(const EigenAd& a, double b) { return a + EigenAd(b); }
EigenAd operator+(double a, const EigenAd& b) { return EigenAd(a) + b; }
EigenAd operator-(const EigenAd& a, double b) { return a - EigenAd(b); }
EigenAd operator-(double a, const EigenAd& b) { return EigenAd(a) - b; }
EigenAd operator*(const EigenAd& a, double b) { return a * EigenAd(b); }
EigenAd operator*(double a, const EigenAd& b) { return EigenAd(a) * b; }
EigenAd operator/(const EigenAd& a, double b) { return a / EigenAd(b); }
EigenAd operator/(double a, const EigenAd& b) { return EigenAd(a) / b; }

std::ostream& operator<<(std::ostream& os, const EigenAd& a) { return os << a.value(); }

#define GRADLAB_EIGEN_AD_FUNCTION(name) \
  EigenAd name(const EigenAd& x) { return EigenAd(Eigen::name(x.ad())); }
GRADLAB_EIGEN_AD_FUNCTION(abs)
GRADLAB_EIGEN_AD_FUNCTION(sqrt)
GRADLAB_EIGEN_AD_FUNCTION(exp)
GRADLAB_EIGEN_AD_FUNCTION(log)
GRADLAB_EIGEN_AD_FUNCTION(sin)
GRADLAB_EIGEN_AD_FUNCTION(cos)
GRADLAB_EIGEN_AD_FUNCTION(tan)
GRADLAB_EIGEN_AD_FUNCTION(asin)
GRADLAB_EIGEN_AD_FUNCTION(acos)
GRADLAB_EIGEN_AD_FUNCTION(sinh)
GRADLAB_EIGEN_AD_FUNCTION(cosh)
GRADLAB_EIGEN_AD_FUNCTION(tanh)
#undef GRADLAB_EIGEN_AD_FUNCTION
EigenAd pow(const EigenAd& x, double p) { return EigenAd(Eigen::pow(x.ad(), p)); }

namespace {
// f(x), given f(x.value()) = value and f'(x.value()) = derivative.
EigenAd chain(const EigenAd& x, double value, double derivative) {
  if (x.is_constant()) return EigenAd(value);
  return EigenAd(value, x.derivatives() * derivative);
}
}  // namespace

EigenAd atan(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::atan(v), 1 / (1 + v * v));
}
EigenAd atan2(const EigenAd& a, const EigenAd& b) {
  const double av = a.value();
  const double bv = b.value();
  const double value = std::atan2(av, bv);
  const double r2 = av * av + bv * bv;
  if (a.is_constant()) return chain(b, value, -av / r2);
  if (b.is_constant()) return chain(a, value, bv / r2);
  return EigenAd(value, (a.derivatives() * bv - b.derivatives() * av) / r2);
}
EigenAd log1p(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::log1p(v), 1 / (1 + v));
}
EigenAd expm1(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::expm1(v), std::exp(v));
}
EigenAd atanh(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::atanh(v), 1 / ((1 - v) * (1 + v)));
}
EigenAd asinh(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::asinh(v), 1 / std::hypot(1.0, v));
}
EigenAd acosh(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::acosh(v), 1 / std::sqrt((v - 1) * (v + 1)));
}
EigenAd cbrt(const EigenAd& x) {
  const double c = std::cbrt(x.value());
  return chain(x, c, 1 / (3 * c * c));
}
EigenAd log2(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::log2(v), 1 / (v * 0.693147180559945309417));
}
EigenAd log10(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::log10(v), 1 / (v * 2.30258509299404568402));
}
EigenAd erf(const EigenAd& x) {
  const double v = x.value();
  return chain(x, std::erf(v), 1.12837916709551257390 * std::exp(-v * v));
}
EigenAd pow(const EigenAd& a, const EigenAd& b) {
  if (b.is_constant()) return pow(a, b.value());
  const double av = a.value();
  const double bv = b.value();
  const double p = std::pow(av, bv);
  Eigen::VectorXd d = b.derivatives() * (p * std::log(av));
  if (!a.is_constant()) d += a.derivatives() * (bv * std::pow(av, bv - 1));
  return EigenAd(p, std::move(d));
}
EigenAd pow(double a, const EigenAd& b) { return pow(EigenAd(a), b); }

}  // namespace gradlab
