#include <gtest/gtest.h>

#include <cmath>

#include "backends/backend_registry.h"
#include "backends/boost_finite_difference.h"
#include "backends/finite_difference.h"
#include "core/config_error.h"
#include "core/gradient_error.h"
#include "functions/reference.h"
#include "functions/sample_points.h"
#include "test_problems.h"

namespace gradlab {
namespace {

using testing::ExpChain;
using testing::IllBehaved;

const ProblemModel<ExpChain> kExpChain;
const ProblemModel<IllBehaved> kIllBehaved;

std::unique_ptr<Backend> backend(const std::string& kind, Json params = Json::object()) {
  params["kind"] = kind;
  return make_backend(params, "test");
}

double max_abs_error(const Backend& b, const Problem& p, const std::vector<double>& x) {
  std::vector<double> g(x.size());
  EvalCount count;
  EXPECT_TRUE(b.gradient(p, x, g, count).is_ok());
  const auto r = reference_gradient(p, x);
  double e = 0;
  for (std::size_t i = 0; i < x.size(); ++i) e = std::max(e, std::abs(g[i] - r[i]));
  return e;
}

struct OrderCase {
  const char* kind;
  int order;
  double h;  // large enough that truncation, not roundoff, dominates
};

class FiniteDifferenceOrder : public ::testing::TestWithParam<OrderCase> {};

// Halving h must divide the error by 2^p: the observed order over three
// halvings is within 0.15 of the theoretical one.
TEST_P(FiniteDifferenceOrder, ErrorShrinksAtTheTheoreticalOrder) {
  const OrderCase c = GetParam();
  const std::vector<double> x{0.3, -0.7, 0.9};
  double previous = 0;
  for (int k = 0; k < 4; ++k) {
    const double h = c.h / std::pow(2.0, k);
    const double e = max_abs_error(*backend(c.kind, {{"step", {{"absolute", h}}}}), kExpChain, x);
    if (k > 0) {
      const double observed = std::log2(previous / e);
      EXPECT_NEAR(observed, c.order, 0.15) << c.kind << " between h = " << 2 * h << " and h = " << h;
    }
    previous = e;
  }
}

INSTANTIATE_TEST_SUITE_P(Schemes, FiniteDifferenceOrder,
                         ::testing::Values(OrderCase{"fd-forward", 1, 1e-3},
                                           OrderCase{"fd-backward", 1, 1e-3},
                                           OrderCase{"fd-central", 2, 2e-2}, OrderCase{"fd-4", 4, 0.2},
                                           OrderCase{"fd-6", 6, 0.4}, OrderCase{"fd-8", 8, 0.8}),
                         [](const auto& info) {
                           std::string s = info.param.kind;
                           for (auto& ch : s) ch = ch == '-' ? '_' : ch;
                           return s;
                         });

// With |x_i| <= 1 the default relative step equals Boost.Math's absolute one,
// so both must give the same derivative (to the rounding of the different
// summation order).
TEST(FiniteDifference, DefaultStepReproducesBoostMath) {
  const std::vector<double> x{0.3, -0.7, 0.9};
  const auto f = [&](std::size_t i) {
    return [&x, i](double t) {
      std::vector<double> xt = x;
      xt[i] = t;
      return kExpChain.value(std::span<const double>(xt));
    };
  };
  const std::pair<const char*, int> pairs[] = {
      {"fd-forward", 1}, {"fd-central", 2}, {"fd-4", 4}, {"fd-6", 6}, {"fd-8", 8}};
  for (const auto& [kind, order] : pairs) {
    std::vector<double> g(3), g_boost(3);
    EvalCount count;
    ASSERT_TRUE(backend(kind)->gradient(kExpChain, x, g, count).is_ok());
    ASSERT_TRUE(backend(kind, {{"step", "boost"}})->gradient(kExpChain, x, g_boost, count).is_ok());
    for (std::size_t i = 0; i < 3; ++i) {
      const double direct = boost_finite_difference(order, f(i), x[i]);
      EXPECT_EQ(g_boost[i], direct) << kind << ": the \"boost\" step policy is Boost.Math itself";
      EXPECT_NEAR(g[i], direct, 4e-15 * std::abs(g[i])) << kind << " component " << i;
    }
  }
}

TEST(FiniteDifference, StepsAreExactlyRepresentableAndScaleWithX) {
  const FiniteDifferenceBackend fd("fd-central", FdScheme::kCentral2, {});
  EXPECT_DOUBLE_EQ(fd.raw_step(0.5), fd_default_step_constant(FdScheme::kCentral2));
  EXPECT_DOUBLE_EQ(fd.raw_step(-1e4), 1e4 * fd_default_step_constant(FdScheme::kCentral2));
  EXPECT_NEAR(fd_default_step_constant(FdScheme::kCentral2), std::cbrt(3 * 2.220446049250313e-16), 1e-20);
}

TEST(FiniteDifference, EvaluationCountsMatchTheStencils) {
  const std::vector<double> x{0.1, 0.2, 0.3, 0.4, 0.5};
  const std::pair<const char*, long long> expected[] = {
      {"fd-forward", 6}, {"fd-backward", 6}, {"fd-central", 10},  {"fd-4", 20},
      {"fd-6", 30},      {"fd-8", 40},       {"complex-step", 5}, {"boost-fvar", 5}};
  for (const auto& [kind, evals] : expected) {
    std::vector<double> g(5);
    EvalCount count;
    ASSERT_TRUE(backend(kind)->gradient(kExpChain, x, g, count).is_ok()) << kind;
    EXPECT_EQ(count.total(), evals) << kind;
  }
  std::vector<double> g(5);
  EvalCount count;
  ASSERT_TRUE(backend("analytic")->gradient(kExpChain, x, g, count).is_ok());
  EXPECT_EQ(count.gradient, 1);
  EXPECT_EQ(count.value, 0);
}

// Complex step and forward AD have no cancellation: on every catalog problem
// they match the 50-digit reference to 1e-14 (mixed relative to the
// gradient's scale) at seeded random points.
TEST(ExactBackends, ComplexStepAndBoostFvarMatchTheReferenceOnTheCatalog) {
  for (const char* kind : {"complex-step", "boost-fvar"}) {
    const auto b = backend(kind);
    for (const Problem* p : ProblemRegistry::instance().all()) {
      if (p->info().family == "test") continue;
      const int n = p->default_n();
      for (int k = 0; k < 3; ++k) {
        const auto x = random_point(*p, n, 7, k);
        std::vector<double> g(n);
        EvalCount count;
        const Status s = b->gradient(*p, x, g, count);
        if (s.code == StatusCode::kNotApplicable) continue;
        ASSERT_TRUE(s.is_ok()) << kind << " on " << p->name() << ": " << s.message;
        const auto r = reference_gradient(*p, x);
        const auto e = compare_gradients(g, r, gradient_scale(*p, r));
        EXPECT_LE(e.max_rel_error, 1e-14)
            << kind << " on " << p->name() << " point " << k << ": component " << e.worst_index << " = "
            << e.worst_value << " vs " << e.worst_reference;
      }
    }
  }
}

TEST(BackendStatus, ComplexStepIsNotApplicableToProblemsThatAreNotComplexSafe) {
  std::vector<double> g(2);
  EvalCount count;
  const Status s = backend("complex-step")->gradient(kIllBehaved, std::vector<double>{-1, 1}, g, count);
  EXPECT_EQ(s.code, StatusCode::kNotApplicable);
  EXPECT_NE(s.message.find("complex-safe"), std::string::npos);
}

TEST(BackendStatus, NonFiniteValuesAndExceptionsBecomeStatuses) {
  for (const char* kind : {"analytic", "fd-central", "fd-forward", "boost-fvar"}) {
    std::vector<double> g(2);
    EvalCount count;
    EXPECT_EQ(backend(kind)->gradient(kIllBehaved, std::vector<double>{1, 1}, g, count).code,
              StatusCode::kNonFinite)
        << kind;
    const Status thrown = backend(kind)->gradient(kIllBehaved, std::vector<double>{-20, 1}, g, count);
    EXPECT_EQ(thrown.code, StatusCode::kError) << kind;
    EXPECT_NE(thrown.message.find("x0 below -10"), std::string::npos) << kind;
    EXPECT_TRUE(backend(kind)->gradient(kIllBehaved, std::vector<double>{-1, 2}, g, count).is_ok()) << kind;
  }
}

TEST(BackendRegistry, RenamedInstancesAndBadParametersNameTheirPath) {
  const auto b = make_backend(Json::parse(R"({"kind": "fd-central", "name": "fd-central-h1e-4",
                                              "step": {"absolute": 1e-4}})"),
                              "suites[0].backends[1]");
  EXPECT_EQ(b->name(), "fd-central-h1e-4");
  EXPECT_EQ(b->kind(), "fd-central");
  EXPECT_EQ(b->settings()["step"]["absolute"], 1e-4);

  auto message = [](const char* text) {
    try {
      make_backend(Json::parse(text), "suites[0].backends[1]");
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message(R"({"kind": "fd-centrl"})").find("did you mean \"fd-central\""), std::string::npos);
  EXPECT_NE(message(R"({"kind": "fd-central", "stepp": 1})").find("suites[0].backends[1].stepp"),
            std::string::npos);
  EXPECT_NE(message(R"({"kind": "fd-central", "step": {"absolute": -1}})").find("step.absolute"),
            std::string::npos);
  EXPECT_NE(
      message(R"({"kind": "fd-central", "step": {"relative": 1e-6, "absolute": 1e-4}})").find("exactly one"),
      std::string::npos);
  EXPECT_NE(message(R"({"kind": "fd-backward", "step": "boost"})").find("backward"), std::string::npos);
  EXPECT_NE(message(R"("nope")").find("valid: analytic"), std::string::npos);
}

}  // namespace
}  // namespace gradlab
