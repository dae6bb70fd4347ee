// The AD scalar types' own parts: EigenAd's arithmetic with constants (where
// Eigen's AutoDiffScalar alone loses derivatives), the functions written for
// EigenAd and adouble because the libraries lack them, and value_of.
#include <adolc/adolc.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "core/ad_scalars.h"

namespace gradlab {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// |a - b| within `ulps` units of roundoff of b.
::testing::AssertionResult close_in_ulps(double a, double b, double ulps) {
  if (std::abs(a - b) <= ulps * kEps * std::abs(b)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << a << " vs " << b << ": " << std::abs(a - b) / (kEps * std::abs(b)) << " ulps";
}

// x_0 of two variables: derivatives (1, 0).
EigenAd variable(double v) { return EigenAd(v, 2, 0); }

// An operation between a constant and a variable, or between two values
// built from constants, must carry the variable's derivative: Eigen's
// AutoDiffScalar<VectorXd> alone drops it (bug 1437) in x * (2 * 5).
TEST(EigenAd, ArithmeticWithConstantsKeepsTheDerivatives) {
  const EigenAd x = variable(3.0);
  const EigenAd y(4.0, 2, 1);
  const EigenAd two(2.0), five(5.0);
  struct Case {
    const char* what;
    EigenAd result;
    double value, d0, d1;
  };
  const Case cases[] = {
      {"x * (2 * 5)", x * (two * five), 30, 10, 0},
      {"(2 * 5) * x", (two * five) * x, 30, 10, 0},
      {"x + (2 * 5)", x + two * five, 13, 1, 0},
      {"(2 * 5) - x", two * five - x, 7, -1, 0},
      {"(2 * 5) / x", two * five / x, 10.0 / 3, -10.0 / 9, 0},
      {"x / (2 * 5)", x / (two * five), 0.3, 0.1, 0},
      {"-2 * exp(x y / 12) + 2", -two * exp(x * y / EigenAd(12)) + two, 2 - 2 * std::exp(1.0),
       -2 * std::exp(1.0) * 4 / 12, -2 * std::exp(1.0) * 3 / 12},
      {"x * y - 2", x * y - 2.0, 10, 4, 3},
      {"3 / y", 3.0 / y, 0.75, 0, -3.0 / 16},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_NEAR(c.result.value(), c.value, 1e-15 * std::abs(c.value));
    ASSERT_EQ(c.result.derivatives().size(), 2);
    EXPECT_NEAR(c.result.derivatives()[0], c.d0, 1e-15 * std::abs(c.d0));
    EXPECT_NEAR(c.result.derivatives()[1], c.d1, 1e-15 * std::abs(c.d1));
  }
  EigenAd f = two;
  f += x;
  f *= y;
  f -= five;
  f /= two;
  EXPECT_EQ(f.value(), ((2 + 3) * 4 - 5) / 2.0);
  EXPECT_EQ(f.derivatives()[0], 2.0);
  EXPECT_EQ(f.derivatives()[1], 2.5);
  EXPECT_TRUE((two * five + 1.0).is_constant());
  EXPECT_TRUE(x < y && y > 3.5 && 2.0 < x && x == 3.0);
  EXPECT_EQ(value_of(x * y), 12.0);
}

struct Function {
  const char* name;
  std::function<EigenAd(const EigenAd&)> eigen;
  std::function<double(double)> value;
  std::function<Real50(const Real50&)> derivative;  // closed form, in 50 digits
  std::vector<double> points;
};

// Each function written for EigenAd has the C library's value and a
// derivative within a few ulps of the closed form evaluated in 50 digits,
// chained through the argument's derivative vector.
TEST(EigenAd, FunctionsEigenLacksHaveExactDerivatives) {
  using boost::multiprecision::exp;
  using boost::multiprecision::sqrt;
  const Real50 ln2 = boost::math::constants::ln_two<Real50>();
  const Real50 ln10 = boost::multiprecision::log(Real50(10));
  const Real50 pi50 = boost::math::constants::pi<Real50>();
  const Function functions[] = {
      {"log1p",
       [](const EigenAd& x) { return log1p(x); },
       [](double v) { return std::log1p(v); },
       [](const Real50& v) { return 1 / (1 + v); },
       {1e-20, -0.5, 0.3, 1e10}},
      {"expm1",
       [](const EigenAd& x) { return expm1(x); },
       [](double v) { return std::expm1(v); },
       [](const Real50& v) { return exp(v); },
       {-30, -1e-12, 1e-20, 2.5}},
      {"atanh",
       [](const EigenAd& x) { return atanh(x); },
       [](double v) { return std::atanh(v); },
       [](const Real50& v) { return 1 / (1 - v * v); },
       {-0.999999, -0.2, 1e-9, 0.75}},
      {"asinh",
       [](const EigenAd& x) { return asinh(x); },
       [](double v) { return std::asinh(v); },
       [](const Real50& v) { return 1 / sqrt(1 + v * v); },
       {-1e200, -2, 1e-9, 40}},
      {"acosh",
       [](const EigenAd& x) { return acosh(x); },
       [](double v) { return std::acosh(v); },
       [](const Real50& v) { return 1 / sqrt(v * v - 1); },
       {1.0000001, 2, 1e10}},
      {"cbrt",
       [](const EigenAd& x) { return cbrt(x); },
       [](double v) { return std::cbrt(v); },
       [](const Real50& v) { return 1 / (3 * boost::multiprecision::cbrt(v * v)); },
       {-8, -1e-30, 0.001, 27}},
      {"log2",
       [](const EigenAd& x) { return log2(x); },
       [](double v) { return std::log2(v); },
       [&](const Real50& v) { return 1 / (v * ln2); },
       {1e-300, 0.5, 3, 1e300}},
      {"log10",
       [](const EigenAd& x) { return log10(x); },
       [](double v) { return std::log10(v); },
       [&](const Real50& v) { return 1 / (v * ln10); },
       {1e-300, 0.5, 3, 1e300}},
      {"erf",
       [](const EigenAd& x) { return erf(x); },
       [](double v) { return std::erf(v); },
       [&](const Real50& v) { return 2 / sqrt(pi50) * exp(-v * v); },
       {-3, -1e-10, 0.5, 5}},
      {"atan",
       [](const EigenAd& x) { return atan(x); },
       [](double v) { return std::atan(v); },
       [](const Real50& v) { return 1 / (1 + v * v); },
       {-1e10, -1, 1e-10, 3}},
      {"pow(x, y) in x",
       [](const EigenAd& x) { return pow(x, EigenAd(2.5, Eigen::VectorXd::Zero(2))); },
       [](double v) { return std::pow(v, 2.5); },
       [](const Real50& v) { return Real50(2.5) * pow(v, Real50(1.5)); },
       {0.5, 3, 100}},
      {"pow(2.5, x)",
       [](const EigenAd& x) { return pow(2.5, x); },
       [](double v) { return std::pow(2.5, v); },
       [](const Real50& v) { return pow(Real50(2.5), v) * boost::multiprecision::log(Real50(2.5)); },
       {-3, 0.5, 7}},
  };
  for (const Function& f : functions) {
    for (double v : f.points) {
      SCOPED_TRACE(std::string(f.name) + " at " + std::to_string(v));
      const EigenAd x(v, Eigen::Vector2d(1.0, -3.0));
      const EigenAd y = f.eigen(x);
      EXPECT_EQ(y.value(), f.value(v));
      const double d = static_cast<double>(f.derivative(Real50(v)));
      ASSERT_EQ(y.derivatives().size(), 2);
      EXPECT_TRUE(close_in_ulps(y.derivatives()[0], d, 4));
      EXPECT_TRUE(close_in_ulps(y.derivatives()[1], -3 * d, 4));
      // Of a constant, a constant (or, for pow with an exponent that carries
      // derivatives, a zero derivative).
      const EigenAd of_constant = f.eigen(EigenAd(v));
      EXPECT_TRUE(of_constant.is_constant() || of_constant.derivatives().isZero(0));
    }
  }
  // atan2: d = (b da - a db) / (a^2 + b^2), with either argument a constant.
  const EigenAd a(1.0, 2, 0), b(2.0, 2, 1);
  const EigenAd t = atan2(a, b);
  EXPECT_EQ(t.value(), std::atan2(1.0, 2.0));
  EXPECT_TRUE(close_in_ulps(t.derivatives()[0], 2.0 / 5, 2));
  EXPECT_TRUE(close_in_ulps(t.derivatives()[1], -1.0 / 5, 2));
  EXPECT_TRUE(close_in_ulps(atan2(EigenAd(1.0), b).derivatives()[1], -1.0 / 5, 2));
  EXPECT_TRUE(close_in_ulps(atan2(a, EigenAd(2.0)).derivatives()[0], 2.0 / 5, 2));
}

// ADOL-C's log1p and expm1 of our own, taped once and swept at many points:
// the value keeps its digits where log(1 + x) and exp(x) - 1 lose them, and
// the derivative is 1 / (1 + x) and exp(x) to a few ulps.
TEST(Adouble, Log1pAndExpm1AreAccurateAndReusableOnATape) {
  struct Case {
    const char* name;
    short tag;
    std::function<adouble(const adouble&)> f;
    std::function<double(double)> value;
    std::function<double(double)> derivative;
    std::vector<double> points;
    double ulps;
  };
  const Case cases[] = {
      {"log1p",
       101,
       [](const adouble& x) { return log1p(x); },
       [](double v) { return std::log1p(v); },
       [](double v) { return static_cast<double>(1 / (1 + Real50(v))); },
       {0.5, 1e-20, -1e-10, 1e-3, -0.75, 10, 1e17},
       4},
      {"expm1",
       102,
       [](const adouble& x) { return expm1(x); },
       [](double v) { return std::expm1(v); },
       [](double v) { return static_cast<double>(boost::multiprecision::exp(Real50(v))); },
       {0.5, 1e-20, -1e-10, 1e-5, -1, -700, 700},
       4},
  };
  for (const Case& c : cases) {
    // Taped at the first point only.
    trace_on(c.tag);
    {
      adouble x;
      x <<= c.points.front();
      adouble y = c.f(x);
      double ignored;
      y >>= ignored;
    }
    trace_off();
    for (double v : c.points) {
      SCOPED_TRACE(std::string(c.name) + " at " + std::to_string(v));
      double y = 0, g = 0;
      ASSERT_GE(zos_forward(c.tag, 1, 1, 0, &v, &y), 0);
      EXPECT_TRUE(close_in_ulps(y, c.value(v), c.ulps));
      ASSERT_GE(gradient(c.tag, 1, &v, &g), 0);
      EXPECT_TRUE(close_in_ulps(g, c.derivative(v), c.ulps));
    }
    removeTape(c.tag, ADOLC_REMOVE_COMPLETELY);
  }
  // What the corrections are for: the naive forms keep no digit at 1e-20.
  EXPECT_EQ(std::log(1 + 1e-20), 0.0);
  EXPECT_EQ(std::exp(1e-20) - 1, 0.0);
}

// ADOL-C's own tanh, sinh and cosh pick a formula by the sign of x when
// recording and tape only that one. Ours choose on the tape: a tape recorded
// at x of one sign and swept at a point of the other gives bit for bit what a
// tape recorded there gives, tanh stays finite far from where it was taped,
// and the derivatives are right to a few ulps.
TEST(Adouble, HyperbolicFunctionsChooseTheirFormulaOnTheTape) {
  struct Case {
    const char* name;
    std::function<adouble(const adouble&)> f;
    std::function<double(double)> value;
    std::function<double(double)> derivative;
  };
  auto sech2 = [](double v) {
    return static_cast<double>(1 / boost::multiprecision::pow(cosh(Real50(v)), 2));
  };
  auto tanh50 = [](double v) { return static_cast<double>(tanh(Real50(v))); };
  const Case cases[] = {
      {"tanh", [](const adouble& x) { return tanh(x); }, tanh50, sech2},
      {"tanh of an expression", [](const adouble& x) { return tanh(1.0 * x); }, tanh50, sech2},
      {"sinh", [](const adouble& x) { return sinh(x); },
       [](double v) { return static_cast<double>(sinh(Real50(v))); },
       [](double v) { return static_cast<double>(cosh(Real50(v))); }},
      {"cosh", [](const adouble& x) { return cosh(x); },
       [](double v) { return static_cast<double>(cosh(Real50(v))); },
       [](double v) { return static_cast<double>(sinh(Real50(v))); }},
  };
  auto tape = [](short tag, const Case& c, double at) {
    trace_on(tag);
    {
      adouble x;
      x <<= at;
      adouble y = c.f(x);
      double ignored;
      y >>= ignored;
    }
    trace_off();
  };
  for (const Case& c : cases) {
    for (double recorded_at : {-0.7, 0.0, 0.9}) {
      tape(103, c, recorded_at);
      for (double v : {-2.5, -0.7, -1e-3, -1e-12, 0.0, 1e-9, 0.3, 0.9, 4.0, 30.0}) {
        SCOPED_TRACE(std::string(c.name) + " taped at " + std::to_string(recorded_at) + ", swept at " +
                     std::to_string(v));
        tape(104, c, v);
        double y_reused = 0, y_fresh = 0, g_reused = 0, g_fresh = 0;
        ASSERT_GE(zos_forward(103, 1, 1, 0, &v, &y_reused), 0);
        ASSERT_GE(zos_forward(104, 1, 1, 0, &v, &y_fresh), 0);
        ASSERT_GE(gradient(103, 1, &v, &g_reused), 0);
        ASSERT_GE(gradient(104, 1, &v, &g_fresh), 0);
        EXPECT_EQ(y_reused, y_fresh);
        EXPECT_EQ(g_reused, g_fresh);
        for (const auto& [got, exact] :
             {std::pair{y_reused, c.value(v)}, std::pair{g_reused, c.derivative(v)}}) {
          if (exact == 0) {
            EXPECT_EQ(got, 0.0);
          } else {
            EXPECT_TRUE(close_in_ulps(got, exact, 6));
          }
        }
        removeTape(104, ADOLC_REMOVE_COMPLETELY);
      }
      removeTape(103, ADOLC_REMOVE_COMPLETELY);
    }
  }
  // ADOL-C's formula taped at x < 0 is (exp(2x) - 1) / (exp(2x) + 1): NaN at
  // x = 400. Ours is 1 with derivative 0 there.
  tape(105, cases[0], -1.0);
  double v = 400, y = 0, g = 0;
  ASSERT_GE(zos_forward(105, 1, 1, 0, &v, &y), 0);
  ASSERT_GE(gradient(105, 1, &v, &g), 0);
  EXPECT_EQ(y, 1.0);
  EXPECT_EQ(g, 0.0);
  // A NaN stays NaN (the fold must not send it to a finite branch).
  v = std::numeric_limits<double>::quiet_NaN();
  ASSERT_GE(zos_forward(105, 1, 1, 0, &v, &y), 0);
  EXPECT_TRUE(std::isnan(y)) << y;
  removeTape(105, ADOLC_REMOVE_COMPLETELY);
}

// tanh of a named expression (an adub that is used again afterwards): the
// overload copies it, and f = tanh(2x) 2x has the right derivative.
TEST(Adouble, TanhOfANamedTemporaryLeavesItIntact) {
  const double at = 0.4;
  trace_on(106);
  {
    adouble x;
    x <<= at;
    auto z = 2.0 * x;
    adouble h = tanh(z);
    adouble f = h * z;
    double ignored;
    f >>= ignored;
  }
  trace_off();
  double v = 0.7, g = 0;
  ASSERT_GE(gradient(106, 1, &v, &g), 0);
  const Real50 x50(0.7), t = tanh(2 * x50);
  const double exact = static_cast<double>(2 * t + 4 * x50 * (1 - t * t));
  EXPECT_TRUE(close_in_ulps(g, exact, 8));
  removeTape(106, ADOLC_REMOVE_COMPLETELY);
}

TEST(ScalarTypes, RealTypeAndValueOf) {
  static_assert(std::is_same_v<real_of_t<EigenAd>, double>);
  static_assert(std::is_same_v<real_of_t<Adouble>, double>);
  static_assert(std::is_same_v<real_of_t<Fvar2>, double>);
  EXPECT_EQ(value_of(ratio<EigenAd>(1, 4)), 0.25);
  EXPECT_EQ(value_of(pi<EigenAd>()), boost::math::constants::pi<double>());
  const adouble third = ratio<Adouble>(1, 3);
  EXPECT_EQ(value_of(third), 1.0 / 3);
  EXPECT_EQ(value_of(third * third), (1.0 / 3) * (1.0 / 3));
  EXPECT_EQ(value_of(pi<Fvar2>()), boost::math::constants::pi<double>());
}

}  // namespace
}  // namespace gradlab
