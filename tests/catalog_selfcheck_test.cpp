// Every catalog problem's hand-written gradient and Hessian, evaluated in 50
// digits, must equal 50-digit forward AD of its value; and the double
// evaluation of the gradient must be within 1e-13 of that reference.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "core/gradient_error.h"
#include "functions/ad_reference.h"
#include "functions/reference.h"
#include "functions/registry.h"
#include "functions/sample_points.h"

namespace gradlab {
namespace {

constexpr std::uint64_t kSeed = 20261124;
constexpr int kPoints = 5;
// Agreement demanded between two 50-digit evaluations (about 1e-50 each).
const Real50 kAdTolerance("1e-35");
constexpr double kDoubleTolerance = 1e-13;

std::vector<int> dimensions_to_check(const Problem& p) {
  const Dimension& d = p.info().dimension;
  if (!d.is_scalable()) return {d.fixed_n};
  int smallest = d.min_n;
  while (!d.allows(smallest)) ++smallest;
  if (smallest == d.default_n) return {d.default_n};
  return {smallest, d.default_n};
}

Real50 inf_norm(const std::vector<Real50>& v) {
  Real50 m = 0;
  for (const auto& e : v) m = std::max(m, Real50(abs(e)));
  return m;
}

std::string point_string(std::span<const double> x) {
  std::ostringstream os;
  os.precision(17);
  for (std::size_t i = 0; i < x.size(); ++i) os << (i ? ", " : "") << x[i];
  return os.str();
}

class CatalogSelfCheck : public ::testing::TestWithParam<const Problem*> {};

// The analytic gradient and Hessian at `points` seeded points of dimension n;
// the double gradient must be within `double_tolerance` of the reference.
void check_derivatives(const Problem& p, int n, int points, double double_tolerance = kDoubleTolerance) {
  for (int k = 0; k < points; ++k) {
    const auto xd = random_point(p, n, kSeed, k);
    if (p.nondifferentiable_at(xd)) continue;
    SCOPED_TRACE("n = " + std::to_string(n) + ", x = (" + point_string(xd) + ")");
    const auto x = to_real50(xd);

    std::vector<Real50> g(n);
    p.gradient(std::span<const Real50>(x), std::span<Real50>(g));
    const auto g_ad = ad_gradient_50(p, x);
    const Real50 g_scale = std::max(inf_norm(g_ad), Real50(1e-300));
    for (int i = 0; i < n; ++i) {
      EXPECT_LE(Real50(abs(g[i] - g_ad[i])), kAdTolerance * g_scale)
          << "gradient[" << i << "]: analytic " << g[i].str(40) << " vs AD " << g_ad[i].str(40);
    }

    std::vector<Real50> h(n * n);
    p.hessian(std::span<const Real50>(x), MatrixRef<Real50>(h, n));
    const auto h_ad = ad_hessian_50(p, x);
    const Real50 h_scale = std::max(inf_norm(h_ad), Real50(1e-300));
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        EXPECT_LE(Real50(abs(h[i * n + j] - h_ad[i * n + j])), kAdTolerance * h_scale)
            << "hessian(" << i << "," << j << "): analytic " << h[i * n + j].str(40) << " vs AD "
            << h_ad[i * n + j].str(40);
      }
    }

    // The double instantiation must agree with the 50-digit reference.
    std::vector<double> gd(n);
    p.gradient(std::span<const double>(xd), std::span<double>(gd));
    const auto r = reference_gradient(p, xd);
    const auto err = compare_gradients(gd, r, gradient_scale(p, r));
    EXPECT_LE(err.max_rel_error, double_tolerance)
        << "double gradient[" << err.worst_index << "] = " << err.worst_value << " vs reference "
        << err.worst_reference;

    // The value in double agrees with the 50-digit value too.
    const double fd = p.value(std::span<const double>(xd));
    const double f50 = reference_value(p, xd);
    EXPECT_LE(std::abs(fd - f50), 1e-12 * std::max(1.0, std::abs(f50)));
  }
}

TEST_P(CatalogSelfCheck, AnalyticDerivativesEqualFiftyDigitAd) {
  const Problem& p = *GetParam();
  for (int n : dimensions_to_check(p)) check_derivatives(p, n, kPoints);
}

// Each stated minimum of dimension n has the stated f* and is stationary.
void check_minima(const Problem& p, int n) {
  for (const Minimum& m : p.minima(n)) {
    ASSERT_EQ(static_cast<int>(m.x.size()), n);
    const double f = reference_value(p, m.x);
    // f at the stated x* matches the stated f* to the digits they are known to.
    const double f_tolerance = std::max(1e-12, std::pow(10.0, 1 - m.digits));
    EXPECT_NEAR(f, m.f, f_tolerance * std::max(1.0, std::abs(m.f)))
        << "at x* = (" << point_string(m.x) << ")";
    // A minimizer published to fewer digits is stationary only to those digits.
    if (m.digits < 17 || !m.stationary || p.nondifferentiable_at(m.x)) continue;
    const auto g = reference_gradient(p, m.x);
    const auto g0 = reference_gradient(p, p.x0(n));
    double scale = 1;
    for (double v : g0) scale = std::max(scale, std::abs(v));
    for (int i = 0; i < n; ++i) {
      EXPECT_LE(std::abs(g[i]), 1e-12 * scale)
          << "gradient[" << i << "] at x* = (" << point_string(m.x) << ")";
    }
  }
}

TEST_P(CatalogSelfCheck, KnownMinimaAreStationaryWithTheStatedValue) {
  const Problem& p = *GetParam();
  for (int n : dimensions_to_check(p)) check_minima(p, n);
}

// Finite sums: the terms' mean is f and their gradients' mean is the
// gradient (to 50 digits), and each term's gradient equals 50-digit AD of the
// term, checked on the first, last and a few middle terms.
TEST_P(CatalogSelfCheck, FiniteSumTermsAverageToTheProblem) {
  const Problem& p = *GetParam();
  const int n_samples = p.sample_count();
  EXPECT_EQ(n_samples > 0, p.info().has(Tag::kFiniteSum));
  if (n_samples == 0) return;
  const int n = p.default_n();
  const auto xd = random_point(p, n, kSeed, 0);
  const auto x = to_real50(xd);
  Real50 f_mean = 0;
  std::vector<Real50> g_mean(n, Real50(0)), gi(n);
  for (int i = 0; i < n_samples; ++i) {
    f_mean += p.sample_value(i, std::span<const Real50>(x));
    p.sample_gradient(i, std::span<const Real50>(x), std::span<Real50>(gi));
    for (int k = 0; k < n; ++k) g_mean[k] += gi[k];
  }
  f_mean /= n_samples;
  const Real50 f = p.value(std::span<const Real50>(x));
  EXPECT_LE(Real50(abs(f - f_mean)), kAdTolerance * std::max(Real50(1), Real50(abs(f))));
  std::vector<Real50> g(n);
  p.gradient(std::span<const Real50>(x), std::span<Real50>(g));
  const Real50 g_scale = std::max(inf_norm(g), Real50(1e-300));
  for (int k = 0; k < n; ++k) {
    EXPECT_LE(Real50(abs(g_mean[k] / n_samples - g[k])), kAdTolerance * g_scale) << "gradient[" << k << "]";
  }
  for (int i : {0, n_samples / 3, n_samples / 2, n_samples - 1}) {
    p.sample_gradient(i, std::span<const Real50>(x), std::span<Real50>(gi));
    const auto ad = ad_sample_gradient_50(p, i, x);
    const Real50 scale = std::max(inf_norm(ad), Real50(1e-300));
    for (int k = 0; k < n; ++k) {
      EXPECT_LE(Real50(abs(gi[k] - ad[k])), kAdTolerance * scale)
          << "term " << i << ", gradient[" << k << "]: analytic " << gi[k].str(40) << " vs AD "
          << ad[k].str(40);
    }
    // The double instantiation of the term agrees too.
    std::vector<double> gd(n);
    p.sample_gradient(i, std::span<const double>(xd), std::span<double>(gd));
    for (int k = 0; k < n; ++k) {
      EXPECT_NEAR(gd[k], static_cast<double>(ad[k]), kDoubleTolerance * static_cast<double>(scale))
          << "term " << i << ", double gradient[" << k << "]";
    }
  }
}

// Parameterized problems: the registered instance has the default values,
// and instances with other values are made, named and proven like it.
TEST_P(CatalogSelfCheck, ParametersHaveValidDefaultsAndMakeInstances) {
  const Problem& p = *GetParam();
  const ProblemParameters& params = p.info().parameters;
  ASSERT_EQ(params.specs().size(), params.values().size());
  for (std::size_t k = 0; k < params.specs().size(); ++k) {
    const ParameterSpec& s = params.specs()[k];
    EXPECT_EQ(params.values()[k], s.default_value) << s.name;
    EXPECT_LE(s.min_value, s.default_value) << s.name;
    EXPECT_LE(s.default_value, s.max_value) << s.name;
    EXPECT_FALSE(s.description.empty()) << s.name;
  }
  EXPECT_EQ(p.name().find('('), std::string::npos);
  // One instance per parameter, with that parameter at an end of its range
  // (the lower one unless that is the default: small sizes keep this cheap),
  // is made, named, and passes the derivative and minima checks.
  for (const ParameterSpec& s : params.specs()) {
    double other = s.default_value == s.min_value ? s.max_value : s.min_value;
    if (!s.allowed_values.empty())
      other =
          s.allowed_values.front() == s.default_value ? s.allowed_values.back() : s.allowed_values.front();
    const std::string suffix = "(" + s.name + "=" + format_parameter_value(other) + ")";
    const Problem* q = ProblemRegistry::instance().find(p.name() + suffix);
    ASSERT_NE(q, nullptr) << suffix;
    SCOPED_TRACE(q->name());
    EXPECT_EQ(q->name(), p.name() + suffix);
    EXPECT_EQ(q->info().parameters[s.name], other);
    const int n = dimensions_to_check(*q).front();
    // At the ends of a range the double evaluation itself is worse
    // conditioned (Chebyquad with m = 1000 sums 1000 cancelling Chebyshev
    // terms and loses ~3 digits to rounding), so the double check allows
    // 1e-11; the 50-digit comparison, which catches formula errors, is as tight.
    check_derivatives(*q, n, 2, 1e-11);
    check_minima(*q, n);
  }
}

TEST_P(CatalogSelfCheck, MetadataIsComplete) {
  const Problem& p = *GetParam();
  const ProblemInfo& info = p.info();
  EXPECT_FALSE(info.family.empty());
  EXPECT_FALSE(info.source.empty());
  EXPECT_TRUE(info.has(Tag::kSmooth) != info.has(Tag::kNonsmooth));
  // A kink's reference is the problem's convention, so one must be stated.
  EXPECT_EQ(info.has(Tag::kNonsmooth), !info.kink_convention.empty());
  const int n = info.dimension.default_n;
  ASSERT_TRUE(info.dimension.allows(n));
  EXPECT_EQ(static_cast<int>(p.x0(n).size()), n);
  const Box box = p.domain(n);
  ASSERT_EQ(static_cast<int>(box.lower.size()), n);
  ASSERT_EQ(static_cast<int>(box.upper.size()), n);
  for (int i = 0; i < n; ++i) EXPECT_LT(box.lower[i], box.upper[i]);
}

std::string problem_name(const ::testing::TestParamInfo<const Problem*>& info) { return info.param->name(); }

INSTANTIATE_TEST_SUITE_P(Catalog, CatalogSelfCheck, ::testing::ValuesIn(ProblemRegistry::instance().all()),
                         problem_name);

}  // namespace
}  // namespace gradlab
