// Finite-difference step policies, Ridders' extrapolation with its error
// estimate, directional derivatives and Hessians by differences: each
// property would break if the formula or the bookkeeping were wrong.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "backends/backend_registry.h"
#include "backends/finite_difference.h"
#include "backends/richardson.h"
#include "core/config_error.h"
#include "core/gradient_error.h"
#include "functions/reference.h"
#include "functions/sample_points.h"
#include "test_problems.h"

namespace gradlab {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
const ProblemModel<testing::ExpChain> kExpChain;

std::unique_ptr<Backend> backend(const std::string& kind, Json params = Json::object()) {
  params["kind"] = kind;
  return make_backend(params, "test");
}

std::string config_error(const Json& spec) {
  try {
    make_backend(spec, "suites[0].backends[0]");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "no error";
}

TEST(StepPolicies, RelativeStepsAreCTimesEpsToTheOneOverPPlusOneTimesTheScale) {
  const FiniteDifferenceBackend fd("fd", FdScheme::kCentral2,
                                   FdStep{.policy = FdStep::Policy::kRelative, .c = 2});
  EXPECT_DOUBLE_EQ(fd.raw_step(0.5), 2 * std::cbrt(kEps));
  EXPECT_NEAR(fd.raw_step(-300.0), 300 * 2 * std::cbrt(kEps), 1e-15 * fd.raw_step(-300.0));
  const FiniteDifferenceBackend fd4("fd", FdScheme::kCentral4, FdStep{});
  EXPECT_DOUBLE_EQ(fd4.raw_step(1.0), std::pow(11.25, 0.2) * std::pow(kEps, 0.2));
  const FiniteDifferenceBackend abs("fd", FdScheme::kForward,
                                    FdStep{.policy = FdStep::Policy::kAbsolute, .c = 1e-4});
  EXPECT_EQ(abs.raw_step(1e6), 1e-4);
}

TEST(StepPolicies, RepresentableStepsAreTheDistanceActuallyStepped) {
  const FiniteDifferenceBackend on("fd", FdScheme::kCentral2, FdStep{});
  const FiniteDifferenceBackend off("fd", FdScheme::kCentral2, FdStep{.representable = false});
  for (double x : {0.1, 1.0 / 3, 7.77, -123.456, 1e-300}) {
    const double h = on.step(x);
    EXPECT_EQ((x + h) - x, h) << x;
    EXPECT_EQ(off.step(x), off.raw_step(x)) << x;
  }
  // At 1/3 the raw step is not representable, so the two policies differ.
  EXPECT_NE(on.step(1.0 / 3), off.step(1.0 / 3));
  // Backward steps go the other way: x - h must be exact.
  const FiniteDifferenceBackend back("fd", FdScheme::kBackward, FdStep{});
  EXPECT_EQ(1.0 / 3 - (1.0 / 3 - back.step(1.0 / 3)), back.step(1.0 / 3));
}

TEST(StepPolicies, TheStepUsedForEachCoordinateIsReported) {
  const auto fd = backend("fd-4", {{"step", {{"relative", 3}, {"representable", false}}}});
  const std::vector<double> x{0.25, -7.5, 1e3};
  std::vector<double> g(3);
  EvalCount count;
  GradientExtras extras;
  ASSERT_TRUE(fd->gradient(kExpChain, x, g, count, &extras).is_ok());
  ASSERT_EQ(extras.steps.size(), 3u);
  const double base = 3 * std::pow(kEps, 0.2);
  EXPECT_DOUBLE_EQ(extras.steps[0], base);
  EXPECT_DOUBLE_EQ(extras.steps[1], 7.5 * base);
  EXPECT_DOUBLE_EQ(extras.steps[2], 1e3 * base);
  EXPECT_EQ(fd->settings()["step"]["relative"], 3);
  EXPECT_EQ(fd->settings()["step"]["representable"], false);
}

TEST(StepPolicies, BadStepsAreRejectedWithThePathAndWhatIsAccepted) {
  EXPECT_NE(config_error({{"kind", "fd-central"}, {"step", {{"relative", 1e9}}}}).find("must be < 1"),
            std::string::npos);
  EXPECT_NE(config_error({{"kind", "fd-central"}, {"step", {{"relative", 0}}}})
                .find("suites[0].backends[0].step.relative"),
            std::string::npos);
  EXPECT_NE(config_error({{"kind", "fd-central"}, {"step", {{"absolute", 1e-4}, {"representable", "yes"}}}})
                .find("step.representable"),
            std::string::npos);
  EXPECT_NE(config_error({{"kind", "fd-central"}, {"step", 1e-4}}).find("expected an object"),
            std::string::npos);
}

TEST(Ridders, APolynomialIsDifferentiatedExactlyAndTheEstimateIsNotZero) {
  // phi(t) = (1 + t)^4: every extrapolation beyond the second column is exact
  // up to roundoff, so the estimate is the roundoff bound, which must cover
  // the true error and be small.
  const auto phi = [](double t) { return std::pow(1 + t, 4); };
  const ExtrapolatedDerivative d =
      ridders_derivative(phi, 0.1, RiddersSettings{}, [](double h) { return h; });
  EXPECT_NEAR(d.derivative, 4.0, 1e-13);
  EXPECT_GT(d.error_estimate, 0);
  EXPECT_LE(std::abs(d.derivative - 4.0), d.error_estimate);
  EXPECT_LT(d.error_estimate, 1e-12);
}

TEST(Ridders, ReachesThirteenDigitsWithAnHonestEstimate) {
  const auto b = backend("fd-richardson");
  for (int k = 0; k < 5; ++k) {
    const auto x = random_point(kExpChain, 6, 11, k);
    std::vector<double> g(6);
    EvalCount count;
    GradientExtras extras;
    ASSERT_TRUE(b->gradient(kExpChain, x, g, count, &extras).is_ok());
    const auto r = reference_gradient(kExpChain, x);
    const GradientError e = compare_gradients(g, r, gradient_scale(kExpChain, r));
    EXPECT_LE(e.max_rel_error, 1e-13) << "point " << k;
    ASSERT_EQ(extras.error_estimates.size(), 6u);
    for (int i = 0; i < 6; ++i) {
      EXPECT_LE(std::abs(g[i] - r[i]), extras.error_estimates[i]) << "point " << k << ", component " << i;
      // Not vacuous: the estimate is within a few hundred ulps of the gradient.
      EXPECT_LT(extras.error_estimates[i], 1e-12 * std::max(1.0, std::abs(r[i])));
      // The step recorded is the smallest the returned entry used: below h0.
      EXPECT_GT(extras.steps[i], 0);
      EXPECT_LT(extras.steps[i], 0.1 * std::max(1.0, std::abs(x[i])));
    }
    EXPECT_LE(count.value, 6 * 2 * RiddersSettings{}.max_rows);
  }
}

// Where the representable step stops shrinking (one ulp of a large x_i),
// the tableau stops instead of dividing by a zero step difference.
TEST(Ridders, StopsWhenTheStepNoLongerShrinks) {
  int evaluations = 0;
  const auto phi = [&](double t) {
    ++evaluations;
    return std::exp(t);
  };
  const auto floored = [](double h) { return std::max(h, 0.02); };
  const ExtrapolatedDerivative d = ridders_derivative(phi, 0.1, RiddersSettings{}, floored);
  EXPECT_TRUE(std::isfinite(d.derivative));
  EXPECT_TRUE(std::isfinite(d.error_estimate));
  EXPECT_LE(std::abs(d.derivative - 1.0), d.error_estimate);
  EXPECT_GE(d.smallest_step, 0.02);
  // Steps 0.1, 0.05, 0.025, then 0.0125 floored to 0.02; the next is 0.02
  // again and ends the tableau uncomputed (without the stop: 15 rows).
  EXPECT_EQ(evaluations, 2 * 4);
}

TEST(Ridders, SettingsAreValidated) {
  EXPECT_NE(config_error({{"kind", "fd-richardson"}, {"contraction", 1.0}}).find("contraction"),
            std::string::npos);
  EXPECT_NE(config_error({{"kind", "fd-richardson"}, {"max_rows", 1}}).find("max_rows"), std::string::npos);
  EXPECT_NE(config_error({{"kind", "fd-richardson"}, {"initial_step", {{"relative", -1}}}})
                .find("initial_step.relative"),
            std::string::npos);
  const auto b = backend("fd-richardson", {{"initial_step", {{"absolute", 0.05}}}, {"max_rows", 8}});
  EXPECT_EQ(b->settings()["initial_step"]["absolute"], 0.05);
  EXPECT_EQ(b->settings()["max_rows"], 8);
}

struct DirectionalCase {
  const char* kind;
  double tolerance;
  long long max_evaluations;  // independent of n: the point of a native JVP
};

class NativeDirectional : public ::testing::TestWithParam<DirectionalCase> {};

TEST_P(NativeDirectional, MatchesTheReferenceInAFixedNumberOfEvaluations) {
  const DirectionalCase c = GetParam();
  const auto b = backend(c.kind);
  ASSERT_TRUE(b->has_native_directional());
  for (int n : {3, 200}) {
    const auto x = random_point(kExpChain, n, 5, 0);
    std::vector<double> v(n);
    for (int i = 0; i < n; ++i) v[i] = i % 3 == 0 ? -1.0 : 1.0;
    const auto r = reference_gradient_50(kExpChain, x);
    Real50 exact = 0, magnitude = 0;
    for (int i = 0; i < n; ++i) {
      exact += r[i] * v[i];
      magnitude += abs(r[i]);
    }
    double d = 0;
    EvalCount count;
    ASSERT_TRUE(b->directional_derivative(kExpChain, x, v, d, count).is_ok());
    EXPECT_LE(std::abs(d - static_cast<double>(exact)), c.tolerance * static_cast<double>(magnitude))
        << c.kind << " n = " << n;
    EXPECT_LE(count.total(), c.max_evaluations) << c.kind << " n = " << n;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, NativeDirectional,
                         ::testing::Values(DirectionalCase{"fd-forward", 1e-6, 2},
                                           DirectionalCase{"fd-central", 1e-8, 2},
                                           DirectionalCase{"fd-8", 1e-9, 8},
                                           DirectionalCase{"fd-richardson", 1e-12, 30},
                                           DirectionalCase{"complex-step", 1e-14, 1}),
                         [](const auto& info) {
                           std::string s = info.param.kind;
                           for (auto& ch : s) ch = ch == '-' ? '_' : ch;
                           return s;
                         });

TEST(FiniteDifferenceHessian, DifferencesTheAnalyticGradientIntoASymmetricMatrix) {
  const int n = 5;
  const auto x = random_point(kExpChain, n, 3, 1);
  const auto reference = reference_hessian(kExpChain, x);
  for (const char* kind : {"fd-forward", "fd-central", "fd-4"}) {
    const auto b = backend(kind);
    ASSERT_TRUE(b->provides_hessian());
    std::vector<double> h(n * n);
    EvalCount count;
    ASSERT_TRUE(b->hessian(kExpChain, x, MatrixRef<double>(h, n), count).is_ok()) << kind;
    const GradientError e = compare_gradients(h, reference, 1.0);
    EXPECT_LE(e.max_rel_error, std::string(kind) == "fd-forward" ? 1e-6 : 1e-8) << kind;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) EXPECT_EQ(h[i * n + j], h[j * n + i]) << kind;
    }
    // Two gradients per column for central differences, one (+ g(x)) for forward.
    EXPECT_EQ(count.gradient,
              std::string(kind) == "fd-forward" ? n + 1 : (std::string(kind) == "fd-4" ? 4 * n : 2 * n))
        << kind;
  }
  // Backends that compute no Hessian say so instead of guessing.
  std::vector<double> h(n * n);
  EvalCount count;
  EXPECT_EQ(backend("complex-step")->hessian(kExpChain, x, MatrixRef<double>(h, n), count).code,
            StatusCode::kNotApplicable);
}

}  // namespace
}  // namespace gradlab
