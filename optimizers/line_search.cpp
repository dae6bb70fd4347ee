#include "optimizers/line_search.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gradlab {
namespace {

struct Trial {
  double alpha = 0;
  double phi = 0;
  double dphi = 0;
  bool finite = true;
};

class WolfeSearch {
 public:
  WolfeSearch(const PhiAndSlope& phi, double phi0, double dphi0, const WolfeSettings& s)
      : phi_(phi), phi0_(phi0), dphi0_(dphi0), s_(s) {}

  LineSearchResult run(double alpha_init) {
    Trial prev{0, phi0_, dphi0_, true};
    double alpha = std::min(alpha_init, s_.alpha_max);
    while (r_.trials < s_.max_trials) {
      Trial t;
      if (!evaluate(alpha, t)) return r_;
      if (!sufficient_decrease(t, prev)) return zoom(prev, t);
      if (curvature(t)) return accept(t);
      if (t.dphi >= 0) return zoom(t, prev);
      if (alpha >= s_.alpha_max) {
        return fail("f still decreases at the largest step allowed, alpha_max = " +
                    detail::num(s_.alpha_max));
      }
      prev = t;
      // N&W leave the extrapolation rule open; doubling reaches any bracket in
      // log2(distance) trials and never overshoots by more than a factor 2.
      alpha = std::min(2 * alpha, s_.alpha_max);
    }
    return fail("no step satisfied the strong Wolfe conditions while extrapolating; last alpha = " +
                detail::num(alpha));
  }

 private:
  // Invariants (N&W Algorithm 3.6): lo has the lowest phi of the trials so
  // far that satisfy sufficient decrease (a tie goes to the later one), and
  // phi'(lo) (hi - lo) < 0, so [lo, hi] contains a strong Wolfe point.
  LineSearchResult zoom(Trial lo, Trial hi) {
    while (r_.trials < s_.max_trials) {
      const double a = next_trial(lo, hi);
      // The interval can no longer hold a point distinct from its ends: f
      // cannot be lowered further along d as computed.
      if (!(a > std::min(lo.alpha, hi.alpha) && a < std::max(lo.alpha, hi.alpha))) {
        return fail("the bracket [" + detail::num(std::min(lo.alpha, hi.alpha)) + ", " +
                    detail::num(std::max(lo.alpha, hi.alpha)) + "] shrank below floating-point resolution");
      }
      Trial t;
      if (!evaluate(a, t)) return r_;
      if (!sufficient_decrease(t, lo)) {
        hi = t;
      } else {
        if (curvature(t)) return accept(t);
        if (t.dphi * (hi.alpha - lo.alpha) >= 0) hi = lo;
        lo = t;
      }
    }
    return fail("no step satisfied the strong Wolfe conditions; last bracket [" +
                detail::num(std::min(lo.alpha, hi.alpha)) + ", " + detail::num(std::max(lo.alpha, hi.alpha)) +
                "], phi(lo) - phi(0) = " + detail::num(lo.phi - phi0_));
  }

  // The interpolated minimizer is kept away from the ends of the bracket
  // (N&W section 3.5, "safeguards"), so every trial shrinks the bracket by at
  // least 10% and the search cannot stall at one end.
  double next_trial(const Trial& lo, const Trial& hi) const {
    const double left = std::min(lo.alpha, hi.alpha);
    const double right = std::max(lo.alpha, hi.alpha);
    const double margin = 0.1 * (right - left);
    if (hi.finite) {
      double a = detail::cubic_minimizer(lo.alpha, lo.phi, lo.dphi, hi.alpha, hi.phi, hi.dphi);
      if (!std::isfinite(a)) a = detail::quadratic_minimizer(lo.alpha, lo.phi, lo.dphi, hi.alpha, hi.phi);
      if (std::isfinite(a)) return std::clamp(a, left + margin, right - margin);
    }
    // Nothing to interpolate when f was not finite at hi.
    return lo.alpha + 0.5 * (hi.alpha - lo.alpha);
  }

  // N&W send a trial with phi(t) >= phi(lo) to hi. Near a minimizer along d,
  // phi is flat to within rounding and ties are common, while phi' is still
  // accurate; letting a tie through leaves the choice of side to the slope,
  // which keeps a bracket that phi alone cannot resolve. Against phi(0) the
  // decrease stays strict.
  bool sufficient_decrease(const Trial& t, const Trial& lo) const {
    return t.finite && t.phi <= phi0_ + s_.c1 * t.alpha * dphi0_ && t.phi < phi0_ && t.phi <= lo.phi;
  }
  bool curvature(const Trial& t) const { return std::abs(t.dphi) <= -s_.c2 * dphi0_; }

  bool evaluate(double alpha, Trial& t) {
    ++r_.trials;
    t.alpha = alpha;
    const TrialOutcome o = phi_(alpha, t.phi, t.dphi);
    if (o == TrialOutcome::kStop) {
      r_.status = LineSearchStatus::kStopped;
      r_.alpha = alpha;
      r_.message = "stopped by the evaluation at alpha = " + detail::num(alpha);
      return false;
    }
    t.finite = o == TrialOutcome::kOk && std::isfinite(t.phi) && std::isfinite(t.dphi);
    if (!t.finite) ++r_.non_finite_trials;
    smallest_alpha_ = std::min(smallest_alpha_, alpha);
    return true;
  }

  LineSearchResult accept(const Trial& t) {
    r_.status = LineSearchStatus::kOk;
    r_.alpha = t.alpha;
    r_.phi = t.phi;
    r_.dphi = t.dphi;
    return r_;
  }

  LineSearchResult fail(std::string why) {
    if (r_.non_finite_trials == r_.trials) {
      r_.status = LineSearchStatus::kNonFinite;
      r_.message = "f or its gradient was non-finite at all " + std::to_string(r_.trials) +
                   " trial steps, the smallest alpha = " + detail::num(smallest_alpha_);
    } else {
      r_.status = LineSearchStatus::kFailed;
      r_.message = std::move(why) + " (" + std::to_string(r_.trials) + " trials, " +
                   std::to_string(r_.non_finite_trials) + " non-finite; phi'(0) = " + detail::num(dphi0_) +
                   ")";
    }
    return r_;
  }

  const PhiAndSlope& phi_;
  const double phi0_;
  const double dphi0_;
  const WolfeSettings& s_;
  LineSearchResult r_;
  double smallest_alpha_ = std::numeric_limits<double>::infinity();
};

}  // namespace

LineSearchResult strong_wolfe_line_search(const PhiAndSlope& phi, double phi0, double dphi0,
                                          double alpha_init, const WolfeSettings& settings) {
  return WolfeSearch(phi, phi0, dphi0, settings).run(alpha_init);
}

LineSearchResult armijo_backtracking(const PhiOnly& phi, double phi0, double dphi0, double alpha_init,
                                     double c1, double factor, int max_trials) {
  LineSearchResult r;
  double alpha = alpha_init;
  for (; r.trials < max_trials; alpha *= factor) {
    ++r.trials;
    double f = 0;
    const TrialOutcome o = phi(alpha, f);
    if (o == TrialOutcome::kStop) {
      r.status = LineSearchStatus::kStopped;
      r.alpha = alpha;
      r.message = "stopped by the evaluation at alpha = " + detail::num(alpha);
      return r;
    }
    if (o != TrialOutcome::kOk || !std::isfinite(f)) {
      ++r.non_finite_trials;
      continue;
    }
    // The strict test rejects steps whose decrease is lost in rounding.
    if (f <= phi0 + c1 * alpha * dphi0 && f < phi0) {
      r.status = LineSearchStatus::kOk;
      r.alpha = alpha;
      r.phi = f;
      return r;
    }
  }
  const double last = alpha / factor;
  if (r.non_finite_trials == r.trials) {
    r.status = LineSearchStatus::kNonFinite;
    r.message = "f was non-finite at all " + std::to_string(r.trials) +
                " trial steps, the smallest alpha = " + detail::num(last);
  } else {
    r.status = LineSearchStatus::kFailed;
    r.message = "no step satisfied the Armijo condition in " + std::to_string(r.trials) + " trials (" +
                std::to_string(r.non_finite_trials) + " non-finite), down to alpha = " + detail::num(last) +
                "; phi'(0) = " + detail::num(dphi0);
  }
  return r;
}

namespace detail {

double cubic_minimizer(double a, double fa, double da, double b, double fb, double db) {
  const double d1 = da + db - 3 * (fa - fb) / (a - b);
  const double disc = d1 * d1 - da * db;
  if (!(disc >= 0)) return std::numeric_limits<double>::quiet_NaN();
  const double d2 = std::copysign(std::sqrt(disc), b - a);
  const double denom = db - da + 2 * d2;
  if (denom == 0) return std::numeric_limits<double>::quiet_NaN();
  return b - (b - a) * (db + d2 - d1) / denom;
}

double quadratic_minimizer(double a, double fa, double da, double b, double fb) {
  const double h = b - a;
  const double c = (fb - fa - da * h) / (h * h);
  if (!(c > 0)) return std::numeric_limits<double>::quiet_NaN();
  return a - da / (2 * c);
}

double dot(std::span<const double> a, std::span<const double> b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

double inf_norm(std::span<const double> v) {
  double m = 0;
  for (double e : v) m = std::max(m, std::abs(e));
  return m;
}

double two_norm(std::span<const double> v) {
  // Scaled so that gradients near the overflow threshold still have a norm.
  const double m = inf_norm(v);
  if (m == 0 || !std::isfinite(m)) return m;
  double s = 0;
  for (double e : v) s += (e / m) * (e / m);
  return m * std::sqrt(s);
}

bool all_finite(std::span<const double> v) {
  return std::all_of(v.begin(), v.end(), [](double e) { return std::isfinite(e); });
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

double Run::value(std::span<const double> x) {
  ++result_.value_evaluations;
  return objective_.value(x);
}

Status Run::gradient(std::span<const double> x, std::span<double> g) {
  ++result_.gradient_evaluations;
  Status s = objective_.gradient(x, g);
  if (!s.is_ok()) return s;
  for (std::size_t i = 0; i < g.size(); ++i) {
    if (!std::isfinite(g[i])) return Status::non_finite("gradient[" + std::to_string(i) + "] = " + num(g[i]));
  }
  return s;
}

bool Run::start(std::span<double> g) {
  result_.iterations = 0;
  result_.grad_inf_norm = std::numeric_limits<double>::quiet_NaN();
  result_.f = value(result_.x);
  if (!std::isfinite(result_.f)) {
    stop(OptimizerStatus::kNonFinite, "f(x0) = " + num(result_.f));
    return false;
  }
  const Status s = gradient(result_.x, g);
  if (!s.is_ok()) {
    const bool non_finite = s.code == StatusCode::kNonFinite;
    stop(non_finite ? OptimizerStatus::kNonFinite : OptimizerStatus::kGradientError,
         "gradient at x0: " + s.message);
    return false;
  }
  result_.grad_inf_norm = inf_norm(g);
  if (settings_.keep_trace) result_.trace.push_back({0, result_.f, result_.grad_inf_norm});
  if (converged()) return false;
  if (settings_.max_iterations <= 0) {
    stop(OptimizerStatus::kMaxIterations, "max_iterations = " + std::to_string(settings_.max_iterations));
    return false;
  }
  return true;
}

bool Run::accept(int k, std::span<const double> x, double f, std::span<const double> g) {
  result_.iterations = k;
  std::copy(x.begin(), x.end(), result_.x.begin());
  result_.f = f;
  result_.grad_inf_norm = inf_norm(g);
  if (settings_.keep_trace) result_.trace.push_back({k, f, result_.grad_inf_norm});
  if (converged()) return false;
  if (k >= settings_.max_iterations) {
    stop(OptimizerStatus::kMaxIterations, "||g||_inf = " + num(result_.grad_inf_norm) +
                                              " > gtol = " + num(settings_.gtol) + " after " +
                                              std::to_string(k) + " iterations");
    return false;
  }
  return true;
}

void Run::stop(OptimizerStatus status, std::string message) {
  result_.status = status;
  result_.message = std::move(message);
}

bool Run::converged() {
  if (result_.grad_inf_norm <= settings_.gtol) {
    stop(OptimizerStatus::kConvergedGradient, "");
    return true;
  }
  if (settings_.f_star && result_.f - *settings_.f_star <= settings_.ftol) {
    stop(OptimizerStatus::kConvergedValue, "");
    return true;
  }
  return false;
}

}  // namespace detail
}  // namespace gradlab
