#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "optimizers/line_search.h"
#include "optimizers/optimizer.h"

namespace gradlab {

OptimizerResult minimize_gradient_descent(const Objective& objective, std::vector<double> x0,
                                          const OptimizerSettings& settings) {
  if (!(settings.c1 > 0 && settings.c1 < 1)) throw std::invalid_argument("gradient descent needs 0 < c1 < 1");
  if (!(settings.backtrack > 0 && settings.backtrack < 1)) {
    throw std::invalid_argument("gradient descent needs 0 < backtrack < 1");
  }
  if (settings.max_line_search_steps < 1) throw std::invalid_argument("max_line_search_steps must be >= 1");

  OptimizerResult result;
  result.x = std::move(x0);
  const std::size_t n = result.x.size();
  detail::Run run(objective, settings, result);
  std::vector<double> g(n), x_trial(n), g_trial(n);
  if (!run.start(g)) return result;

  double previous_alpha = 0;
  double previous_gg = 0;
  for (int k = 1;; ++k) {
    const std::vector<double>& x = result.x;
    const double g_norm = detail::two_norm(g);
    const double gg = g_norm * g_norm;
    double alpha = std::min(1.0, 1 / g_norm);
    if (k > 1) {
      // N&W eq. (3.60) for the first trial: assume the first-order change
      // along -g equals last iteration's. The growth cap stops one small
      // (perhaps noisy) gradient from sending the first trial far away.
      alpha = std::min(previous_alpha * previous_gg / gg, 10 * previous_alpha);
    }
    const auto phi = [&](double a, double& f) {
      for (std::size_t i = 0; i < n; ++i) x_trial[i] = x[i] - a * g[i];
      f = run.value(x_trial);
      return std::isfinite(f) ? TrialOutcome::kOk : TrialOutcome::kNonFinite;
    };
    const LineSearchResult ls = armijo_backtracking(phi, result.f, -gg, alpha, settings.c1,
                                                    settings.backtrack, settings.max_line_search_steps);
    result.non_finite_trials += ls.non_finite_trials;
    if (ls.status != LineSearchStatus::kOk) {
      const bool non_finite = ls.status == LineSearchStatus::kNonFinite;
      run.stop(non_finite ? OptimizerStatus::kNonFinite : OptimizerStatus::kLineSearchFailure,
               "iteration " + std::to_string(k) + ": " + ls.message);
      return result;
    }
    // The accepted step is the last one evaluated, so x_trial holds it.
    const Status s = run.gradient(x_trial, g_trial);
    if (!s.is_ok()) {
      const bool non_finite = s.code == StatusCode::kNonFinite;
      run.stop(non_finite ? OptimizerStatus::kNonFinite : OptimizerStatus::kGradientError,
               "gradient at the step accepted in iteration " + std::to_string(k) + ": " + s.message);
      return result;
    }
    previous_alpha = ls.alpha;
    previous_gg = gg;
    g.swap(g_trial);
    if (!run.accept(k, x_trial, ls.phi, g)) return result;
  }
}

}  // namespace gradlab
