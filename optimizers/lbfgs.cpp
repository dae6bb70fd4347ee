// L-BFGS: Nocedal & Wright, Numerical Optimization, 2nd ed. (2006),
// Algorithm 7.4 (two-loop recursion) and Algorithm 7.5, with the initial
// Hessian scaling of eq. (7.20) and the strong Wolfe line search of
// line_search.h.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "optimizers/line_search.h"
#include "optimizers/optimizer.h"

namespace gradlab {
namespace {

// The m most recent pairs s = x_{k+1} - x_k, y = g_{k+1} - g_k, oldest first.
class Memory {
 public:
  Memory(std::size_t m, std::size_t n)
      : s_(m, std::vector<double>(n)), y_(m, std::vector<double>(n)), rho_(m) {}

  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }

  void push(std::span<const double> s, std::span<const double> y, double sy) {
    const std::size_t slot = (head_ + size_) % s_.size();
    std::copy(s.begin(), s.end(), s_[slot].begin());
    std::copy(y.begin(), y.end(), y_[slot].begin());
    rho_[slot] = 1 / sy;
    if (size_ < s_.size()) {
      ++size_;
    } else {
      head_ = (head_ + 1) % s_.size();
    }
  }

  // d = -H g, H the L-BFGS inverse-Hessian approximation with
  // H0 = gamma I, gamma = s^T y / y^T y from the newest pair (eq. 7.20).
  void direction(std::span<const double> g, std::span<double> d) {
    const std::size_t m = s_.size();
    alpha_.resize(m);
    std::copy(g.begin(), g.end(), d.begin());
    for (std::size_t j = size_; j-- > 0;) {
      const std::size_t i = (head_ + j) % m;
      alpha_[i] = rho_[i] * detail::dot(s_[i], d);
      for (std::size_t k = 0; k < d.size(); ++k) d[k] -= alpha_[i] * y_[i][k];
    }
    const std::size_t newest = (head_ + size_ - 1) % m;
    const double gamma = 1 / (rho_[newest] * detail::dot(y_[newest], y_[newest]));
    for (double& e : d) e *= gamma;
    for (std::size_t j = 0; j < size_; ++j) {
      const std::size_t i = (head_ + j) % m;
      const double beta = rho_[i] * detail::dot(y_[i], d);
      for (std::size_t k = 0; k < d.size(); ++k) d[k] += (alpha_[i] - beta) * s_[i][k];
    }
    for (double& e : d) e = -e;
  }

 private:
  std::vector<std::vector<double>> s_, y_;
  std::vector<double> rho_, alpha_;
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

// The cosine threshold of usable_curvature_pair: sqrt(machine epsilon), the
// relative accuracy of a forward-difference gradient.
constexpr double kCurvatureCosine = 1.4901161193847656e-08;

}  // namespace

namespace detail {

// With an exact gradient the strong Wolfe conditions guarantee
// s^T y >= (1 - c2) |g^T s| > 0, so this test fails only when the gradient is
// inexact (finite differences) or rounding dominates y. Such a pair would
// make H indefinite (a non-descent direction) or, with s^T y tiny against
// |s| |y|, shrink gamma = s^T y / y^T y towards zero and stall the search.
bool usable_curvature_pair(std::span<const double> s, std::span<const double> y) {
  return dot(s, y) > kCurvatureCosine * two_norm(s) * two_norm(y);
}

}  // namespace detail

OptimizerResult minimize_lbfgs(const Objective& objective, std::vector<double> x0,
                               const OptimizerSettings& settings) {
  if (!(settings.c1 > 0 && settings.c1 < settings.c2 && settings.c2 < 1)) {
    throw std::invalid_argument("L-BFGS needs 0 < c1 < c2 < 1");
  }
  if (settings.lbfgs_memory < 1) throw std::invalid_argument("lbfgs_memory must be >= 1");
  if (settings.max_line_search_steps < 1) throw std::invalid_argument("max_line_search_steps must be >= 1");

  OptimizerResult result;
  result.x = std::move(x0);
  const std::size_t n = result.x.size();
  detail::Run run(objective, settings, result);
  std::vector<double> g(n), d(n), x_trial(n), g_trial(n), s(n), y(n);
  if (!run.start(g)) return result;

  Memory memory(static_cast<std::size_t>(settings.lbfgs_memory), n);
  const WolfeSettings wolfe{
      .c1 = settings.c1, .c2 = settings.c2, .max_trials = settings.max_line_search_steps};
  Status trial_status;  // the gradient's status at the last trial

  const auto phi = [&](double a, double& f, double& slope) {
    const std::vector<double>& x = result.x;
    for (std::size_t i = 0; i < n; ++i) x_trial[i] = x[i] + a * d[i];
    f = run.value(x_trial);
    // A step that left the region where f is finite is shortened; its
    // gradient is not needed.
    if (!std::isfinite(f)) return TrialOutcome::kNonFinite;
    trial_status = run.gradient(x_trial, g_trial);
    if (trial_status.code == StatusCode::kNonFinite) return TrialOutcome::kNonFinite;
    if (!trial_status.is_ok()) return TrialOutcome::kStop;
    slope = detail::dot(g_trial, d);
    return TrialOutcome::kOk;
  };
  const auto steepest_descent = [&](double& slope) {
    for (std::size_t i = 0; i < n; ++i) d[i] = -g[i];
    slope = -detail::dot(g, g);
  };

  for (int k = 1;; ++k) {
    trial_status = Status::ok();
    double slope = 0;
    bool steepest = memory.empty();
    if (!steepest) {
      memory.direction(g, d);
      slope = detail::dot(g, d);
      // H is positive definite in exact arithmetic, so this only catches
      // rounding or overflow; -g is always a descent direction for the
      // gradient we were given.
      if (!(slope < 0) || !detail::all_finite(d)) {
        memory.clear();
        ++result.restarts;
        steepest = true;
      }
    }
    if (steepest) steepest_descent(slope);
    // Without curvature information the first step moves a distance of at
    // most 1; a quasi-Newton step is tried at its natural length.
    double alpha = steepest ? std::min(1.0, 1 / detail::two_norm(g)) : 1.0;
    LineSearchResult ls = strong_wolfe_line_search(phi, result.f, slope, alpha, wolfe);
    result.non_finite_trials += ls.non_finite_trials;
    // When the gradient is inexact, old pairs can point the quasi-Newton
    // direction where f does not decrease as computed. As in L-BFGS-B (Byrd,
    // Lu, Nocedal & Zhu 1995), drop the memory and retry along -g before
    // declaring failure.
    std::string where = "iteration " + std::to_string(k) + ": ";
    if ((ls.status == LineSearchStatus::kFailed || ls.status == LineSearchStatus::kNonFinite) && !steepest) {
      where += "along -g after discarding the memory: ";
      memory.clear();
      ++result.restarts;
      steepest_descent(slope);
      alpha = std::min(1.0, 1 / detail::two_norm(g));
      ls = strong_wolfe_line_search(phi, result.f, slope, alpha, wolfe);
      result.non_finite_trials += ls.non_finite_trials;
    }
    switch (ls.status) {
      case LineSearchStatus::kOk: break;
      case LineSearchStatus::kStopped:
        run.stop(OptimizerStatus::kGradientError,
                 "gradient at a trial step of iteration " + std::to_string(k) +
                     " (alpha = " + detail::num(ls.alpha) + "): " + trial_status.message);
        return result;
      case LineSearchStatus::kNonFinite:
        run.stop(OptimizerStatus::kNonFinite,
                 where + ls.message + (trial_status.is_ok() ? "" : "; last: " + trial_status.message));
        return result;
      case LineSearchStatus::kFailed:
        run.stop(OptimizerStatus::kLineSearchFailure, where + ls.message);
        return result;
    }

    // The accepted step is the last one evaluated: x_trial and g_trial hold it.
    for (std::size_t i = 0; i < n; ++i) {
      s[i] = x_trial[i] - result.x[i];
      y[i] = g_trial[i] - g[i];
    }
    if (detail::usable_curvature_pair(s, y)) memory.push(s, y, detail::dot(s, y));
    g.swap(g_trial);
    if (!run.accept(k, x_trial, ls.phi, g)) return result;
  }
}

}  // namespace gradlab
