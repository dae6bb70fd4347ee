// The problem model's general mechanisms: parameters and parameterized
// instances, the least-squares and finite-sum adapters, and kinks.
#include <gtest/gtest.h>

#include "backends/backend_registry.h"
#include "functions/ad_reference.h"
#include "functions/reference.h"
#include "suites/accuracy_suite.h"
#include "suites/selection.h"
#include "test_problems.h"

namespace gradlab::testing {
GRADLAB_REGISTER_PROBLEM(KinkedParabola);
}  // namespace gradlab::testing

namespace gradlab {
namespace {

std::string error_of(auto&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ProblemParameters, DefaultsGivenValuesAndTheNameSuffix) {
  const auto specs = testing::KinkedParabola::parameter_specs();
  const ProblemParameters defaults(specs);
  EXPECT_EQ(defaults["a"], 2);
  EXPECT_EQ(defaults.integer("k"), 3);
  EXPECT_EQ(defaults.name_suffix(), "");
  const ProblemParameters given(specs, {{"k", 7}, {"a", 1e-0 * 2.5}});
  EXPECT_EQ(given["a"], 2.5);
  EXPECT_EQ(given.name_suffix(), "(a=2.5,k=7)");  // spec order, not the order given
  EXPECT_EQ(ProblemParameters(specs, {{"a", 2}, {"k", 9}}).name_suffix(), "(k=9)");
  EXPECT_THROW(static_cast<void>(given["b"]), std::logic_error);
}

TEST(ProblemParameters, BadValuesNameTheKeyAndWhatIsAccepted) {
  const auto specs = testing::KinkedParabola::parameter_specs();
  EXPECT_EQ(error_of([&] {
              ProblemParameters(specs, {{"b", 1}});
            }),
            "unknown parameter 'b' (accepted: a, k)");
  EXPECT_EQ(error_of([&] {
              ProblemParameters(specs, {{"a", 1000}});
            }),
            "parameter 'a' = 1000 is not a number in [1, 100]");
  EXPECT_EQ(error_of([&] {
              ProblemParameters(specs, {{"k", 2.5}});
            }),
            "parameter 'k' = 2.5 is not an integer in [1, 9]");
  EXPECT_EQ(error_of([&] { ProblemParameters(specs, {{"a", 3}, {"a", 4}}); }), "parameter 'a' given twice");
}

TEST(ProblemParameters, NegativeZeroAndListedValues) {
  const std::vector<ParameterSpec> specs{
      {.name = "e", .default_value = 1, .min_value = -5, .max_value = 5, .description = "e"},
      {.name = "m",
       .default_value = 10,
       .min_value = 5,
       .max_value = 10,
       .integer = true,
       .description = "m",
       .allowed_values = {5, 7, 10}}};
  // -0 and 0 name one instance.
  EXPECT_EQ(ProblemParameters(specs, {{"e", -0.0}}).name_suffix(), "(e=0)");
  EXPECT_EQ(ProblemParameters(specs, {{"m", 7}}).name_suffix(), "(m=7)");
  EXPECT_EQ(error_of([&] {
              ProblemParameters(specs, {{"m", 6}});
            }),
            "parameter 'm' = 6 is not one of 5, 7, 10");
}

TEST(ProblemParameters, NamesParseIntoBaseAndAssignments) {
  const auto parsed = parse_problem_name("shekel( m = 7 , beta=1e-3)");
  EXPECT_EQ(parsed.base, "shekel");
  ASSERT_EQ(parsed.assignments.size(), 2u);
  EXPECT_EQ(parsed.assignments[0], (std::pair<std::string, double>{"m", 7}));
  EXPECT_EQ(parsed.assignments[1], (std::pair<std::string, double>{"beta", 1e-3}));
  EXPECT_TRUE(parse_problem_name("rosenbrock").assignments.empty());
  EXPECT_THROW(parse_problem_name("rosenbrock()"), std::invalid_argument);
  EXPECT_THROW(parse_problem_name("shekel(m=7,)"), std::invalid_argument);
  EXPECT_THROW(parse_problem_name("shekel(m=7"), std::invalid_argument);
  EXPECT_THROW(parse_problem_name("shekel(=7)"), std::invalid_argument);
  EXPECT_THROW(parse_problem_name("shekel(m=seven)"), std::invalid_argument);
  EXPECT_THROW(parse_problem_name("shekel(M=7)"), std::invalid_argument);
  EXPECT_EQ(format_parameter_value(1e8), "1e+08");
  EXPECT_EQ(format_parameter_value(20), "20");
}

TEST(ParameterizedProblems, TheRegistryMakesEachInstanceOnceWithItsValues) {
  auto& registry = ProblemRegistry::instance();
  const Problem* base = registry.find("test_kinked_parabola");
  ASSERT_NE(base, nullptr);
  const Problem* a5 = registry.find("test_kinked_parabola(a=5)");
  ASSERT_NE(a5, nullptr);
  EXPECT_EQ(a5->name(), "test_kinked_parabola(a=5)");
  EXPECT_EQ(a5, registry.find("test_kinked_parabola( a = 5 )"));    // one instance per canonical name
  EXPECT_EQ(base, registry.find("test_kinked_parabola(a=2,k=3)"));  // defaults spelled out
  const std::vector<double> x{0.5, 1.0};
  EXPECT_EQ(base->value(std::span<const double>(x)), 0.5 + 2);
  EXPECT_EQ(a5->value(std::span<const double>(x)), 0.5 + 5);
  EXPECT_EQ(a5->info().parameters["a"], 5);
  // Only the registered default instances are listed.
  const auto names = registry.names();
  EXPECT_EQ(std::count(names.begin(), names.end(), "test_kinked_parabola(a=5)"), 0);
  EXPECT_EQ(registry.find("no_such_problem(a=1)"), nullptr);
  EXPECT_EQ(registry.find("no_such_problem(a=1"), nullptr);  // unknown base: null, not a parse error

  EXPECT_EQ(error_of([&] { registry.find("test_kinked_parabola(z=1)"); }),
            "test_kinked_parabola: unknown parameter 'z' (accepted: a, k)");
  EXPECT_EQ(error_of([&] { registry.find("rosenbrock(a=1)"); }), "rosenbrock: takes no parameters");
}

TEST(ParameterizedProblems, ConfigSelectorsNameThePathAndTheProblem) {
  const auto one = select_problems(Json{"test_kinked_parabola(a=50)"}, "suites[0].problems");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]->name(), "test_kinked_parabola(a=50)");
  try {
    select_problems(Json{"sphere", "test_kinked_parabola(a=500)"}, "suites[0].problems");
    FAIL() << "expected a ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.where(), "suites[0].problems[1]");
    EXPECT_NE(std::string(e.what()).find("parameter 'a' = 500 is not a number in [1, 100]"),
              std::string::npos)
        << e.what();
  }
}

// The adapters' Hessians (analytic 2 (J^T J + sum r_i H(r_i)), or AD of the
// analytic gradient) both equal 50-digit AD of the value.
template <class P>
void expect_hessian_matches_ad(const std::vector<double>& xd) {
  const ProblemModel<P> p;
  const auto x = to_real50(xd);
  const std::size_t n = x.size();
  std::vector<Real50> h(n * n);
  p.hessian(std::span<const Real50>(x), MatrixRef<Real50>(h, n));
  const auto ad = ad_hessian_50(p, x);
  for (std::size_t k = 0; k < n * n; ++k) EXPECT_LT(Real50(abs(h[k] - ad[k])), Real50("1e-40")) << k;
}

TEST(LeastSquaresAdapter, AnalyticAndDerivedHessiansEqualAdAndSaySo) {
  expect_hessian_matches_ad<LeastSquares<testing::SquaresResiduals<true>>>({0.3, -1.2, 0.7});
  expect_hessian_matches_ad<LeastSquares<testing::SquaresResiduals<false>>>({0.3, -1.2, 0.7});
  EXPECT_EQ(ProblemModel<LeastSquares<testing::SquaresResiduals<true>>>().info().hessian.rfind("analytic", 0),
            0u);
  EXPECT_EQ(
      ProblemModel<LeastSquares<testing::SquaresResiduals<false>>>().info().hessian.rfind("forward-mode", 0),
      0u);
  EXPECT_TRUE(ProblemModel<LeastSquares<testing::SquaresResiduals<true>>>().info().has(Tag::kLeastSquares));
}

TEST(FiniteSumAdapter, ValueAndGradientAreTheMeansOfTheTerms) {
  const ProblemModel<FiniteSum<testing::ThreeTerms>> p;
  EXPECT_TRUE(p.info().has(Tag::kFiniteSum));
  ASSERT_EQ(p.sample_count(), 3);
  const std::vector<double> x{0.25, -0.75};
  double f = 0;
  std::vector<double> g(2, 0), gi(2);
  for (int i = 0; i < 3; ++i) {
    f += p.sample_value(i, std::span<const double>(x)) / 3;
    p.sample_gradient(i, std::span<const double>(x), std::span<double>(gi));
    for (int k = 0; k < 2; ++k) g[k] += gi[k] / 3;
  }
  EXPECT_NEAR(p.value(std::span<const double>(x)), f, 1e-15);
  std::vector<double> full(2);
  p.gradient(std::span<const double>(x), std::span<double>(full));
  EXPECT_NEAR(full[0], g[0], 1e-15);
  EXPECT_NEAR(full[1], g[1], 1e-15);
  expect_hessian_matches_ad<FiniteSum<testing::ThreeTerms>>({0.25, -0.75});
}

TEST(FiniteSumAdapter, OtherProblemsHaveNoTerms) {
  const Problem& sphere = *ProblemRegistry::instance().find("sphere");
  EXPECT_EQ(sphere.sample_count(), 0);
  const std::vector<double> x(sphere.default_n(), 1.0);
  EXPECT_THROW(sphere.sample_value(0, std::span<const double>(x)), std::logic_error);
}

// At a kink the reference is the problem's convention (sign(0) = 0 here):
// only backends that declare they follow it are checked there.
std::map<std::string, Record> kink_records(const Json& backends) {
  const Json section = {{"kind", "accuracy"},
                        {"problems", {"test_kinked_parabola"}},
                        {"backends", backends},
                        {"points", {{"x0", true}, {"minima", false}, {"random", 0}}}};
  const AccuracySuite suite(section, "suites[0]", RunSettings{1});
  std::map<std::string, Record> out;
  for (const auto& c : suite.cases()) out[c.backend->name()] = suite.run_case(c);
  return out;
}

TEST(Kinks, OnlyBackendsDeclaringTheConventionAreCheckedAtAKink) {
  const auto r = kink_records(
      Json{"analytic",
           "fd-central",
           {{"kind", "fd-central"}, {"name", "fd-central-declared"}, {"follows_kink_convention", true}},
           {{"kind", "fd-forward"}, {"name", "fd-forward-declared"}, {"follows_kink_convention", true}},
           {{"kind", "analytic"}, {"name", "analytic-undeclared"}, {"follows_kink_convention", false}}});
  EXPECT_EQ(r.at("analytic").verdict, Verdict::kPass);
  EXPECT_EQ(r.at("analytic").metrics.at("kink_convention"), "sign(0) = 0");
  EXPECT_EQ(r.at("fd-central").verdict, Verdict::kNotApplicable);
  EXPECT_NE(r.at("fd-central").message.find("does not declare it follows the convention sign(0) = 0"),
            std::string::npos);
  EXPECT_EQ(r.at("analytic-undeclared").verdict, Verdict::kNotApplicable);
  // (|h| - |-h|) / 2h = 0 is the convention; (|h| - 0) / h = 1 is not.
  EXPECT_EQ(r.at("fd-central-declared").verdict, Verdict::kPass);
  EXPECT_EQ(r.at("fd-forward-declared").verdict, Verdict::kFail);
}

TEST(Kinks, ABackendMayFollowOnlyTheConventionsItLists) {
  const auto r = kink_records(
      Json{{{"kind", "fd-central"}, {"name", "fd-sign"}, {"follows_kink_convention", {"sign(0) = 0"}}},
           {{"kind", "fd-central"}, {"name", "fd-relu"}, {"follows_kink_convention", {"relu'(0) = 0"}}}});
  EXPECT_EQ(r.at("fd-sign").verdict, Verdict::kPass);
  EXPECT_EQ(r.at("fd-relu").verdict, Verdict::kNotApplicable);
}

TEST(Kinks, TheDeclarationIsValidatedLikeAnyBackendKey) {
  for (const Json& bad : {Json("yes"), Json::array(), Json{1, 2}}) {
    try {
      make_backend(Json{{"kind", "fd-central"}, {"follows_kink_convention", bad}}, "backends[0]");
      FAIL() << bad.dump();
    } catch (const ConfigError& e) {
      EXPECT_EQ(e.where(), "backends[0].follows_kink_convention");
    }
  }
}

}  // namespace
}  // namespace gradlab
