#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <sstream>
#include <thread>

#include "backends/adolc_reverse.h"
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
      {"fd-forward", 6},    {"fd-backward", 6},  {"fd-central", 10},  {"fd-4", 20},
      {"fd-6", 30},         {"fd-8", 40},        {"complex-step", 5}, {"boost-fvar", 5},
      {"eigen-forward", 1}, {"adolc-reverse", 1}};  // adolc-reverse: one sweep of its tape
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
  for (const char* kind :
       {"analytic", "fd-central", "fd-forward", "boost-fvar", "eigen-forward", "adolc-reverse"}) {
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

// ---- Automatic differentiation: eigen-forward, adolc-reverse, and the
// Hessians and directional derivatives of the AD backends.

// AD has no truncation error: on every catalog problem its derivatives must
// match the 50-digit reference to the roundoff of evaluating them in double,
// the AD backends' default tolerance (docs/accuracy.md). A wrong branch on a
// reused tape, or a dropped derivative, is off by far more.
constexpr double kAdTolerance = 1e-12;
constexpr std::uint64_t kAdSeed = 7;

std::vector<const Problem*> catalog() {
  std::vector<const Problem*> out;
  for (const Problem* p : ProblemRegistry::instance().all()) {
    if (p->info().family != "test") out.push_back(p);
  }
  return out;
}

std::string point_text(std::span<const double> x) {
  std::ostringstream os;
  os.precision(17);
  for (std::size_t i = 0; i < x.size() && i < 12; ++i) os << (i ? ", " : "(") << x[i];
  os << (x.size() > 12 ? ", ...)" : ")");
  return os.str();
}

// max |g_i - r_i| / max(|r_i|, S) with S the gradient's scale (docs/accuracy.md).
::testing::AssertionResult gradient_matches_reference(const Problem& p, std::span<const double> x,
                                                      std::span<const double> g, double tolerance) {
  const auto r = reference_gradient(p, x);
  const auto e = compare_gradients(g, r, gradient_scale(p, r));
  if (e.max_rel_error <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << p.name() << " at " << point_text(x) << ": component " << e.worst_index << " = " << e.worst_value
         << " vs " << e.worst_reference << " (error " << e.max_rel_error << " > " << tolerance << ")";
}

// Hessian entries judged as the accuracy suite judges them: against the
// larger of |R_ij| and the Hessian's scale.
::testing::AssertionResult hessian_matches_reference(const Problem& p, std::span<const double> x,
                                                     std::span<const double> h, double tolerance) {
  const int n = static_cast<int>(x.size());
  const auto r = reference_hessian(p, x);
  const GradientError e = compare_gradients(h, r, hessian_scale(p, n, r));
  if (e.max_rel_error <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << p.name() << " at " << point_text(x) << ": H(" << e.worst_index / n << ", " << e.worst_index % n
         << ") = " << e.worst_value << " vs " << e.worst_reference << " (error " << e.max_rel_error << " > "
         << tolerance << ")";
}

TEST(EigenForward, OnePassMatchesTheReferenceOnTheCatalog) {
  const auto b = backend("eigen-forward");
  for (const Problem* p : catalog()) {
    const int n = p->default_n();
    for (int k = 0; k < 3; ++k) {
      const auto x = random_point(*p, n, kAdSeed, k);
      if (p->nondifferentiable_at(x)) continue;
      std::vector<double> g(n);
      EvalCount count;
      const Status s = b->gradient(*p, x, g, count);
      ASSERT_TRUE(s.is_ok()) << p->name() << ": " << s.message;
      EXPECT_EQ(count.value, 1) << p->name();
      EXPECT_TRUE(gradient_matches_reference(*p, x, g, kAdTolerance));
    }
  }
}

// adolc-reverse records the tape at the first point and sweeps it at the
// others. A problem whose value branches on value_of(x) without declaring
// kControlFlowDependsOnX would get, elsewhere, the derivative of the branch
// taken at the taping point, and fail here; a declaring one is re-taped at
// every point. Neither needs a new tape for any other reason on this catalog.
TEST(AdolcReverse, ReusedTapesMatchTheReferenceOnTheCatalog) {
  constexpr int kPoints = 4;
  for (const Problem* p : catalog()) {
    AdolcReverseBackend b("adolc-reverse");
    const int n = p->default_n();
    int evaluated = 0;
    for (int k = 0; k < kPoints; ++k) {
      const auto x = random_point(*p, n, kAdSeed, k);
      if (p->nondifferentiable_at(x)) continue;
      std::vector<double> g(n);
      EvalCount count;
      const Status s = b.gradient(*p, x, g, count);
      ASSERT_TRUE(s.is_ok()) << p->name() << ": " << s.message;
      EXPECT_TRUE(gradient_matches_reference(*p, x, g, kAdTolerance))
          << (k ? "on a reused tape" : "taped here");
      ++evaluated;
    }
    const bool declares = p->info().control_flow_depends_on_x;
    EXPECT_EQ(b.tapes_recorded(), declares ? evaluated : 1)
        << p->name() << (declares ? " declares control flow depending on x" : " does not declare it");
  }
  EXPECT_LE(AdolcReverseBackend::tapes_in_memory(), AdolcReverseBackend::kMaxTapes);
}

TEST(AdolcReverse, ReusesTheTapeOfASmoothProblemAndRetapesADeclaringOne) {
  const Problem& smooth = *ProblemRegistry::instance().find("rosenbrock");
  const Problem& kinked = *ProblemRegistry::instance().find("relu_sum");
  ASSERT_FALSE(smooth.info().control_flow_depends_on_x);
  ASSERT_TRUE(kinked.info().control_flow_depends_on_x);
  AdolcReverseBackend b("adolc-reverse");
  std::vector<double> g(4);
  for (int k = 0; k < 3; ++k) {
    EvalCount count;
    ASSERT_TRUE(b.gradient(smooth, random_point(smooth, 4, kAdSeed, k), g, count).is_ok());
    // One sweep, whether or not this call recorded the tape: a record must
    // not depend on which cases ran before it.
    EXPECT_EQ(count.value, 1) << "point " << k;
  }
  EXPECT_EQ(b.tapes_recorded(), 1) << "recorded once, then only swept";
  // Another dimension is another tape.
  std::vector<double> g6(6);
  EvalCount count;
  ASSERT_TRUE(b.gradient(smooth, random_point(smooth, 6, kAdSeed, 0), g6, count).is_ok());
  EXPECT_EQ(b.tapes_recorded(), 2);
  const int n = kinked.default_n();
  std::vector<double> gk(n);
  for (int k = 0; k < 3; ++k) {
    EvalCount kinked_count;
    ASSERT_TRUE(b.gradient(kinked, random_point(kinked, n, kAdSeed, k), gk, kinked_count).is_ok());
    EXPECT_EQ(kinked_count.value, 2) << "recorded and swept at every point";
  }
  EXPECT_EQ(b.tapes_recorded(), 5);
}

// A tape records the comparisons the value makes on adoubles (here the
// operator< of std::max); at a point where one comes out differently the
// driver returns a negative code, and the backend records a new tape there
// rather than return the other branch's derivative.
struct MaxOfTwoCoordinates {
  static constexpr bool kComplexSafe = false;
  ProblemInfo info() const {
    return {.name = "test_max_of_two",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth}};
  }
  std::vector<double> x0(int) const { return {1.0, 2.0}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  template <class T>
  T value(std::span<const T> x) const {
    return std::max(T(x[0] * x[0]), T(x[1] * x[1]));
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const bool first = value_of(x[0] * x[0]) >= value_of(x[1] * x[1]);
    g[0] = first ? T(2) * x[0] : T(0);
    g[1] = first ? T(0) : T(2) * x[1];
  }
  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    h.fill(T(0));
  }
};

TEST(AdolcReverse, RetapesWhereARecordedComparisonChanges) {
  const ProblemModel<MaxOfTwoCoordinates> p;
  ASSERT_FALSE(p.info().control_flow_depends_on_x);
  AdolcReverseBackend b("adolc-reverse");
  std::vector<double> g(2);
  EvalCount count;
  ASSERT_TRUE(b.gradient(p, std::vector<double>{1.0, 2.0}, g, count).is_ok());
  EXPECT_EQ(g, (std::vector<double>{0.0, 4.0}));
  // Here x0^2 > x1^2: the recorded comparison flips, so the tape is recorded again.
  ASSERT_TRUE(b.gradient(p, std::vector<double>{0.5, 0.25}, g, count).is_ok());
  EXPECT_EQ(g, (std::vector<double>{1.0, 0.0}));
  EXPECT_EQ(b.tapes_recorded(), 2);
  ASSERT_TRUE(b.gradient(p, std::vector<double>{0.75, 0.5}, g, count).is_ok());  // the same branch: reused
  EXPECT_EQ(g, (std::vector<double>{1.5, 0.0}));
  EXPECT_EQ(b.tapes_recorded(), 2);
}

TEST(AutodiffBackends, HessiansMatchTheReferenceOnTheCatalog) {
  for (const char* kind : {"adolc-reverse", "boost-fvar"}) {
    const auto b = backend(kind);
    ASSERT_TRUE(b->provides_hessian()) << kind;
    for (const Problem* p : catalog()) {
      const int n = p->default_n();
      for (int k = 0; k < 2; ++k) {
        const auto x = random_point(*p, n, kAdSeed, k);
        if (p->nondifferentiable_at(x)) continue;
        std::vector<double> h(static_cast<std::size_t>(n) * n);
        EvalCount count;
        const Status s = b->hessian(*p, x, MatrixRef<double>(h, n), count);
        ASSERT_TRUE(s.is_ok()) << kind << " on " << p->name() << ": " << s.message;
        EXPECT_TRUE(hessian_matches_reference(*p, x, h, kAdTolerance)) << kind;
      }
    }
  }
}

TEST(AutodiffBackends, HessianIsAConfigChoiceForBoostFvar) {
  const auto without = backend("boost-fvar", {{"hessian", false}});
  EXPECT_FALSE(without->provides_hessian());
  EXPECT_EQ(without->settings()["hessian"], false);
  std::vector<double> h(4);
  EvalCount count;
  EXPECT_EQ(without->hessian(kExpChain, std::vector<double>{0.1, 0.2}, MatrixRef<double>(h, 2), count).code,
            StatusCode::kNotApplicable);
  EXPECT_FALSE(backend("eigen-forward")->provides_hessian());
  try {
    make_backend(Json::parse(R"({"kind": "boost-fvar", "hessian": "yes"})"), "suites[0].backends[3]");
    ADD_FAILURE() << "a non-boolean \"hessian\" was accepted";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("suites[0].backends[3].hessian"), std::string::npos) << e.what();
  }
}

// One forward pass seeded with v gives grad f . v; it must match the
// 50-digit reference gradient dotted with v, to roundoff relative to
// sum |r_i v_i| (or the gradient's scale times max |v_i|, when that sum is
// small).
TEST(AutodiffBackends, NativeDirectionalDerivativesMatchTheReferenceOnTheCatalog) {
  for (const char* kind : {"eigen-forward", "adolc-reverse", "boost-fvar"}) {
    const auto b = backend(kind);
    ASSERT_TRUE(b->has_native_directional()) << kind;
    for (const Problem* p : catalog()) {
      const int n = p->default_n();
      for (int k = 0; k < 2; ++k) {
        const auto x = random_point(*p, n, kAdSeed, k);
        if (p->nondifferentiable_at(x)) continue;
        const KeyedRandom rng = KeyedRandom(kAdSeed).child("direction").child(p->name()).child(k);
        std::vector<double> v(n);
        for (int i = 0; i < n; ++i) v[i] = rng.uniform(i, -1, 1);
        double d = 0;
        EvalCount count;
        const Status s = b->directional_derivative(*p, x, v, d, count);
        ASSERT_TRUE(s.is_ok()) << kind << " on " << p->name() << ": " << s.message;
        if (std::string(kind) != "adolc-reverse") {
          EXPECT_EQ(count.value, 1) << kind;
        }

        const auto x50 = to_real50(x);
        std::vector<Real50> r50(n);
        p->gradient(std::span<const Real50>(x50), std::span<Real50>(r50));
        Real50 exact = 0;
        double magnitude = 0, v_max = 0;
        for (int i = 0; i < n; ++i) {
          exact += r50[i] * Real50(v[i]);
          magnitude += std::abs(static_cast<double>(r50[i]) * v[i]);
          v_max = std::max(v_max, std::abs(v[i]));
        }
        const auto r = reference_gradient(*p, x);
        const double scale = std::max(magnitude, gradient_scale(*p, r) * v_max);
        EXPECT_LE(std::abs(d - static_cast<double>(exact)), kAdTolerance * scale)
            << kind << " on " << p->name() << " at " << point_text(x) << ": " << d << " vs "
            << static_cast<double>(exact);
      }
    }
  }
}

bool has_adolc_files(const std::filesystem::path& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("ADOLC-", 0) == 0) return true;
  }
  return false;
}

// Rosenbrock at n = 10000: both new backends agree with the reference, and
// ADOL-C's tape (1e5 operations) stays in memory: no file anywhere.
TEST(AutodiffBackends, RosenbrockAtTenThousandDimensions) {
  const Problem& p = *ProblemRegistry::instance().find("rosenbrock");
  constexpr int n = 10000;
  AdolcReverseBackend adolc("adolc-reverse");
  const auto eigen = backend("eigen-forward");
  std::vector<double> g(n);
  for (int k = 0; k < 2; ++k) {
    const auto x = random_point(p, n, kAdSeed, k);
    EvalCount count;
    ASSERT_TRUE(adolc.gradient(p, x, g, count).is_ok());
    EXPECT_TRUE(gradient_matches_reference(p, x, g, kAdTolerance)) << "adolc-reverse";
    double d = 0;
    ASSERT_TRUE(adolc.directional_derivative(p, x, std::vector<double>(n, 1.0), d, count).is_ok());
    Real50 exact = 0, magnitude = 0;
    for (const Real50& r : reference_gradient_50(p, x)) {
      exact += r;
      magnitude += abs(r);
    }
    EXPECT_NEAR(d, static_cast<double>(exact), kAdTolerance * static_cast<double>(magnitude));
  }
  EXPECT_EQ(adolc.tapes_recorded(), 1);
  EXPECT_FALSE(has_adolc_files(std::filesystem::current_path()));
  EXPECT_FALSE(has_adolc_files(AdolcReverseBackend::tape_directory()));
  const auto x = random_point(p, n, kAdSeed, 2);
  EvalCount count;
  ASSERT_TRUE(eigen->gradient(p, x, g, count).is_ok());
  EXPECT_TRUE(gradient_matches_reference(p, x, g, kAdTolerance)) << "eigen-forward";
}

// A tape larger than ADOL-C's buffers is written to files: in the backend's
// private directory, never the working directory, and removed with the tape.
TEST(AdolcReverse, TapesTooLargeForMemoryGoToAPrivateDirectory) {
  const Problem& p = *ProblemRegistry::instance().find("rosenbrock");
  constexpr int n = 60000;  // 6e5 operations, over the 524288-entry buffers
  const auto x = random_point(p, n, kAdSeed, 0);
  std::vector<double> g(n), g_analytic(n);
  p.gradient(x, g_analytic);
  const std::filesystem::path dir = AdolcReverseBackend::tape_directory();
  ASSERT_NE(dir, std::filesystem::current_path());
  {
    AdolcReverseBackend b("adolc-reverse");
    for (int k = 0; k < 2; ++k) {
      EvalCount count;
      ASSERT_TRUE(b.gradient(p, x, g, count).is_ok());
      const auto e = compare_gradients(g, g_analytic, gradient_scale(p, g_analytic));
      EXPECT_LE(e.max_rel_error, kAdTolerance) << "component " << e.worst_index;
    }
    EXPECT_EQ(b.tapes_recorded(), 1);
    EXPECT_TRUE(has_adolc_files(dir)) << dir;
    EXPECT_FALSE(has_adolc_files(std::filesystem::current_path()));
  }
  EXPECT_FALSE(has_adolc_files(dir)) << "the tape's files outlive its backend";
}

// Tags are `short` and tapes hold memory: past kMaxTapes, the least recently
// used tape is freed and its tag reused, and a freed tape is recorded again
// when next needed.
TEST(AdolcReverse, TapesAreBoundedAndEvictedLeastRecentlyUsedFirst) {
  const Problem& p = *ProblemRegistry::instance().find("rosenbrock");
  AdolcReverseBackend b("adolc-reverse");
  const int distinct = AdolcReverseBackend::kMaxTapes + 6;
  for (int n = 2; n < 2 + distinct; ++n) {
    std::vector<double> g(n);
    EvalCount count;
    ASSERT_TRUE(b.gradient(p, random_point(p, n, kAdSeed, 0), g, count).is_ok());
    EXPECT_LE(AdolcReverseBackend::tapes_in_memory(), AdolcReverseBackend::kMaxTapes);
  }
  EXPECT_EQ(b.tapes_recorded(), distinct);
  // n = 2 was evicted: recorded again, and still right; the newest is reused.
  for (int n : {2, 1 + distinct}) {
    std::vector<double> g(n);
    EvalCount count;
    const auto x = random_point(p, n, kAdSeed, 1);
    ASSERT_TRUE(b.gradient(p, x, g, count).is_ok());
    EXPECT_TRUE(gradient_matches_reference(p, x, g, kAdTolerance));
  }
  EXPECT_EQ(b.tapes_recorded(), distinct + 1);
}

// Cases run on several threads and ADOL-C is not thread-safe: concurrent
// calls on one instance and on several must all be right.
// f = x0^2, taped for adolc-reverse through cbrt, which ADOL-C 2.7 records
// but cannot sweep (a FatalError, "no such operation"): a stand-in for any
// failure ADOL-C reports by throwing.
struct AdolcCannotSweep {
  static constexpr bool kComplexSafe = true;
  ProblemInfo info() const {
    return {.name = "test_adolc_cannot_sweep",
            .family = "test",
            .source = "gradlab tests",
            .dimension = Dimension::fixed(1),
            .tags = {Tag::kSmooth}};
  }
  std::vector<double> x0(int) const { return {0.5}; }
  std::vector<Minimum> minima(int) const { return {}; }
  Box domain(int n) const { return Box::uniform(n, -1, 1); }
  template <class T>
  T value(std::span<const T> x) const {
    if constexpr (std::is_same_v<T, Adouble>) {
      return cbrt(x[0]);
    } else {
      return x[0] * x[0];
    }
  }
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    g[0] = T(2) * x[0];
  }
  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    h(0, 0) = T(2);
  }
};

// After ADOL-C throws, its global state is not trusted: that case is an
// error naming ADOL-C's message, and later adolc-reverse calls, on any
// problem and any instance, are refused with the reason rather than run on
// corrupt state. (In a child process, since the refusal lasts the process.)
// Runs in the death test's child: true if the case failing in ADOL-C is an
// error naming it and a later call is refused.
bool adolc_fatal_error_is_reported_then_refused() {
  const ProblemModel<AdolcCannotSweep> cannot_sweep;
  AdolcReverseBackend b("adolc-reverse");
  std::vector<double> g(1), g2(2);
  EvalCount count;
  const Status first = b.gradient(cannot_sweep, std::vector<double>{0.5}, g, count);
  AdolcReverseBackend other("adolc-reverse");
  const Status later = other.gradient(*ProblemRegistry::instance().find("rosenbrock"),
                                      std::vector<double>{0.5, 0.5}, g2, count);
  std::fprintf(stderr, "first: %s\nlater: %s\n", first.message.c_str(), later.message.c_str());
  return first.code == StatusCode::kError && first.message.find("ADOL-C fatal error") != std::string::npos &&
         later.code == StatusCode::kError && later.message.find("refusing further use") != std::string::npos;
}

TEST(AdolcReverseDeathTest, AnAdolcFatalErrorFailsTheCaseAndRefusesLaterUse) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::_Exit(adolc_fatal_error_is_reported_then_refused() ? 0 : 1), ::testing::ExitedWithCode(0),
              "later: adolc-reverse: ADOL-C failed earlier in this run");
}

TEST(AdolcReverse, ConcurrentCallsAreSerialized) {
  const std::vector<std::string> names = {"rosenbrock", "ackley", "styblinski_tang", "trid"};
  AdolcReverseBackend shared("adolc-reverse");
  std::vector<std::string> failures(8);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      AdolcReverseBackend own("adolc-reverse");
      const Problem& p = *ProblemRegistry::instance().find(names[t % names.size()]);
      const int n = p.default_n();
      for (int k = 0; k < 20; ++k) {
        const auto x = random_point(p, n, kAdSeed, k);
        std::vector<double> g(n);
        EvalCount count;
        const Backend& b = k % 2 ? static_cast<const Backend&>(shared) : own;
        const Status s = b.gradient(p, x, g, count);
        const auto r = reference_gradient(p, x);
        if (!s.is_ok() || compare_gradients(g, r, gradient_scale(p, r)).max_rel_error > kAdTolerance) {
          failures[t] = p.name() + " point " + std::to_string(k) + ": " + s.message;
          return;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& f : failures) EXPECT_EQ(f, "");
}

}  // namespace
}  // namespace gradlab
