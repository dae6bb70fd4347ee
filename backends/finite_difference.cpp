#include "backends/finite_difference.h"

#include "backends/boost_finite_difference.h"

#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

namespace gradlab {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// Central-difference weights w_k for f(x + k h) - f(x - k h), k = 1..m, with
// f'(x) ~ sum_k w_k (f(x + k h) - f(x - k h)) / h (Fornberg 1988, Math. Comp.
// 51(184):699-706).
struct CentralWeights {
  int m;
  double w[4];
};
constexpr CentralWeights kCentral2{1, {1.0 / 2}};
constexpr CentralWeights kCentral4{2, {2.0 / 3, -1.0 / 12}};
constexpr CentralWeights kCentral6{3, {3.0 / 4, -3.0 / 20, 1.0 / 60}};
constexpr CentralWeights kCentral8{4, {4.0 / 5, -1.0 / 5, 4.0 / 105, -1.0 / 280}};

const CentralWeights* central_weights(FdScheme s) {
  switch (s) {
    case FdScheme::kCentral2: return &kCentral2;
    case FdScheme::kCentral4: return &kCentral4;
    case FdScheme::kCentral6: return &kCentral6;
    case FdScheme::kCentral8: return &kCentral8;
    default: return nullptr;
  }
}

double representable_step(double xi, double h) {
  const double temp = xi + h;
  const double step = temp - xi;
  // A step lost entirely to rounding is replaced by one ulp of x_i.
  return step != 0 ? step : std::nextafter(xi, std::numeric_limits<double>::infinity()) - xi;
}

}  // namespace

int fd_order(FdScheme scheme) {
  switch (scheme) {
    case FdScheme::kForward:
    case FdScheme::kBackward: return 1;
    case FdScheme::kCentral2: return 2;
    case FdScheme::kCentral4: return 4;
    case FdScheme::kCentral6: return 6;
    case FdScheme::kCentral8: return 8;
  }
  return 0;
}

// The constants minimise the truncation + roundoff error bound of each
// formula for |f| ~ |f^(p+1)| ~ 1; they are the ones Boost.Math derives in
// boost/math/differentiation/finite_difference.hpp (2 eps^(1/2), (3 eps)^(1/3),
// (11.25 eps)^(1/5), (eps / 168)^(1/7), (551.25 eps)^(1/9)).
double fd_default_step_constant(FdScheme scheme) {
  switch (scheme) {
    case FdScheme::kForward:
    case FdScheme::kBackward: return 2 * std::sqrt(kEps);
    case FdScheme::kCentral2: return std::cbrt(3 * kEps);
    case FdScheme::kCentral4: return std::pow(11.25 * kEps, 1.0 / 5);
    case FdScheme::kCentral6: return std::pow(kEps / 168, 1.0 / 7);
    case FdScheme::kCentral8: return std::pow(551.25 * kEps, 1.0 / 9);
  }
  return 0;
}

FiniteDifferenceBackend::FiniteDifferenceBackend(std::string name, FdScheme scheme, FdStep step)
    : Backend(std::move(name)), scheme_(scheme), step_(step) {
  if (step_.c == 0 && step_.policy != FdStep::Policy::kBoost) step_.c = fd_default_step_constant(scheme_);
  if (step_.policy == FdStep::Policy::kBoost && scheme_ == FdScheme::kBackward) {
    throw std::invalid_argument("Boost.Math has no backward difference");
  }
}

std::string_view FiniteDifferenceBackend::kind() const {
  switch (scheme_) {
    case FdScheme::kForward: return "fd-forward";
    case FdScheme::kBackward: return "fd-backward";
    case FdScheme::kCentral2: return "fd-central";
    case FdScheme::kCentral4: return "fd-4";
    case FdScheme::kCentral6: return "fd-6";
    case FdScheme::kCentral8: return "fd-8";
  }
  return "fd";
}

// The error at the default step is about eps^(p/(p+1)) times ratios of
// higher derivatives to the gradient, and those ratios vary by orders of
// magnitude over the catalog. The defaults sit above the worst case measured
// over the smooth, non-oscillatory v0 catalog at random points (docs/accuracy.md:
// fd-forward 2.6e-6, fd-central 2.3e-8, fd-4 6.0e-9, fd-6 3.8e-12, fd-8 9.1e-8,
// where the large step of the 8th-order formula meets large 9th derivatives).
double FiniteDifferenceBackend::default_tolerance() const {
  switch (scheme_) {
    case FdScheme::kForward:
    case FdScheme::kBackward: return 1e-4;
    case FdScheme::kCentral2: return 1e-6;
    case FdScheme::kCentral4:
    case FdScheme::kCentral6: return 1e-7;
    case FdScheme::kCentral8: return 1e-6;
  }
  return 1e-4;
}

Json FiniteDifferenceBackend::settings() const {
  Json s;
  s["order"] = fd_order(scheme_);
  switch (step_.policy) {
    case FdStep::Policy::kRelative: s["step"] = {{"relative", step_.c}}; break;
    case FdStep::Policy::kAbsolute: s["step"] = {{"absolute", step_.c}}; break;
    case FdStep::Policy::kBoost: s["step"] = "boost"; break;
  }
  return s;
}

double FiniteDifferenceBackend::raw_step(double xi) const {
  return step_.policy == FdStep::Policy::kRelative ? step_.c * std::max(1.0, std::abs(xi)) : step_.c;
}

void FiniteDifferenceBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                      EvalCount& count) const {
  std::vector<double> xt(x.begin(), x.end());
  auto f = [&](std::size_t i, double xi) {
    xt[i] = xi;
    ++count.value;
    const double v = problem.value(std::span<const double>(xt));
    xt[i] = x[i];
    return v;
  };

  if (step_.policy == FdStep::Policy::kBoost) {
    for (std::size_t i = 0; i < x.size(); ++i) {
      const std::function<double(double)> fi = [&](double t) { return f(i, t); };
      g[i] = boost_finite_difference(fd_order(scheme_), fi, x[i]);
    }
    return;
  }

  if (scheme_ == FdScheme::kForward || scheme_ == FdScheme::kBackward) {
    ++count.value;
    const double f0 = problem.value(x);
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (scheme_ == FdScheme::kForward) {
        const double h = representable_step(x[i], raw_step(x[i]));
        g[i] = (f(i, x[i] + h) - f0) / h;
      } else {
        const double h = -representable_step(x[i], -raw_step(x[i]));
        g[i] = (f0 - f(i, x[i] - h)) / h;
      }
    }
    return;
  }

  const CentralWeights& w = *central_weights(scheme_);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double h = representable_step(x[i], raw_step(x[i]));
    double sum = 0;
    // Smallest weights first: they carry the least, so add them before the
    // dominant k = 1 term to lose less to rounding.
    for (int k = w.m; k >= 1; --k) sum += w.w[k - 1] * (f(i, x[i] + k * h) - f(i, x[i] - k * h));
    g[i] = sum / h;
  }
}

}  // namespace gradlab
