// Unconstrained minimizers driven by any gradient callback (analytic, finite
// differences, AD, an external process). The gradient may be inexact, so the
// optimizers never trust it further than the function values confirm: every
// accepted step has lowered f as computed, and a gradient that disagrees with
// f ends a run as a line-search failure, not as convergence.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gradlab {

struct Objective {
  std::function<double(std::span<const double>)> value;
  // Fills g; returns a non-ok Status when the gradient could not be computed.
  // A kNonFinite status is treated like non-finite components of g (a trial
  // step that produces one is shortened); any other non-ok status ends the
  // run with kGradientError.
  std::function<Status(std::span<const double> x, std::span<double> g)> gradient;
};

struct OptimizerSettings {
  int max_iterations = 1000;
  double gtol = 1e-8;  // converged when ||g||_inf <= gtol
  double ftol = 1e-8;  // or when f - f_star <= ftol (only if f_star is set)
  std::optional<double> f_star;
  int lbfgs_memory = 10;
  double c1 = 1e-4;        // sufficient decrease
  double c2 = 0.9;         // curvature (Wolfe); for L-BFGS
  double backtrack = 0.5;  // Armijo step reduction for gradient descent
  // Trial points per line search (each costs one f, and for L-BFGS one g,
  // evaluation).
  int max_line_search_steps = 60;
  bool keep_trace = true;
};

enum class OptimizerStatus {
  kConvergedGradient,
  kConvergedValue,
  kMaxIterations,
  kLineSearchFailure,
  kNonFinite,
  kGradientError
};

// "converged-gtol", "converged-ftol", "max-iterations", "line-search-failure",
// "non-finite", "gradient-error".
std::string_view to_string(OptimizerStatus s);
bool is_converged(OptimizerStatus s);

struct TracePoint {
  int iteration;
  double f;
  double grad_inf_norm;
};

struct OptimizerResult {
  OptimizerStatus status = OptimizerStatus::kMaxIterations;
  std::string message;  // detail for failures (e.g. which check failed, the gradient's status message)
  int iterations = 0;
  long long value_evaluations = 0;
  long long gradient_evaluations = 0;
  std::vector<double> x;  // the last accepted point (x0 when no step was taken)
  double f = 0;
  double grad_inf_norm = 0;       // NaN when the gradient at x was never obtained
  std::vector<TracePoint> trace;  // iteration 0 (start) .. last, when keep_trace
  // Trial points at which f or the gradient was not finite; the step was
  // shortened, so a nonzero count with a converged status is not a failure,
  // but a report should show it.
  long long non_finite_trials = 0;
  // Times L-BFGS discarded its memory and fell back to steepest descent.
  int restarts = 0;
};

// Steepest descent with Armijo backtracking. Throws std::invalid_argument for
// settings outside 0 < c1 < 1, 0 < backtrack < 1, max_line_search_steps >= 1.
OptimizerResult minimize_gradient_descent(const Objective& objective, std::vector<double> x0,
                                          const OptimizerSettings& settings);

// L-BFGS with a strong Wolfe line search. Throws std::invalid_argument for
// settings outside 0 < c1 < c2 < 1, lbfgs_memory >= 1,
// max_line_search_steps >= 1.
OptimizerResult minimize_lbfgs(const Objective& objective, std::vector<double> x0,
                               const OptimizerSettings& settings);

}  // namespace gradlab
