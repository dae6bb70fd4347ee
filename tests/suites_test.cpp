// The convergence and timing suites on real catalog problems.
#include <gtest/gtest.h>

#include <cmath>

#include "suites/convergence_suite.h"
#include "suites/timing_suite.h"
#include "test_problems.h"

namespace gradlab::testing {
GRADLAB_REGISTER_PROBLEM(IllBehaved);
}  // namespace gradlab::testing

namespace gradlab {
namespace {

std::vector<Record> run_all(const Suite& suite) {
  std::vector<std::size_t> all(suite.case_names().size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<Record> out;
  for (auto& job : suite.jobs(all)) {
    for (auto& r : job.run()) out.push_back(std::move(r));
  }
  return out;
}

// A gradient pointing uphill: no optimizer may report convergence with it.
class UphillBackend final : public Backend {
 public:
  UphillBackend() : Backend("uphill") {}
  std::string_view kind() const override { return "uphill"; }
  BackendFamily family() const override { return BackendFamily::kAnalytic; }
  double default_tolerance() const override { return 1e-12; }

 protected:
  void compute(const Problem& p, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override {
    p.gradient(x, g);
    for (double& gi : g) gi = -gi;
    ++count.gradient;
  }
};

TEST(ConvergenceSuite, LbfgsSolvesRosenbrockAndRecordsTheRun) {
  const ConvergenceSuite suite(
      {{"kind", "convergence"}, {"problems", {"rosenbrock"}}, {"dimensions", {2}}, {"optimizers", {"lbfgs"}}},
      "suites[0]", RunSettings{1});
  const auto records = run_all(suite);
  ASSERT_EQ(records.size(), 1u);
  const Record& r = records[0];
  EXPECT_EQ(r.name, "convergence/rosenbrock/n:2/analytic/lbfgs/start:x0");
  ASSERT_EQ(r.verdict, Verdict::kPass) << r.message;
  const Json& m = r.metrics;
  EXPECT_EQ(m["optimizer"], "lbfgs");
  EXPECT_EQ(m["status"], "converged-ftol");
  EXPECT_LE(m["f_minus_fstar"].get<double>(), 1e-8);
  EXPECT_LT(m["distance_to_minimizer"].get<double>(), 1e-3);
  EXPECT_GT(m["iterations"].get<int>(), 10);
  // The trace starts at x0 = (-1.2, 1), where f = 24.2, and ends at the result.
  const Json& trace = m["trace"];
  ASSERT_EQ(trace.size(), m["iterations"].get<std::size_t>() + 1);
  EXPECT_EQ(trace[0][0], 0);
  EXPECT_DOUBLE_EQ(trace[0][1].get<double>(), 24.2);
  EXPECT_DOUBLE_EQ(trace.back()[1].get<double>(), m["final_f"].get<double>());
}

TEST(ConvergenceSuite, AnUphillGradientNeverConverges) {
  const ConvergenceSuite suite({{"kind", "convergence"},
                                {"problems", {"rosenbrock", "sphere"}},
                                {"dimensions", {4}},
                                {"optimizers", {"lbfgs", "gd-armijo"}}},
                               "suites[0]", RunSettings{1});
  const UphillBackend uphill;
  ASSERT_EQ(suite.cases().size(), 4u);
  for (ConvergenceCase c : suite.cases()) {
    c.backend = &uphill;
    const Record r = suite.run_case(c);
    EXPECT_EQ(r.verdict, Verdict::kFail) << r.problem << " " << r.metrics["optimizer"];
    EXPECT_EQ(r.metrics["status"], "line-search-failure");
    EXPECT_EQ(r.metrics["iterations"], 0);
  }
}

TEST(ConvergenceSuite, RandomStartsAreSeededAndLabelled) {
  const Json section = {{"kind", "convergence"},
                        {"problems", {"beale"}},
                        {"optimizers", {"lbfgs"}},
                        {"starts", {{"x0", false}, {"random", 2}}}};
  const ConvergenceSuite a(section, "suites[0]", RunSettings{5});
  const ConvergenceSuite b(section, "suites[0]", RunSettings{6});
  const auto ra = run_all(a), rb = run_all(b);
  ASSERT_EQ(ra.size(), 2u);
  EXPECT_EQ(ra[1].name, "convergence/beale/n:2/analytic/lbfgs/start:1");
  EXPECT_NE(ra[0].metrics["trace"][0][1], rb[0].metrics["trace"][0][1]) << "another seed, another start";
  EXPECT_EQ(identity_json(ra[0]), identity_json(run_all(a)[0])) << "same seed, same record";
}

TEST(TimingSuite, MeasuresValueGradientRatioAndComplexity) {
  const TimingSuite suite({{"kind", "timing"},
                           {"problems", {"sphere", "test_ill_behaved"}},
                           {"backends", {"analytic", "complex-step"}},
                           {"dimensions", {8, 64, 512}},
                           {"min_time", 0.001}},
                          "suites[0]", RunSettings{});
  const auto records = run_all(suite);
  int sized = 0, fits = 0;
  for (const Record& r : records) {
    if (r.problem == "test_ill_behaved") {
      // Its value is NaN at x0 and it is not complex-safe.
      EXPECT_NE(r.verdict, Verdict::kPass) << r.name;
      if (r.backend == "complex-step") {
        EXPECT_EQ(r.verdict, Verdict::kNotApplicable) << r.name;
      }
      continue;
    }
    ASSERT_EQ(r.verdict, Verdict::kPass) << r.name << ": " << r.message;
    if (r.n > 0) {
      ++sized;
      const double value = r.metrics["value_ns"], gradient = r.metrics["gradient_ns"];
      EXPECT_GT(value, 0);
      EXPECT_GT(gradient, 0);
      EXPECT_DOUBLE_EQ(r.metrics["ratio"].get<double>(), gradient / value);
      EXPECT_EQ(r.metrics["evaluations_per_gradient"], r.backend == "analytic" ? 1 : r.n);
    } else {
      ++fits;
      EXPECT_EQ(r.name, "timing/sphere/" + r.backend + "/complexity");
      EXPECT_FALSE(r.metrics["big_o"].get<std::string>().empty());
      EXPECT_GT(r.metrics["coefficient_ns"].get<double>(), 0);
    }
  }
  EXPECT_EQ(sized, 6);
  EXPECT_EQ(fits, 2);
}

}  // namespace
}  // namespace gradlab

namespace gradlab {
namespace {

TEST(LogRelativeError, IsTheWorstParameterCappedAtTheKnownDigits) {
  const Minimum m{{100.0, 0.5}, 0.0, 11};
  EXPECT_DOUBLE_EQ(log_relative_error(std::vector<double>{100.0, 0.5}, m), 11.0);
  EXPECT_NEAR(log_relative_error(std::vector<double>{100.01, 0.5}, m), 4.0, 1e-9);
  EXPECT_NEAR(log_relative_error(std::vector<double>{100.0, 0.5 + 5e-7}, m), 6.0, 1e-9);
  EXPECT_DOUBLE_EQ(log_relative_error(std::vector<double>{-100.0, 0.5}, m), 0.0);
  const Minimum at_zero{{0.0}, 0.0, 17};
  EXPECT_NEAR(log_relative_error(std::vector<double>{1e-9}, at_zero), 9.0, 1e-9);
}

TEST(ConvergenceSuite, NamedStartsAreLabelledByName) {
  const ConvergenceSuite suite({{"kind", "convergence"},
                                {"problems", {"nist_misra1a"}},
                                {"optimizers", {"lbfgs"}},
                                {"starts", {{"x0", false}, {"named", true}}}},
                               "suites[0]", RunSettings{1});
  ASSERT_EQ(suite.case_names().size(), 2u);
  EXPECT_EQ(suite.case_names()[0], "convergence/nist_misra1a/n:2/analytic/lbfgs/start:start1");
  EXPECT_EQ(suite.case_names()[1], "convergence/nist_misra1a/n:2/analytic/lbfgs/start:start2");
  const auto records = run_all(suite);
  for (const Record& r : records) {
    EXPECT_EQ(r.verdict, Verdict::kPass) << r.name << ": " << r.message;
    EXPECT_GE(r.metrics["lre"].get<double>(), 4.0) << r.name;
  }
  // NIST's start 1 for Misra1a is (500, 1e-4).
  EXPECT_DOUBLE_EQ(records[0].metrics["trace"][0][1].get<double>(),
                   ProblemRegistry::instance().find("nist_misra1a")->value(std::vector<double>{500, 1e-4}));
}

}  // namespace
}  // namespace gradlab
