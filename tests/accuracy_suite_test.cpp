// The accuracy suite must flag planted bugs in a gradient under test and pass
// the correct one; the catalog's AD oracle must flag the same bugs in a
// problem's own gradient.
#include <gtest/gtest.h>

#include "backends/backend_registry.h"
#include "core/config_error.h"
#include "functions/ad_reference.h"
#include "functions/reference.h"
#include "suites/accuracy_suite.h"
#include "test_problems.h"

namespace gradlab::testing {
GRADLAB_REGISTER_PROBLEM(PlantedBug<Bug::kNone>);
}  // namespace gradlab::testing

namespace gradlab {
namespace {

using testing::Bug;
using testing::PlantedBug;

// A user's hand-written gradient of test_quartic, as a backend.
class HandWrittenQuartic final : public Backend {
 public:
  explicit HandWrittenQuartic(Bug bug, std::string name = "hand-written")
      : Backend(std::move(name)), bug_(bug) {}
  std::string_view kind() const override { return "hand-written"; }
  BackendFamily family() const override { return BackendFamily::kAnalytic; }
  double default_tolerance() const override { return 1e-12; }

 protected:
  void compute(const Problem&, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override {
    testing::quartic_gradient<double>(x, g, bug_);
    ++count.gradient;
  }

 private:
  Bug bug_;
};

std::vector<Record> run_with(const Backend& backend, const Json& extra = Json::object()) {
  Json section = {{"kind", "accuracy"},
                  {"problems", {"test_quartic"}},
                  {"backends", {"analytic"}},
                  {"points", {{"x0", true}, {"minima", false}, {"random", 8}}}};
  section.update(extra);
  const AccuracySuite suite(section, "suites[0]", RunSettings{123});
  std::vector<Record> out;
  for (AccuracyCase c : suite.cases()) {
    c.backend = &backend;
    out.push_back(suite.run_case(c));
  }
  return out;
}

TEST(PlantedBugs, TheCorrectGradientPassesEverywhere) {
  const auto records = run_with(HandWrittenQuartic(Bug::kNone));
  ASSERT_EQ(records.size(), 9u);
  for (const auto& r : records) {
    EXPECT_EQ(r.verdict, Verdict::kPass) << r.point << ": " << r.message;
    EXPECT_GE(r.metrics["digits"].get<double>(), 14.0) << r.point;
  }
}

TEST(PlantedBugs, AFlippedSignIsFlaggedAtTheFlippedComponent) {
  for (const auto& r : run_with(HandWrittenQuartic(Bug::kSignFlip))) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_EQ(r.metrics["worst_index"], 1) << r.point;
    EXPECT_DOUBLE_EQ(r.metrics["worst_value"].get<double>(), -r.metrics["worst_reference"].get<double>());
    EXPECT_NE(r.message.find("gradient[1]"), std::string::npos) << r.message;
  }
}

TEST(PlantedBugs, AOnePpmScaleErrorIsFlaggedWithItsSize) {
  for (const auto& r : run_with(HandWrittenQuartic(Bug::kScale1e6))) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    // Every component is off by 1e-6 of itself; the largest, judged against
    // the floor S >= |r_i|, shows 1e-6 |r_i| / S.
    const double r_worst = std::abs(r.metrics["worst_reference"].get<double>());
    const double expected = 1e-6 * r_worst / std::max(r_worst, r.metrics["floor"].get<double>());
    EXPECT_NEAR(r.metrics["max_rel_error"].get<double>(), expected, 1e-6 * expected) << r.point;
    EXPECT_GT(r.metrics["max_rel_error"].get<double>(), 1e-8) << r.point;
    EXPECT_GT(r.metrics["cosine"].get<double>(), 1 - 1e-15)
        << "the direction is right; only the scale is off";
  }
}

TEST(PlantedBugs, ADroppedTermIsFlagged) {
  for (const auto& r : run_with(HandWrittenQuartic(Bug::kDroppedTerm))) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_EQ(r.metrics["worst_index"], 2) << r.point;
  }
}

TEST(PlantedBugs, ALooseToleranceFromTheConfigLetsTheScaleErrorPass) {
  // Tolerances are looked up by backend instance name.
  const HandWrittenQuartic scaled_as_analytic(Bug::kScale1e6, "analytic");
  for (const auto& r : run_with(scaled_as_analytic, {{"tolerances", {{"analytic", 1e-5}}}})) {
    EXPECT_DOUBLE_EQ(*r.tolerance, 1e-5);
    EXPECT_EQ(r.verdict, Verdict::kPass) << r.point;
  }
  const HandWrittenQuartic scaled(Bug::kScale1e6);
  // The tolerance is looked up by instance name; ours is "hand-written".
  for (const auto& r : run_with(scaled)) EXPECT_DOUBLE_EQ(*r.tolerance, 1e-12);
}

// A wrong hand-derived gradient in a catalog problem itself would poison the
// reference; the catalog self-check's oracle (50-digit AD of the value) is
// what catches it, for each kind of planted bug.
template <Bug B>
Real50 oracle_gap() {
  const ProblemModel<PlantedBug<B>> p;
  Real50 worst = 0;
  for (const auto& xd : {std::vector<double>{0.5, -1.5, 2.0}, std::vector<double>{-0.3, 0.7, 1.1}}) {
    const auto x = to_real50(xd);
    std::vector<Real50> g(3);
    p.gradient(std::span<const Real50>(x), std::span<Real50>(g));
    const auto ad = ad_gradient_50(p, x);
    for (int i = 0; i < 3; ++i) worst = std::max(worst, Real50(abs(g[i] - ad[i])));
  }
  return worst;
}

TEST(CatalogOracle, CatchesEachPlantedBugInAProblemsOwnGradient) {
  EXPECT_LT(oracle_gap<Bug::kNone>(), Real50("1e-45"));
  EXPECT_GT(oracle_gap<Bug::kSignFlip>(), Real50("1e-3"));
  EXPECT_GT(oracle_gap<Bug::kScale1e6>(), Real50("1e-7"));
  EXPECT_GT(oracle_gap<Bug::kDroppedTerm>(), Real50("1e-3"));
}

// Directional checks: the gradient projected onto seeded +-1 directions (and
// a backend's own JVP) must pass when right, and when wrong the full
// comparison must name the component at fault.
TEST(DirectionalChecks, TheCorrectGradientPassesAlongEveryDirection) {
  for (const char* mode : {"projection", "jvp"}) {
    for (const auto& r :
         run_with(HandWrittenQuartic(Bug::kNone), {{"derivative", mode}, {"directions", 6}})) {
      EXPECT_EQ(r.verdict, Verdict::kPass) << mode << " " << r.point << ": " << r.message;
      EXPECT_GE(r.metrics["digits"].get<double>(), 14.0) << r.point;
      EXPECT_EQ(r.metrics["directions"], 6);
      EXPECT_EQ(r.metrics["derivative"], mode);
    }
  }
}

TEST(DirectionalChecks, AFlippedSignFailsAndTheFullCheckNamesTheComponent) {
  for (const auto& r : run_with(HandWrittenQuartic(Bug::kSignFlip), {{"derivative", "projection"}})) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_EQ(r.metrics["full_check"]["worst_index"], 1) << r.point;
    EXPECT_NE(r.message.find("full gradient: worst component gradient[1]"), std::string::npos) << r.message;
  }
  // Above full_check_max_n the suite says it did not look.
  for (const auto& r :
       run_with(HandWrittenQuartic(Bug::kSignFlip), {{"derivative", "jvp"}, {"full_check_max_n", 2}})) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_FALSE(r.metrics.contains("full_check"));
    EXPECT_NE(r.message.find("n = 3 > full_check_max_n = 2"), std::string::npos) << r.message;
  }
}

TEST(DirectionalChecks, AOnePpmScaleErrorIsSeenAlongRandomDirections) {
  for (const auto& r : run_with(HandWrittenQuartic(Bug::kScale1e6), {{"derivative", "projection"}})) {
    EXPECT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_GT(r.metrics["max_rel_error"].get<double>(), 1e-8) << r.point;
  }
}

// Every component off by `fraction` of the tolerance the gradient check
// allows it, all in the same direction: the worst a passing gradient can be.
class OffByAFractionOfTheTolerance final : public Backend {
 public:
  explicit OffByAFractionOfTheTolerance(double fraction)
      : Backend("off-by-a-fraction"), fraction_(fraction) {}
  std::string_view kind() const override { return "off-by-a-fraction"; }
  BackendFamily family() const override { return BackendFamily::kAnalytic; }
  double default_tolerance() const override { return 1e-8; }

 protected:
  void compute(const Problem& p, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override {
    const auto r = reference_gradient(p, x);
    const double s = gradient_scale(p, r);
    for (std::size_t i = 0; i < g.size(); ++i) g[i] = r[i] + fraction_ * 1e-8 * std::max(std::abs(r[i]), s);
    ++count.gradient;
  }

 private:
  double fraction_;
};

// A gradient that passes component by component passes along every
// direction, at a stationary point of large n too, where the n floor-sized
// errors add up along v; just past the tolerance it fails both ways there.
TEST(DirectionalChecks, AGradientPassingComponentWisePassesAlongEveryDirection) {
  auto run = [](double fraction, const char* derivative) {
    Json section = {{"kind", "accuracy"},       {"problems", {"sphere"}},
                    {"dimensions", {1000}},     {"backends", {"analytic"}},
                    {"derivative", derivative}, {"points", {{"x0", true}, {"minima", 1}, {"random", 2}}}};
    if (std::string(derivative) != "gradient") section["directions"] = 8;
    const AccuracySuite suite(section, "suites[0]", RunSettings{7});
    const OffByAFractionOfTheTolerance backend(fraction);
    std::vector<Record> out;
    for (AccuracyCase c : suite.cases()) {
      c.backend = &backend;
      out.push_back(suite.run_case(c));
    }
    return out;
  };
  for (const char* derivative : {"gradient", "projection", "jvp"}) {
    const auto passing = run(0.99, derivative);
    ASSERT_EQ(passing.size(), 4u);
    for (const auto& r : passing) {
      EXPECT_EQ(r.verdict, Verdict::kPass) << derivative << " " << r.point << ": " << r.message;
    }
  }
  // The margin is tight: 1.01 of the tolerance fails the component-wise
  // check everywhere. (Along random +-1 directions those same-sign errors
  // mostly cancel at the minimizer, which is why a directional pass proves
  // less than a full one.)
  for (const auto& r : run(1.01, "gradient")) EXPECT_EQ(r.verdict, Verdict::kFail) << r.point;
}

// The analytic Hessian with one entry off, as a backend.
class WrongHessian final : public Backend {
 public:
  WrongHessian() : Backend("wrong-hessian") {}
  std::string_view kind() const override { return "wrong-hessian"; }
  BackendFamily family() const override { return BackendFamily::kAnalytic; }
  double default_tolerance() const override { return 1e-12; }
  bool provides_hessian() const override { return true; }

 protected:
  void compute(const Problem& p, std::span<const double> x, std::span<double> g, EvalCount&,
               GradientExtras&) const override {
    p.gradient(x, g);
  }
  void compute_hessian(const Problem& p, std::span<const double> x, MatrixRef<double> h,
                       EvalCount&) const override {
    p.hessian(x, h);
    h(2, 1) *= 1 + 1e-6;
  }
};

TEST(HessianChecks, CorrectHessiansPassAndAWrongEntryIsNamed) {
  for (const char* kind : {"analytic", "fd-central"}) {
    const auto b = make_backend(Json(kind), "backends[0]");
    for (const auto& r : run_with(*b, {{"derivative", "hessian"}})) {
      EXPECT_EQ(r.verdict, Verdict::kPass) << kind << " " << r.point << ": " << r.message;
      EXPECT_EQ(r.metrics["derivative"], "hessian");
    }
  }
  for (const auto& r : run_with(WrongHessian(), {{"derivative", "hessian"}})) {
    ASSERT_EQ(r.verdict, Verdict::kFail) << r.point;
    EXPECT_EQ(r.metrics["worst_row"], 2);
    EXPECT_EQ(r.metrics["worst_column"], 1);
    EXPECT_NE(r.message.find("hessian(2,1)"), std::string::npos) << r.message;
  }
  const auto none = make_backend(Json("complex-step"), "backends[0]");
  for (const auto& r : run_with(*none, {{"derivative", "hessian"}})) {
    EXPECT_EQ(r.verdict, Verdict::kNotApplicable);
    EXPECT_NE(r.message.find("computes no Hessians"), std::string::npos);
  }
}

TEST(DerivativeChecks, UnknownModesAndBadCountsAreConfigErrors) {
  const Json base = {{"kind", "accuracy"}, {"problems", {"test_quartic"}}};
  auto error = [&](const Json& extra) {
    Json section = base;
    section.update(extra);
    try {
      AccuracySuite(section, "suites[0]", RunSettings{1});
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(error({{"derivative", "hessain"}}).find("suites[0].derivative"), std::string::npos);
  EXPECT_NE(error({{"derivative", "hessain"}}).find("\"hessian\""), std::string::npos);
  EXPECT_NE(error({{"derivative", "jvp"}, {"directions", 0}}).find("suites[0].directions"),
            std::string::npos);
  // Direction settings only mean something for directional checks.
  EXPECT_NE(error({{"directions", 3}}).find("suites[0].directions"), std::string::npos);
}

TEST(AccuracySuite, RecordsDoNotDependOnWhichOtherCasesRan) {
  const Json both = {{"kind", "accuracy"},
                     {"problems", {"test_quartic", "rosenbrock"}},
                     {"backends", {"analytic", "fd-central"}},
                     {"points", {{"random", 3}}}};
  const Json one = {{"kind", "accuracy"},
                    {"problems", {"rosenbrock"}},
                    {"backends", {"fd-central"}},
                    {"points", {{"random", 3}}}};
  auto records = [](const Json& section) {
    const AccuracySuite suite(section, "suites[0]", RunSettings{99});
    std::map<std::string, Json> out;
    for (std::size_t i = 0; i < suite.cases().size(); ++i) {
      Record r = suite.run_case(suite.cases()[i]);
      r.name = suite.case_names()[i];
      out[r.name] = identity_json(r);
    }
    return out;
  };
  const auto all = records(both);
  const auto subset = records(one);
  ASSERT_EQ(subset.size(), 5u);  // x0, the minimizer, three random points
  for (const auto& [name, rec] : subset) {
    ASSERT_TRUE(all.count(name)) << name;
    EXPECT_EQ(all.at(name), rec) << name;
  }
  EXPECT_TRUE(all.count("accuracy/rosenbrock/n:10/fd-central/point:2"));
}

}  // namespace
}  // namespace gradlab

namespace gradlab {
namespace {

TEST(Selection, DimensionsAProblemDoesNotAllowAreRoundedUpNotDropped) {
  const Problem& powell = *ProblemRegistry::instance().find("powell");
  EXPECT_EQ(dimensions_for(powell, {10}), (std::vector<int>{12}));
  EXPECT_EQ(dimensions_for(powell, {2, 4, 5}), (std::vector<int>{4, 8}));
  EXPECT_EQ(dimensions_for(powell, {}), (std::vector<int>{powell.default_n()}));
  const Problem& beale = *ProblemRegistry::instance().find("beale");
  EXPECT_EQ(dimensions_for(beale, {10, 100}), (std::vector<int>{2}));
}

TEST(Selection, ExclusionsRemoveWhatTheyMatchWhereverTheyStand) {
  const auto names = [](const Json& sel) {
    std::vector<std::string> out;
    for (const Problem* p : select_problems(sel, "problems")) out.push_back(p->name());
    return out;
  };
  const auto all = names({"*"});
  const auto some = names({"!tag:multimodal", "*", "!beale"});
  EXPECT_EQ(std::count(some.begin(), some.end(), "beale"), 0);
  EXPECT_EQ(std::count(some.begin(), some.end(), "rastrigin"), 0);
  EXPECT_EQ(std::count(some.begin(), some.end(), "rosenbrock"), 1);
  EXPECT_LT(some.size(), all.size());
  EXPECT_THROW(names({"sphere", "!sphere"}), ConfigError);
}

}  // namespace
}  // namespace gradlab
