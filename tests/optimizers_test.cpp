#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numbers>
#include <span>
#include <stdexcept>
#include <vector>

#include "optimizers/line_search.h"
#include "optimizers/optimizer.h"

namespace gradlab {
namespace {

using Vec = std::vector<double>;
using ValueFn = std::function<double(std::span<const double>)>;
using GradFn = std::function<Status(std::span<const double>, std::span<double>)>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Chained Rosenbrock: sum_i 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2, minimum 0
// at (1, ..., 1).
double rosenbrock(std::span<const double> x) {
  double f = 0;
  for (std::size_t i = 0; i + 1 < x.size(); ++i) {
    const double a = x[i + 1] - x[i] * x[i];
    const double b = 1 - x[i];
    f += 100 * a * a + b * b;
  }
  return f;
}

Status rosenbrock_gradient(std::span<const double> x, std::span<double> g) {
  std::fill(g.begin(), g.end(), 0.0);
  for (std::size_t i = 0; i + 1 < x.size(); ++i) {
    const double a = x[i + 1] - x[i] * x[i];
    g[i] += -400 * x[i] * a - 2 * (1 - x[i]);
    g[i + 1] += 200 * a;
  }
  return Status::ok();
}

Vec rosenbrock_start(int n) {
  Vec x(n, 1.0);
  for (int i = 0; i < n; i += 2) x[i] = -1.2;
  return x;
}

// f = 1/2 sum_i a_i (x_i - c_i)^2 with a_i spread geometrically over
// [1, condition]. Both optimizers are invariant under rotations of x, so a
// diagonal Hessian loses no generality.
struct Quadratic {
  Vec a, c;
  Quadratic(int n, double condition) : a(n), c(n) {
    for (int i = 0; i < n; ++i) {
      a[i] = n == 1 ? 1 : std::pow(condition, static_cast<double>(i) / (n - 1));
      c[i] = 1.0 + 0.5 * i;
    }
  }
  double value(std::span<const double> x) const {
    double f = 0;
    for (std::size_t i = 0; i < x.size(); ++i) f += 0.5 * a[i] * (x[i] - c[i]) * (x[i] - c[i]);
    return f;
  }
  Status gradient(std::span<const double> x, std::span<double> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = a[i] * (x[i] - c[i]);
    return Status::ok();
  }
  ValueFn value_fn() const {
    return [this](std::span<const double> x) { return value(x); };
  }
  GradFn gradient_fn() const {
    return [this](std::span<const double> x, std::span<double> g) { return gradient(x, g); };
  }
};

// Wraps callbacks and counts (and optionally logs) every invocation, so the
// optimizer's own counts can be checked against the truth.
struct Counted {
  long long values = 0;
  long long gradients = 0;
  bool log = false;
  std::vector<std::pair<Vec, double>> value_log;
  std::vector<std::pair<Vec, Vec>> gradient_log;
  ValueFn f;
  GradFn g;

  Counted(ValueFn f_in, GradFn g_in) : f(std::move(f_in)), g(std::move(g_in)) {}

  Objective objective() {
    return {[this](std::span<const double> x) {
              ++values;
              const double v = f(x);
              if (log) value_log.emplace_back(Vec(x.begin(), x.end()), v);
              return v;
            },
            [this](std::span<const double> x, std::span<double> out) {
              ++gradients;
              Status s = g(x, out);
              if (log) gradient_log.emplace_back(Vec(x.begin(), x.end()), Vec(out.begin(), out.end()));
              return s;
            }};
  }
};

void expect_counts_match(const OptimizerResult& r, const Counted& c) {
  EXPECT_EQ(r.value_evaluations, c.values);
  EXPECT_EQ(r.gradient_evaluations, c.gradients);
}

double inf_norm(const Vec& v) {
  double m = 0;
  for (double e : v) m = std::max(m, std::abs(e));
  return m;
}

double max_distance(const Vec& a, const Vec& b) {
  double m = 0;
  for (std::size_t i = 0; i < a.size(); ++i) m = std::max(m, std::abs(a[i] - b[i]));
  return m;
}

TEST(OptimizerStatus, NamesAndConvergence) {
  EXPECT_EQ(to_string(OptimizerStatus::kConvergedGradient), "converged-gtol");
  EXPECT_EQ(to_string(OptimizerStatus::kConvergedValue), "converged-ftol");
  EXPECT_EQ(to_string(OptimizerStatus::kMaxIterations), "max-iterations");
  EXPECT_EQ(to_string(OptimizerStatus::kLineSearchFailure), "line-search-failure");
  EXPECT_EQ(to_string(OptimizerStatus::kNonFinite), "non-finite");
  EXPECT_EQ(to_string(OptimizerStatus::kGradientError), "gradient-error");
  EXPECT_TRUE(is_converged(OptimizerStatus::kConvergedGradient));
  EXPECT_TRUE(is_converged(OptimizerStatus::kConvergedValue));
  for (auto s : {OptimizerStatus::kMaxIterations, OptimizerStatus::kLineSearchFailure,
                 OptimizerStatus::kNonFinite, OptimizerStatus::kGradientError}) {
    EXPECT_FALSE(is_converged(s)) << to_string(s);
  }
}

// ---------------------------------------------------------------------------
// The line search on its own.

struct Phi {
  std::function<double(double)> f;
  std::function<double(double)> df;
};

// Test functions 1, 2, 4, 5 and 6 of Moré & Thuente, "Line search algorithms
// with guaranteed sufficient decrease", ACM TOMS 20(3), 1994, section 5.
Phi more_thuente_1() {
  const double b = 2;
  return {[=](double a) { return -a / (a * a + b); },
          [=](double a) { return (a * a - b) / ((a * a + b) * (a * a + b)); }};
}
Phi more_thuente_2() {
  const double b = 0.004;
  return {[=](double a) { return std::pow(a + b, 5) - 2 * std::pow(a + b, 4); },
          [=](double a) { return 5 * std::pow(a + b, 4) - 8 * std::pow(a + b, 3); }};
}
Phi yanai_ozawa_kaneko(double b1, double b2) {
  const auto gamma = [](double b) { return std::sqrt(1 + b * b) - b; };
  const double g1 = gamma(b1), g2 = gamma(b2);
  return {
      [=](double a) { return g1 * std::sqrt((1 - a) * (1 - a) + b2 * b2) + g2 * std::sqrt(a * a + b1 * b1); },
      [=](double a) {
        return g1 * (a - 1) / std::sqrt((1 - a) * (1 - a) + b2 * b2) + g2 * a / std::sqrt(a * a + b1 * b1);
      }};
}

struct WolfeCase {
  const char* name;
  Phi phi;
  double c1, c2;
};

// Every accepted step satisfies both strong Wolfe conditions, recomputed here
// from phi itself, and is the last point the search evaluated (the optimizers
// rely on that to avoid re-evaluating).
TEST(StrongWolfeLineSearch, AcceptedStepsSatisfyStrongWolfeOnMoreThuenteFunctions) {
  const std::vector<WolfeCase> cases = {
      {"MT1", more_thuente_1(), 1e-3, 0.1},
      {"MT2", more_thuente_2(), 1e-3, 0.1},
      {"YOK(0.001,0.001)", yanai_ozawa_kaneko(0.001, 0.001), 1e-3, 1e-3},
      {"YOK(0.01,0.001)", yanai_ozawa_kaneko(0.01, 0.001), 1e-3, 1e-3},
      {"YOK(0.001,0.01)", yanai_ozawa_kaneko(0.001, 0.01), 1e-3, 1e-3},
  };
  for (const auto& c : cases) {
    for (double alpha0 : {1e-3, 1e-1, 1e1, 1e3}) {
      double last_alpha = kNaN;
      int calls = 0;
      const PhiAndSlope phi = [&](double a, double& f, double& df) {
        ++calls;
        last_alpha = a;
        f = c.phi.f(a);
        df = c.phi.df(a);
        return TrialOutcome::kOk;
      };
      const double f0 = c.phi.f(0), d0 = c.phi.df(0);
      ASSERT_LT(d0, 0) << c.name;
      const auto r =
          strong_wolfe_line_search(phi, f0, d0, alpha0, {.c1 = c.c1, .c2 = c.c2, .max_trials = 60});
      ASSERT_EQ(r.status, LineSearchStatus::kOk) << c.name << " alpha0 = " << alpha0 << ": " << r.message;
      EXPECT_EQ(r.alpha, last_alpha) << c.name << " alpha0 = " << alpha0;
      EXPECT_EQ(r.trials, calls);
      EXPECT_LE(r.trials, 20) << c.name << " alpha0 = " << alpha0;
      EXPECT_EQ(r.phi, c.phi.f(r.alpha));
      EXPECT_LE(c.phi.f(r.alpha), f0 + c.c1 * r.alpha * d0) << c.name << " alpha0 = " << alpha0;
      EXPECT_LE(std::abs(c.phi.df(r.alpha)), c.c2 * std::abs(d0)) << c.name << " alpha0 = " << alpha0;
    }
  }
}

TEST(StrongWolfeLineSearch, CubicInterpolationIsExactOnCubicsAndQuadratics) {
  // phi = a^3 - 3a: minimizer 1.
  EXPECT_NEAR(detail::cubic_minimizer(0, 0, -3, 2, 2, 9), 1.0, 1e-15);
  EXPECT_NEAR(detail::cubic_minimizer(2, 2, 9, 0, 0, -3), 1.0, 1e-15);
  // phi = (a - 0.3)^2.
  EXPECT_NEAR(detail::cubic_minimizer(0, 0.09, -0.6, 1, 0.49, 1.4), 0.3, 1e-15);
  EXPECT_NEAR(detail::quadratic_minimizer(0, 0.09, -0.6, 1, 0.49), 0.3, 1e-15);
  // A concave quadratic has no minimizer.
  EXPECT_TRUE(std::isnan(detail::quadratic_minimizer(0, 0, -1, 1, -2)));
}

// On a quadratic the first zoom trial is the exact minimizer: two trials.
// Bisection would need more (phi'(0.5) = 0.4 > c2 |phi'(0)| = 0.06).
TEST(StrongWolfeLineSearch, ZoomInterpolatesInsteadOfBisecting) {
  int calls = 0;
  const PhiAndSlope phi = [&](double a, double& f, double& df) {
    ++calls;
    f = (a - 0.3) * (a - 0.3);
    df = 2 * (a - 0.3);
    return TrialOutcome::kOk;
  };
  const auto r = strong_wolfe_line_search(phi, 0.09, -0.6, 1.0, {.c1 = 1e-4, .c2 = 0.1});
  ASSERT_EQ(r.status, LineSearchStatus::kOk) << r.message;
  EXPECT_EQ(r.trials, 2);
  EXPECT_NEAR(r.alpha, 0.3, 1e-12);
}

// A minimizer far beyond the first trial is bracketed by extrapolation.
TEST(StrongWolfeLineSearch, ExtrapolatesToAFarMinimizer) {
  const PhiAndSlope phi = [](double a, double& f, double& df) {
    f = (a - 1000) * (a - 1000);
    df = 2 * (a - 1000);
    return TrialOutcome::kOk;
  };
  const auto r = strong_wolfe_line_search(phi, 1e6, -2000, 1.0, {.c1 = 1e-4, .c2 = 0.1});
  ASSERT_EQ(r.status, LineSearchStatus::kOk) << r.message;
  EXPECT_LE(std::abs(2 * (r.alpha - 1000)), 0.1 * 2000);
  EXPECT_LE(r.trials, 15);
}

// Trials where f is NaN are shortened, not fatal.
TEST(StrongWolfeLineSearch, ShortensStepsIntoANonFiniteRegion) {
  const PhiAndSlope phi = [](double a, double& f, double& df) {
    if (a >= 3) return TrialOutcome::kNonFinite;
    f = (a - 2) * (a - 2);
    df = 2 * (a - 2);
    return TrialOutcome::kOk;
  };
  const auto r = strong_wolfe_line_search(phi, 4, -4, 100, {});
  ASSERT_EQ(r.status, LineSearchStatus::kOk) << r.message;
  EXPECT_LT(r.alpha, 3);
  EXPECT_EQ(r.non_finite_trials, 6);  // 100, 50, 25, 12.5, 6.25, 3.125
}

TEST(StrongWolfeLineSearch, AllTrialsNonFiniteIsReportedAsSuch) {
  const PhiAndSlope phi = [](double, double& f, double& df) {
    f = kNaN;
    df = 0;
    return TrialOutcome::kOk;
  };
  const auto r = strong_wolfe_line_search(phi, 1, -1, 1, {.max_trials = 30});
  EXPECT_EQ(r.status, LineSearchStatus::kNonFinite);
  EXPECT_EQ(r.trials, 30);
  EXPECT_EQ(r.non_finite_trials, 30);
  EXPECT_NE(r.message.find("non-finite"), std::string::npos) << r.message;
}

// phi'(0) claims descent but phi only increases: no step may be accepted,
// however small, and rounding must not sneak one through.
TEST(StrongWolfeLineSearch, FailsWhenTheSlopeLies) {
  for (double alpha0 : {1.0, 1e-10}) {
    const PhiAndSlope phi = [](double a, double& f, double& df) {
      f = 1 + a;
      df = -1;
      return TrialOutcome::kOk;
    };
    const auto r = strong_wolfe_line_search(phi, 1, -1, alpha0, {.max_trials = 60});
    EXPECT_EQ(r.status, LineSearchStatus::kFailed) << "alpha0 = " << alpha0;
    EXPECT_FALSE(r.message.empty());
    EXPECT_LE(r.trials, 60);
  }
}

// The slope after the first trial satisfies the curvature condition, and
// phi(alpha) = 1 + alpha rounds to phi(0) for alpha < 1e-16, where
// phi(0) + c1 alpha phi'(0) rounds to phi(0) as well: only the strict test
// keeps the search from accepting a step that did not lower phi.
TEST(StrongWolfeLineSearch, NeverAcceptsAStepThatDoesNotLowerPhi) {
  const PhiAndSlope phi = [](double a, double& f, double& df) {
    f = 1 + a;
    df = 0;
    return TrialOutcome::kOk;
  };
  const auto r = strong_wolfe_line_search(phi, 1, -1, 1e-17, {});
  EXPECT_EQ(r.status, LineSearchStatus::kFailed) << "accepted alpha = " << r.alpha;
}

TEST(StrongWolfeLineSearch, StopPropagatesImmediately) {
  int calls = 0;
  const PhiAndSlope phi = [&](double, double&, double&) {
    ++calls;
    return TrialOutcome::kStop;
  };
  const auto r = strong_wolfe_line_search(phi, 1, -1, 1, {});
  EXPECT_EQ(r.status, LineSearchStatus::kStopped);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(r.trials, 1);
}

TEST(ArmijoBacktracking, AcceptsTheFirstStepWithSufficientDecrease) {
  std::vector<double> tried;
  const PhiOnly phi = [&](double a, double& f) {
    tried.push_back(a);
    f = (a - 0.1) * (a - 0.1);  // phi'(0) = -0.2
    return TrialOutcome::kOk;
  };
  const auto r = armijo_backtracking(phi, 0.01, -0.2, 1.0, 1e-4, 0.5, 60);
  ASSERT_EQ(r.status, LineSearchStatus::kOk) << r.message;
  // 1, 0.5, 0.25 fail (f >= f0); 0.125 gives 0.000625 <= 0.01 - 1e-4 * 0.125 * 0.2.
  EXPECT_EQ(tried, (Vec{1, 0.5, 0.25, 0.125}));
  EXPECT_EQ(r.alpha, 0.125);
  EXPECT_EQ(r.trials, 4);
}

// ---------------------------------------------------------------------------
// L-BFGS.

// A pair whose curvature is not clearly positive is dropped: cosine of the
// angle between s and y at or below sqrt(machine epsilon) ~ 1.5e-8.
TEST(Lbfgs, CurvaturePairRule) {
  const Vec s{1, 0};
  EXPECT_TRUE(detail::usable_curvature_pair(s, Vec{1, 0}));
  EXPECT_TRUE(detail::usable_curvature_pair(s, Vec{1e-7, 1}));   // cosine 1e-7
  EXPECT_FALSE(detail::usable_curvature_pair(s, Vec{1e-9, 1}));  // cosine 1e-9
  EXPECT_FALSE(detail::usable_curvature_pair(s, Vec{0, 1}));
  EXPECT_FALSE(detail::usable_curvature_pair(s, Vec{-1, 0}));
  EXPECT_FALSE(detail::usable_curvature_pair(s, Vec{0, 0}));
}

TEST(Lbfgs, Rosenbrock2DReachesGtolFromTheStandardStart) {
  Counted c(rosenbrock, rosenbrock_gradient);
  OptimizerSettings s;
  s.gtol = 1e-8;
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, s);
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
  EXPECT_LE(r.grad_inf_norm, 1e-8);
  Vec g(2);
  rosenbrock_gradient(r.x, g);
  EXPECT_EQ(inf_norm(g), r.grad_inf_norm);
  EXPECT_EQ(rosenbrock(r.x), r.f);
  EXPECT_LT(max_distance(r.x, {1, 1}), 1e-7);
  EXPECT_GE(r.iterations, 20);  // fewer would be suspicious on this valley
  EXPECT_LE(r.iterations, 60);
  EXPECT_LE(r.value_evaluations, 2 * r.iterations);
  EXPECT_EQ(r.restarts, 0);
  expect_counts_match(r, c);
}

TEST(Lbfgs, Rosenbrock10DReachesGtol) {
  Counted c(rosenbrock, rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), rosenbrock_start(10), {.gtol = 1e-8});
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
  EXPECT_LE(r.grad_inf_norm, 1e-8);
  EXPECT_LT(max_distance(r.x, Vec(10, 1.0)), 1e-7);
  EXPECT_LE(r.iterations, 150);
  expect_counts_match(r, c);
}

// With f_star set, the value test stops the run before the (much tighter)
// gradient test would; without it the same run goes on.
TEST(Lbfgs, StopsOnFtolWhenFStarIsGiven) {
  OptimizerSettings s{.gtol = 1e-12, .ftol = 1e-6, .f_star = 0.0};
  Counted c(rosenbrock, rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, s);
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedValue) << r.message;
  EXPECT_LE(r.f - 0.0, 1e-6);
  EXPECT_GT(r.grad_inf_norm, 1e-12);
  ASSERT_GE(r.trace.size(), 2u);
  EXPECT_GT(r.trace[r.trace.size() - 2].f, 1e-6);  // it stopped at the first iterate below ftol
  expect_counts_match(r, c);

  s.f_star.reset();
  const auto without = minimize_lbfgs(Counted(rosenbrock, rosenbrock_gradient).objective(), {-1.2, 1}, s);
  EXPECT_NE(without.status, OptimizerStatus::kConvergedValue);
  EXPECT_GT(without.iterations, r.iterations);
}

// Recovers x_k and g_k from the logged evaluations (the trace gives f_k) and
// checks, for every accepted step s = x_{k+1} - x_k,
//   f_{k+1} <= f_k + c1 g_k^T s  and  |g_{k+1}^T s| <= c2 |g_k^T s|
// (the strong Wolfe conditions multiplied by alpha > 0).
void expect_strong_wolfe_steps(const Counted& c, const OptimizerResult& r, double c1, double c2) {
  std::vector<Vec> xs, gs;
  for (const auto& t : r.trace) {
    std::vector<const Vec*> matches;
    for (const auto& [x, f] : c.value_log) {
      if (f == t.f && (matches.empty() || *matches.back() != x)) matches.push_back(&x);
    }
    ASSERT_EQ(matches.size(), 1u) << "iteration " << t.iteration;
    const Vec* g = nullptr;
    for (const auto& [x, gx] : c.gradient_log) {
      if (x == *matches[0]) g = &gx;
    }
    ASSERT_NE(g, nullptr) << "iteration " << t.iteration;
    xs.push_back(*matches[0]);
    gs.push_back(*g);
  }
  for (std::size_t k = 0; k + 1 < xs.size(); ++k) {
    Vec s(xs[k].size());
    double gs0 = 0, gs1 = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      s[i] = xs[k + 1][i] - xs[k][i];
      gs0 += gs[k][i] * s[i];
      gs1 += gs[k + 1][i] * s[i];
    }
    // s differs from alpha d by rounding; the slack is far below any real violation.
    const double slack = 1e-10 * std::abs(gs0);
    EXPECT_LT(gs0, 0) << "step " << k + 1 << " is not a descent step";
    EXPECT_LE(r.trace[k + 1].f, r.trace[k].f + c1 * gs0 + slack) << "sufficient decrease, step " << k + 1;
    EXPECT_LE(std::abs(gs1), c2 * std::abs(gs0) + slack) << "curvature, step " << k + 1;
  }
}

TEST(Lbfgs, EveryAcceptedStepSatisfiesTheStrongWolfeConditions) {
  for (double c2 : {0.9, 0.1}) {
    Counted c(rosenbrock, rosenbrock_gradient);
    c.log = true;
    OptimizerSettings s{.c1 = 1e-4, .c2 = c2};
    const auto r = minimize_lbfgs(c.objective(), rosenbrock_start(4), s);
    ASSERT_TRUE(is_converged(r.status)) << r.message;
    ASSERT_EQ(r.trace.size(), static_cast<std::size_t>(r.iterations) + 1);
    SCOPED_TRACE("c2 = " + std::to_string(c2));
    expect_strong_wolfe_steps(c, r, s.c1, c2);
  }
}

TEST(Lbfgs, IllConditionedQuadraticConvergesToItsMinimizer) {
  const Quadratic q(10, 1e4);
  Counted c(q.value_fn(), q.gradient_fn());
  const auto r = minimize_lbfgs(c.objective(), Vec(10, 0.0), {.gtol = 1e-8});
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
  // |x - c|_inf <= |g|_inf / min a_i = 1e-8.
  EXPECT_LT(max_distance(r.x, q.c), 1.1e-8);
  EXPECT_LE(r.iterations, 300);  // 202 when written; steepest descent needs ~1e5
  expect_counts_match(r, c);
}

// With a near-exact line search and m >= n, L-BFGS on a quadratic generates
// the conjugate-gradient iterates (Kolda, O'Leary & Nazareth 1998), so it
// ends in about n iterations whatever the conditioning. A slip in the
// two-loop recursion or in the scaling gamma loses this.
TEST(Lbfgs, QuadraticTerminatesInAboutNIterationsWithANearExactLineSearch) {
  for (double condition : {1e4, 1e6}) {
    const Quadratic q(10, condition);
    const auto r =
        minimize_lbfgs(Objective{q.value_fn(), q.gradient_fn()}, Vec(10, 0.0), {.gtol = 1e-8, .c2 = 0.01});
    ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
    EXPECT_LE(r.iterations, 12) << "condition " << condition;
    EXPECT_LT(max_distance(r.x, q.c), 1.1e-8);
  }
}

TEST(Lbfgs, TraceStartsAtIterationZeroWithFOfX0) {
  Counted c(rosenbrock, rosenbrock_gradient);
  const Vec x0{-1.2, 1};
  const auto r = minimize_lbfgs(c.objective(), x0, {});
  ASSERT_TRUE(is_converged(r.status)) << r.message;
  ASSERT_EQ(r.trace.size(), static_cast<std::size_t>(r.iterations) + 1);
  Vec g0(2);
  rosenbrock_gradient(x0, g0);
  EXPECT_EQ(r.trace[0].iteration, 0);
  EXPECT_EQ(r.trace[0].f, rosenbrock(x0));
  EXPECT_EQ(r.trace[0].grad_inf_norm, inf_norm(g0));
  for (std::size_t k = 1; k < r.trace.size(); ++k) {
    EXPECT_EQ(r.trace[k].iteration, static_cast<int>(k));
    EXPECT_LT(r.trace[k].f, r.trace[k - 1].f) << "iteration " << k;
  }
  EXPECT_EQ(r.trace.back().f, r.f);
  EXPECT_EQ(r.trace.back().grad_inf_norm, r.grad_inf_norm);

  const auto quiet =
      minimize_lbfgs(Counted(rosenbrock, rosenbrock_gradient).objective(), x0, {.keep_trace = false});
  EXPECT_TRUE(quiet.trace.empty());
  EXPECT_EQ(quiet.iterations, r.iterations);
}

TEST(Lbfgs, IsDeterministic) {
  const auto a =
      minimize_lbfgs(Counted(rosenbrock, rosenbrock_gradient).objective(), rosenbrock_start(6), {});
  const auto b =
      minimize_lbfgs(Counted(rosenbrock, rosenbrock_gradient).objective(), rosenbrock_start(6), {});
  EXPECT_EQ(a.x, b.x);
  EXPECT_EQ(a.iterations, b.iterations);
  EXPECT_EQ(a.value_evaluations, b.value_evaluations);
}

TEST(Lbfgs, ConvergedAtTheStartTakesNoStep) {
  Counted c(rosenbrock, rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), {1, 1}, {});
  EXPECT_EQ(r.status, OptimizerStatus::kConvergedGradient);
  EXPECT_EQ(r.iterations, 0);
  EXPECT_EQ(c.values, 1);
  EXPECT_EQ(c.gradients, 1);
  expect_counts_match(r, c);
  ASSERT_EQ(r.trace.size(), 1u);
  EXPECT_EQ(r.trace[0].f, 0.0);

  // f(x0) - f_star <= ftol while the gradient is still large.
  Counted c2(rosenbrock, rosenbrock_gradient);
  const auto v = minimize_lbfgs(c2.objective(), {-1.2, 1}, {.ftol = 100, .f_star = 0.0});
  EXPECT_EQ(v.status, OptimizerStatus::kConvergedValue);
  EXPECT_EQ(v.iterations, 0);
}

TEST(Lbfgs, MaxIterations) {
  Counted c(rosenbrock, rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {.max_iterations = 5});
  EXPECT_EQ(r.status, OptimizerStatus::kMaxIterations);
  EXPECT_EQ(r.iterations, 5);
  EXPECT_EQ(r.trace.size(), 6u);
  EXPECT_FALSE(r.message.empty());
  expect_counts_match(r, c);
}

TEST(Lbfgs, NonFiniteValueAtTheStart) {
  Counted c([](std::span<const double>) { return kNaN; }, rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), {0, 0}, {});
  EXPECT_EQ(r.status, OptimizerStatus::kNonFinite);
  EXPECT_EQ(r.iterations, 0);
  EXPECT_EQ(c.gradients, 0);
  expect_counts_match(r, c);
}

// f returns NaN from its 6th call on: every later trial is non-finite, so the
// run must end as non-finite (after shortening the step to no avail).
TEST(Lbfgs, ValueTurningNaNEndsAsNonFinite) {
  int calls = 0;
  Counted c([&](std::span<const double> x) { return ++calls > 5 ? kNaN : rosenbrock(x); },
            rosenbrock_gradient);
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {});
  EXPECT_EQ(r.status, OptimizerStatus::kNonFinite) << r.message;
  EXPECT_GE(r.iterations, 1);
  EXPECT_TRUE(std::isfinite(r.f));  // the last accepted iterate, not a NaN trial
  EXPECT_NE(r.message.find("non-finite"), std::string::npos) << r.message;
  expect_counts_match(r, c);
}

TEST(Lbfgs, GradientTurningNaNEndsAsNonFinite) {
  int calls = 0;
  Counted c(rosenbrock, [&](std::span<const double> x, std::span<double> g) {
    rosenbrock_gradient(x, g);
    if (++calls > 3) g[1] = kNaN;
    return Status::ok();
  });
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {});
  EXPECT_EQ(r.status, OptimizerStatus::kNonFinite) << r.message;
  expect_counts_match(r, c);
}

// A bounded domain: f is NaN for x > 1 (as a log or sqrt would make it). The
// secant steps on exp(x) - 2x from far left overshoot into it and must be
// shortened; the minimizer log 2 is inside.
TEST(Lbfgs, ShortensStepsThatLeaveTheDomain) {
  int nan_returns = 0;
  Counted c(
      [&](std::span<const double> x) {
        if (x[0] > 1) {
          ++nan_returns;
          return kNaN;
        }
        return std::exp(x[0]) - 2 * x[0];
      },
      [](std::span<const double> x, std::span<double> g) {
        g[0] = std::exp(x[0]) - 2;
        return Status::ok();
      });
  // f ~ 0.6 is resolved to ~1e-16, so |x - log 2| ~ 1e-8 (|g| ~ 2e-8) is
  // as close as decreases in f can confirm.
  const auto r = minimize_lbfgs(c.objective(), {-10}, {.gtol = 1e-7});
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
  EXPECT_NEAR(r.x[0], std::numbers::ln2, 1e-7);
  EXPECT_GT(nan_returns, 0);  // otherwise this test tests nothing
  EXPECT_EQ(r.non_finite_trials, nan_returns);
  expect_counts_match(r, c);
}

TEST(Lbfgs, GradientErrorCarriesTheCallbacksMessage) {
  // At the start.
  Counted c0(rosenbrock,
             [](std::span<const double>, std::span<double>) { return Status::error("boom at x0"); });
  const auto r0 = minimize_lbfgs(c0.objective(), {-1.2, 1}, {});
  EXPECT_EQ(r0.status, OptimizerStatus::kGradientError);
  EXPECT_NE(r0.message.find("boom at x0"), std::string::npos) << r0.message;
  EXPECT_EQ(r0.iterations, 0);
  expect_counts_match(r0, c0);

  // Later, at a trial step: the result keeps the last accepted iterate.
  int calls = 0;
  Counted c(rosenbrock, [&](std::span<const double> x, std::span<double> g) {
    if (++calls == 6) return Status::not_applicable("backend gave up");
    return rosenbrock_gradient(x, g);
  });
  c.log = true;
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {});
  EXPECT_EQ(r.status, OptimizerStatus::kGradientError);
  EXPECT_NE(r.message.find("backend gave up"), std::string::npos) << r.message;
  EXPECT_GE(r.iterations, 1);
  EXPECT_EQ(rosenbrock(r.x), r.f);
  EXPECT_EQ(c.gradients, 6);
  expect_counts_match(r, c);
}

// -grad f: the "descent" direction goes uphill. The run must fail honestly.
TEST(Lbfgs, SignFlippedGradientIsALineSearchFailure) {
  const Quadratic q(5, 100);
  Counted c(q.value_fn(), [&](std::span<const double> x, std::span<double> g) {
    q.gradient(x, g);
    for (double& e : g) e = -e;
    return Status::ok();
  });
  const Vec x0(5, 0.0);
  const auto r = minimize_lbfgs(c.objective(), x0, {});
  EXPECT_EQ(r.status, OptimizerStatus::kLineSearchFailure) << r.message;
  EXPECT_FALSE(is_converged(r.status));
  EXPECT_FALSE(r.message.empty());
  EXPECT_EQ(r.x, x0);
  EXPECT_EQ(r.iterations, 0);
  expect_counts_match(r, c);
}

Status central_difference_rosenbrock(std::span<const double> x, std::span<double> g) {
  Vec xp(x.begin(), x.end());
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double h = std::cbrt(std::numeric_limits<double>::epsilon()) * std::max(1.0, std::abs(x[i]));
    xp[i] = x[i] + h;
    const double fp = rosenbrock(xp);
    xp[i] = x[i] - h;
    const double fm = rosenbrock(xp);
    xp[i] = x[i];
    g[i] = (fp - fm) / (2 * h);
  }
  return Status::ok();
}

Status forward_difference_rosenbrock(std::span<const double> x, std::span<double> g) {
  Vec xp(x.begin(), x.end());
  const double f0 = rosenbrock(x);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double h = std::sqrt(std::numeric_limits<double>::epsilon()) * std::max(1.0, std::abs(x[i]));
    xp[i] = x[i] + h;
    g[i] = (rosenbrock(xp) - f0) / h;
    xp[i] = x[i];
  }
  return Status::ok();
}

// Central differences (relative error ~1e-10) reach gtol = 1e-8. On 10-D
// Rosenbrock the quasi-Newton direction built from them fails once near the
// end, and only the restart along -g lets the run finish.
TEST(Lbfgs, ConvergesWithACentralDifferenceGradient) {
  {
    Counted c(rosenbrock, central_difference_rosenbrock);
    const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {.gtol = 1e-8});
    ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
    EXPECT_LT(max_distance(r.x, {1, 1}), 1e-7);
    expect_counts_match(r, c);
  }
  {
    Counted c(rosenbrock, central_difference_rosenbrock);
    const auto r = minimize_lbfgs(c.objective(), rosenbrock_start(10), {.gtol = 1e-8});
    ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
    EXPECT_LT(max_distance(r.x, Vec(10, 1.0)), 1e-7);
    EXPECT_GE(r.restarts, 1);  // otherwise this case no longer exercises the restart
    expect_counts_match(r, c);
  }
}

// Forward differences are noisy at the 1e-6 level near the minimizer of
// Rosenbrock; asking for 1e-8 must end as a failure, not as convergence, yet
// only after reaching the noise floor.
TEST(Lbfgs, ForwardDifferenceGradientBelowItsNoiseFloorFailsHonestly) {
  Counted c(rosenbrock, forward_difference_rosenbrock);
  const auto r = minimize_lbfgs(c.objective(), {-1.2, 1}, {.gtol = 1e-8});
  EXPECT_EQ(r.status, OptimizerStatus::kLineSearchFailure) << r.message;
  EXPECT_GT(r.grad_inf_norm, 1e-8);
  EXPECT_LT(r.f, 1e-10);
  expect_counts_match(r, c);
}

TEST(Lbfgs, RejectsInvalidSettings) {
  const Objective o{rosenbrock, rosenbrock_gradient};
  EXPECT_THROW(minimize_lbfgs(o, {0, 0}, {.c1 = 0.5, .c2 = 0.4}), std::invalid_argument);
  EXPECT_THROW(minimize_lbfgs(o, {0, 0}, {.lbfgs_memory = 0}), std::invalid_argument);
  EXPECT_THROW(minimize_lbfgs(o, {0, 0}, {.max_line_search_steps = 0}), std::invalid_argument);
}

// ---------------------------------------------------------------------------
// Gradient descent with Armijo backtracking.

TEST(GradientDescent, ConvergesOnAnIllConditionedQuadratic) {
  const Quadratic q(5, 50);
  Counted c(q.value_fn(), q.gradient_fn());
  const auto r =
      minimize_gradient_descent(c.objective(), Vec(5, 0.0), {.max_iterations = 20000, .gtol = 1e-8});
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedGradient) << r.message;
  EXPECT_LE(r.grad_inf_norm, 1e-8);
  EXPECT_LT(max_distance(r.x, q.c), 1.1e-8);  // |x - c|_inf <= |g|_inf / min a_i
  expect_counts_match(r, c);
  // One gradient per iteration plus the start.
  EXPECT_EQ(r.gradient_evaluations, r.iterations + 1);
  ASSERT_EQ(r.trace.size(), static_cast<std::size_t>(r.iterations) + 1);
  EXPECT_EQ(r.trace[0].iteration, 0);
  EXPECT_EQ(r.trace[0].f, q.value(Vec(5, 0.0)));
  for (std::size_t k = 1; k < r.trace.size(); ++k) {
    EXPECT_LT(r.trace[k].f, r.trace[k - 1].f) << "iteration " << k;
  }
  // The first trial of N&W (3.60) is usually accepted: 315 f evaluations
  // for 255 iterations when written, against ~5 per iteration without it.
  EXPECT_LE(r.value_evaluations, 2 * r.iterations);
}

TEST(GradientDescent, ReachesFtolWhenFStarIsGiven) {
  const Quadratic q(5, 50);
  Counted c(q.value_fn(), q.gradient_fn());
  const auto r = minimize_gradient_descent(
      c.objective(), Vec(5, 0.0), {.max_iterations = 20000, .gtol = 1e-12, .ftol = 1e-8, .f_star = 0.0});
  ASSERT_EQ(r.status, OptimizerStatus::kConvergedValue) << r.message;
  EXPECT_LE(r.f, 1e-8);
  EXPECT_GT(r.trace[r.trace.size() - 2].f, 1e-8);
  expect_counts_match(r, c);
}

TEST(GradientDescent, EveryAcceptedStepSatisfiesArmijo) {
  const Quadratic q(4, 20);
  Counted c(q.value_fn(), q.gradient_fn());
  c.log = true;
  const double c1 = 0.3;  // large enough that a wrong acceptance test shows
  const auto r = minimize_gradient_descent(c.objective(), Vec(4, 0.0), {.c1 = c1});
  ASSERT_TRUE(is_converged(r.status)) << r.message;
  // The gradient log holds exactly x_0, x_1, ... (one gradient per iterate).
  ASSERT_EQ(c.gradient_log.size(), r.trace.size());
  for (std::size_t k = 0; k + 1 < c.gradient_log.size(); ++k) {
    const auto& [x0, g0] = c.gradient_log[k];
    const auto& x1 = c.gradient_log[k + 1].first;
    double gs = 0;
    for (std::size_t i = 0; i < x0.size(); ++i) gs += g0[i] * (x1[i] - x0[i]);
    EXPECT_LE(q.value(x1), q.value(x0) + c1 * gs) << "step " << k + 1;
  }
}

TEST(GradientDescent, SignFlippedGradientIsALineSearchFailure) {
  const Quadratic q(5, 100);
  Counted c(q.value_fn(), [&](std::span<const double> x, std::span<double> g) {
    q.gradient(x, g);
    for (double& e : g) e = -e;
    return Status::ok();
  });
  const auto r = minimize_gradient_descent(c.objective(), Vec(5, 0.0), {});
  EXPECT_EQ(r.status, OptimizerStatus::kLineSearchFailure) << r.message;
  EXPECT_EQ(r.iterations, 0);
  EXPECT_EQ(c.values, 1 + 60);  // the start, then every trial of one search
  expect_counts_match(r, c);
}

TEST(GradientDescent, FailureStatuses) {
  {
    int calls = 0;
    Counted c([&](std::span<const double> x) { return ++calls > 4 ? kNaN : rosenbrock(x); },
              rosenbrock_gradient);
    const auto r = minimize_gradient_descent(c.objective(), {-1.2, 1}, {});
    EXPECT_EQ(r.status, OptimizerStatus::kNonFinite) << r.message;
    EXPECT_TRUE(std::isfinite(r.f));
    expect_counts_match(r, c);
  }
  {
    int calls = 0;
    Counted c(rosenbrock, [&](std::span<const double> x, std::span<double> g) {
      rosenbrock_gradient(x, g);
      if (++calls > 2) g[0] = std::numeric_limits<double>::infinity();
      return Status::ok();
    });
    const auto r = minimize_gradient_descent(c.objective(), {-1.2, 1}, {});
    EXPECT_EQ(r.status, OptimizerStatus::kNonFinite) << r.message;
    EXPECT_EQ(r.iterations, 1);
    expect_counts_match(r, c);
  }
  {
    Counted c(rosenbrock,
              [](std::span<const double>, std::span<double>) { return Status::non_finite("g[0] = inf"); });
    const auto r = minimize_gradient_descent(c.objective(), {-1.2, 1}, {});
    EXPECT_EQ(r.status, OptimizerStatus::kNonFinite) << r.message;
  }
  {
    int calls = 0;
    Counted c(rosenbrock, [&](std::span<const double> x, std::span<double> g) {
      if (++calls == 3) return Status::error("fd backend: boom");
      return rosenbrock_gradient(x, g);
    });
    const auto r = minimize_gradient_descent(c.objective(), {-1.2, 1}, {});
    EXPECT_EQ(r.status, OptimizerStatus::kGradientError);
    EXPECT_NE(r.message.find("fd backend: boom"), std::string::npos) << r.message;
    EXPECT_EQ(r.iterations, 1);
    expect_counts_match(r, c);
  }
  {
    Counted c(rosenbrock, rosenbrock_gradient);
    const auto r = minimize_gradient_descent(c.objective(), {-1.2, 1}, {.max_iterations = 7});
    EXPECT_EQ(r.status, OptimizerStatus::kMaxIterations);
    EXPECT_EQ(r.iterations, 7);
    EXPECT_EQ(r.trace.size(), 8u);
    expect_counts_match(r, c);
  }
}

TEST(GradientDescent, RejectsInvalidSettings) {
  const Objective o{rosenbrock, rosenbrock_gradient};
  EXPECT_THROW(minimize_gradient_descent(o, {0, 0}, {.backtrack = 1.0}), std::invalid_argument);
  EXPECT_THROW(minimize_gradient_descent(o, {0, 0}, {.c1 = 0}), std::invalid_argument);
}

}  // namespace
}  // namespace gradlab
