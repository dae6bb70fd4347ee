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

bool one_sided(FdScheme s) { return s == FdScheme::kForward || s == FdScheme::kBackward; }

}  // namespace

double representable_step(double x, double h) {
  const double temp = x + h;
  const double step = temp - x;
  // A step lost entirely to rounding is replaced by one ulp of x.
  if (step != 0) return step;
  return h > 0 ? std::nextafter(x, std::numeric_limits<double>::infinity()) - x
               : std::nextafter(x, -std::numeric_limits<double>::infinity()) - x;
}

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

// The steps minimise the truncation + roundoff error bound of each formula
// for |f| ~ |f^(p+1)| ~ 1; they are the ones Boost.Math derives in
// boost/math/differentiation/finite_difference.hpp: 2 eps^(1/2),
// (3 eps)^(1/3), (11.25 eps)^(1/5), (eps / 168)^(1/7), (551.25 eps)^(1/9),
// i.e. c eps^(1/(p+1)) with these c.
double fd_default_relative_constant(FdScheme scheme) {
  switch (scheme) {
    case FdScheme::kForward:
    case FdScheme::kBackward: return 2;
    case FdScheme::kCentral2: return std::cbrt(3.0);
    case FdScheme::kCentral4: return std::pow(11.25, 1.0 / 5);
    case FdScheme::kCentral6: return std::pow(1.0 / 168, 1.0 / 7);
    case FdScheme::kCentral8: return std::pow(551.25, 1.0 / 9);
  }
  return 0;
}

double fd_eps_power(FdScheme scheme) { return std::pow(kEps, 1.0 / (fd_order(scheme) + 1)); }

double fd_default_step_constant(FdScheme scheme) {
  return fd_default_relative_constant(scheme) * fd_eps_power(scheme);
}

FiniteDifferenceBackend::FiniteDifferenceBackend(std::string name, FdScheme scheme, FdStep step)
    : Backend(std::move(name)), scheme_(scheme), step_(step) {
  if (step_.c == 0 && step_.policy != FdStep::Policy::kBoost) step_.c = fd_default_relative_constant(scheme_);
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
    case FdStep::Policy::kRelative:
      s["step"] = {{"relative", step_.c}, {"eps_power", fd_eps_power(scheme_)}};
      break;
    case FdStep::Policy::kAbsolute: s["step"] = {{"absolute", step_.c}}; break;
    case FdStep::Policy::kBoost: s["step"] = "boost"; break;
  }
  if (step_.policy != FdStep::Policy::kBoost) s["step"]["representable"] = step_.representable;
  return s;
}

double FiniteDifferenceBackend::raw_step(double xi) const {
  switch (step_.policy) {
    case FdStep::Policy::kRelative: return step_.c * fd_eps_power(scheme_) * std::max(1.0, std::abs(xi));
    case FdStep::Policy::kAbsolute: return step_.c;
    // Boost.Math's own absolute step (the default constant), which it makes
    // representable itself.
    case FdStep::Policy::kBoost: return fd_default_step_constant(scheme_);
  }
  return 0;
}

double FiniteDifferenceBackend::step(double xi) const {
  const double h = raw_step(xi);
  // The backward scheme steps to x - h: that is the subtraction to round.
  if (scheme_ == FdScheme::kBackward) return step_.representable ? -representable_step(xi, -h) : h;
  return step_.representable || step_.policy == FdStep::Policy::kBoost ? representable_step(xi, h) : h;
}

double FiniteDifferenceBackend::quotient(const std::function<double(double)>& phi, double h,
                                         double f0) const {
  switch (scheme_) {
    case FdScheme::kForward: return (phi(h) - f0) / h;
    case FdScheme::kBackward: return (f0 - phi(-h)) / h;
    default: break;
  }
  const CentralWeights& w = *central_weights(scheme_);
  double sum = 0;
  // Smallest weights first: they carry the least, so add them before the
  // dominant k = 1 term to lose less to rounding.
  for (int k = w.m; k >= 1; --k) sum += w.w[k - 1] * (phi(k * h) - phi(-k * h));
  return sum / h;
}

void FiniteDifferenceBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                      EvalCount& count, GradientExtras& extras) const {
  std::vector<double> xt(x.begin(), x.end());
  const std::size_t n = x.size();
  extras.steps.resize(n);
  double f0 = 0;
  if (one_sided(scheme_) && step_.policy != FdStep::Policy::kBoost) {
    ++count.value;
    f0 = problem.value(x);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::function<double(double)> f_at = [&](double xi) {
      xt[i] = xi;
      ++count.value;
      const double v = problem.value(std::span<const double>(xt));
      xt[i] = x[i];
      return v;
    };
    extras.steps[i] = step(x[i]);
    if (step_.policy == FdStep::Policy::kBoost) {
      g[i] = boost_finite_difference(fd_order(scheme_), f_at, x[i]);
    } else {
      // With a representable step, x_i + h is exactly the point the formula
      // assumes (x_i + k h for k > 1 to rounding).
      const std::function<double(double)> phi = [&](double t) { return f_at(x[i] + t); };
      g[i] = quotient(phi, extras.steps[i], f0);
    }
  }
}

void FiniteDifferenceBackend::compute_hessian(const Problem& problem, std::span<const double> x,
                                              MatrixRef<double> h, EvalCount& count) const {
  const std::size_t n = x.size();
  std::vector<double> xt(x.begin(), x.end());
  std::vector<double> g0(n), gt(n);
  if (one_sided(scheme_)) {
    problem.gradient(x, g0);
    ++count.gradient;
  }
  for (std::size_t j = 0; j < n; ++j) {
    // Column j is d g / d x_j: each component of g differenced along e_j.
    const double hj =
        step_.policy == FdStep::Policy::kBoost ? representable_step(x[j], raw_step(x[j])) : step(x[j]);
    for (std::size_t i = 0; i < n; ++i) h(i, j) = 0;
    auto add = [&](double t, double weight) {
      xt[j] = x[j] + t;
      problem.gradient(std::span<const double>(xt), std::span<double>(gt));
      ++count.gradient;
      xt[j] = x[j];
      for (std::size_t i = 0; i < n; ++i) h(i, j) += weight * gt[i];
    };
    switch (scheme_) {
      case FdScheme::kForward:
        add(hj, 1);
        for (std::size_t i = 0; i < n; ++i) h(i, j) -= g0[i];
        break;
      case FdScheme::kBackward:
        add(-hj, -1);
        for (std::size_t i = 0; i < n; ++i) h(i, j) += g0[i];
        break;
      default: {
        const CentralWeights& w = *central_weights(scheme_);
        for (int k = w.m; k >= 1; --k) {
          add(k * hj, w.w[k - 1]);
          add(-k * hj, -w.w[k - 1]);
        }
      }
    }
    for (std::size_t i = 0; i < n; ++i) h(i, j) /= hj;
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) h(i, j) = h(j, i) = (h(i, j) + h(j, i)) / 2;
  }
}

ValueAlongDirection::ValueAlongDirection(const Problem& problem, std::span<const double> x,
                                         std::span<const double> v, EvalCount& count)
    : problem_(problem), x_(x), v_(v), count_(count), point_(x.size()) {
  for (double e : x) x_norm_ = std::max(x_norm_, std::abs(e));
  for (double e : v) v_norm_ = std::max(v_norm_, std::abs(e));
}

double ValueAlongDirection::operator()(double t) {
  for (std::size_t i = 0; i < x_.size(); ++i) point_[i] = x_[i] + t * v_[i];
  ++count_.value;
  return problem_.value(std::span<const double>(point_));
}

double FiniteDifferenceBackend::compute_directional(const Problem& problem, std::span<const double> x,
                                                    std::span<const double> v, EvalCount& count) const {
  ValueAlongDirection along(problem, x, v, count);
  if (along.v_norm() == 0) return 0;
  const std::function<double(double)> phi = std::ref(along);
  if (step_.policy == FdStep::Policy::kBoost) return boost_finite_difference(fd_order(scheme_), phi, 0.0);
  double f0 = 0;
  if (one_sided(scheme_)) f0 = along(0);
  return quotient(phi, raw_step(along.x_norm()) / along.v_norm(), f0);
}

}  // namespace gradlab
