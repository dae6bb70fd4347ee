// Line searches along one direction d from x, seen through
// phi(alpha) = f(x + alpha d) and phi'(alpha) = grad f(x + alpha d)^T d, and
// the bookkeeping the optimizers share. Internal to optimizers/.
#pragma once

#include <functional>
#include <limits>
#include <span>
#include <string>

#include "optimizers/optimizer.h"

namespace gradlab {

enum class TrialOutcome {
  kOk,         // phi (and phi') were computed; the search still checks they are finite
  kNonFinite,  // f or its gradient is not finite at x + alpha d: the step was too long
  kStop,       // the caller cannot go on (e.g. the gradient callback failed)
};

// Evaluates phi and phi' at alpha. The caller keeps whatever it computed at
// the last alpha it was asked for: on success the accepted step is always the
// last one evaluated, so no second evaluation is needed.
using PhiAndSlope = std::function<TrialOutcome(double alpha, double& phi, double& dphi)>;
using PhiOnly = std::function<TrialOutcome(double alpha, double& phi)>;

enum class LineSearchStatus {
  kOk,
  kFailed,     // no acceptable step within max_trials, or the bracket collapsed
  kNonFinite,  // every trial was non-finite
  kStopped,    // the evaluation callback returned kStop
};

struct LineSearchResult {
  LineSearchStatus status = LineSearchStatus::kFailed;
  double alpha = 0;  // the accepted step (on kOk, the last one evaluated)
  double phi = 0;
  double dphi = 0;  // not computed by the Armijo search
  int trials = 0;
  int non_finite_trials = 0;
  std::string message;  // why, when not kOk
};

struct WolfeSettings {
  double c1 = 1e-4;
  double c2 = 0.9;
  int max_trials = 60;
  double alpha_max = std::numeric_limits<double>::max();
};

// A step satisfying the strong Wolfe conditions
//   phi(alpha) <= phi(0) + c1 alpha phi'(0)  and  |phi'(alpha)| <= c2 |phi'(0)|,
// found by Algorithm 3.5 (bracketing) and Algorithm 3.6 (zoom) of Nocedal &
// Wright, Numerical Optimization, 2nd ed. (2006), section 3.5, with the cubic
// interpolation of eq. (3.59) safeguarded as described there. Requires
// phi'(0) < 0 and alpha_init > 0.
//
// Departures, all for robustness with inexact gradients, partial domains and
// functions flat to rounding near the minimizer along d:
// - a trial must lower phi strictly below phi(0), so rounding of the
//   right-hand side can never accept a step that did not decrease f as
//   computed;
// - a trial tying phi(lo) exactly is not sent to hi (N&W use >=); the slope
//   decides the side, because phi' stays accurate where phi no longer
//   resolves differences;
// - a non-finite trial counts as a failed sufficient-decrease test, so the
//   search shortens the step (bisecting, as there is nothing to interpolate)
//   instead of giving up.
LineSearchResult strong_wolfe_line_search(const PhiAndSlope& phi, double phi0, double dphi0,
                                          double alpha_init, const WolfeSettings& settings);

// Backtracking (Nocedal & Wright, Algorithm 3.1): alpha_init, alpha_init *
// factor, ... until phi(alpha) <= phi(0) + c1 alpha phi'(0) and
// phi(alpha) < phi(0). Requires phi'(0) < 0.
LineSearchResult armijo_backtracking(const PhiOnly& phi, double phi0, double dphi0, double alpha_init,
                                     double c1, double factor, int max_trials);

namespace detail {

// Minimizer of the cubic matching phi and phi' at a and b (N&W eq. 3.59); NaN
// when that cubic has no local minimizer.
double cubic_minimizer(double a, double fa, double da, double b, double fb, double db);
// Minimizer of the quadratic matching phi(a), phi'(a), phi(b); NaN when it is
// not convex.
double quadratic_minimizer(double a, double fa, double da, double b, double fb);

double dot(std::span<const double> a, std::span<const double> b);
double inf_norm(std::span<const double> v);
double two_norm(std::span<const double> v);
bool all_finite(std::span<const double> v);
std::string num(double v);  // %.6g

// L-BFGS keeps the pair (s, y) only when s^T y > sqrt(eps) |s| |y|.
bool usable_curvature_pair(std::span<const double> s, std::span<const double> y);

// Counts every callback invocation, keeps the current iterate, the trace and
// the convergence tests in one place for both optimizers.
class Run {
 public:
  Run(const Objective& objective, const OptimizerSettings& settings, OptimizerResult& result)
      : objective_(objective), settings_(settings), result_(result) {}

  double value(std::span<const double> x);
  // Ok, or non_finite (from the callback or for non-finite components), or
  // the callback's other failure.
  Status gradient(std::span<const double> x, std::span<double> g);

  // Evaluates f and g at result.x as iteration 0; true when the run goes on.
  bool start(std::span<double> g);
  // Makes (x, f, g) iteration k; true when the run goes on.
  bool accept(int k, std::span<const double> x, double f, std::span<const double> g);
  void stop(OptimizerStatus status, std::string message);

 private:
  bool converged();

  const Objective& objective_;
  const OptimizerSettings& settings_;
  OptimizerResult& result_;
};

}  // namespace detail
}  // namespace gradlab
