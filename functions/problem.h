// What a catalog problem is: metadata plus value, gradient and Hessian, and
// the type-erased handle (`Problem`) that backends and suites use.
#pragma once

#include <algorithm>
#include <climits>
#include <complex>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/matrix.h"
#include "core/scalar.h"
#include "functions/problem_parameters.h"

namespace gradlab {

enum class Tag { kSmooth, kNonsmooth, kComplexSafe, kScalable, kMultimodal, kLeastSquares, kFiniteSum };

std::string_view to_string(Tag tag);
std::optional<Tag> tag_from_string(std::string_view name);
std::vector<Tag> all_tags();

// The dimensions a problem accepts: one fixed n, or n >= min with n a
// multiple of `multiple_of`, with a default used when a config names none.
struct Dimension {
  int fixed_n = 0;  // > 0 for fixed-dimension problems
  int min_n = 1;
  int max_n = INT_MAX;
  int multiple_of = 1;
  int default_n = 0;

  static Dimension fixed(int n) { return {n, n, n, 1, n}; }
  static Dimension scalable(int min_n, int default_n, int multiple_of = 1) {
    return {0, min_n, INT_MAX, multiple_of, default_n};
  }

  bool is_scalable() const { return fixed_n == 0; }
  bool allows(int n) const { return n >= min_n && n <= max_n && n % multiple_of == 0; }
  // The smallest allowed dimension >= n (n itself when allowed); 0 if none.
  int round_up(int n) const {
    if (!is_scalable()) return n <= fixed_n ? fixed_n : 0;
    long long m = std::max(n, min_n);
    m = (m + multiple_of - 1) / multiple_of * multiple_of;
    return m <= max_n ? static_cast<int>(m) : 0;
  }
  std::string describe() const;  // "2", "n >= 2", "n >= 4, multiple of 4"
};

struct Minimum {
  std::vector<double> x;
  double f;
  // Significant digits to which x and f are known: 17 when they are the
  // exact minimizer rounded to double, fewer for published values (NIST
  // certifies 11).
  int digits = 17;
  // False for a minimum on the domain's boundary (eggholder's), where the
  // gradient does not vanish.
  bool stationary = true;
};

// A named starting point beyond x0 (NIST's start2, MGH's 10 x0, ...).
struct NamedPoint {
  std::string name;
  std::vector<double> x;
};

// An axis-aligned box, used to sample random points.
struct Box {
  std::vector<double> lower;
  std::vector<double> upper;

  static Box uniform(int n, double lo, double hi) {
    return {std::vector<double>(n, lo), std::vector<double>(n, hi)};
  }
};

struct ProblemInfo {
  std::string name;
  std::string family;
  std::string source;  // citation of the definition followed
  Dimension dimension;
  std::vector<Tag> tags;             // complex-safe and scalable are added by the registry
  std::string notes;                 // conventions worth knowing (guards, data generators)
  std::string hessian = "analytic";  // how hessian() is computed
  // Nonsmooth problems: which element of the subdifferential gradient()
  // returns at a kink ("" when the problem has no kinks). A backend that
  // declares it follows this convention is checked there; others get
  // not-applicable.
  std::string kink_convention;
  // Parameter specs and the values this instance was made with (set by the
  // registry; empty for problems without parameters).
  ProblemParameters parameters;
  // Whether value() takes a branch, or forms a constant, from the value of x
  // (value_of: abs/max/ReLU kinks, piecewise definitions). Set by the registry
  // from the definition's kControlFlowDependsOnX; a taping backend
  // (adolc-reverse) must then record a new tape at every point.
  bool control_flow_depends_on_x = false;

  bool has(Tag t) const;
};

// The type-erased problem. One overload per scalar type the harness uses;
// `ProblemModel<P>` implements them from one templated definition P.
class Problem {
 public:
  virtual ~Problem() = default;

  virtual const ProblemInfo& info() const = 0;
  const std::string& name() const { return info().name; }

  virtual std::vector<double> x0(int n) const = 0;
  // Global minima known for dimension n (empty when none is known).
  virtual std::vector<Minimum> minima(int n) const = 0;
  // Further published starting points, labelled by name (may be empty).
  virtual std::vector<NamedPoint> starts(int n) const = 0;
  virtual Box domain(int n) const = 0;
  // Why the gradient is undefined at x (a kink), or nullopt where it exists.
  virtual std::optional<std::string> nondifferentiable_at(std::span<const double> x) const = 0;
  int default_n() const { return info().dimension.default_n; }

  virtual double value(std::span<const double> x) const = 0;
  virtual void gradient(std::span<const double> x, std::span<double> g) const = 0;
  virtual void hessian(std::span<const double> x, MatrixRef<double> h) const = 0;

  virtual Real50 value(std::span<const Real50> x) const = 0;
  virtual void gradient(std::span<const Real50> x, std::span<Real50> g) const = 0;
  virtual void hessian(std::span<const Real50> x, MatrixRef<Real50> h) const = 0;

  // Only for problems tagged complex-safe; throws std::logic_error otherwise.
  virtual Complex value(std::span<const Complex> x) const = 0;
  virtual Fvar value(std::span<const Fvar> x) const = 0;
  virtual Fvar50 value(std::span<const Fvar50> x) const = 0;
  virtual Fvar50x2 value(std::span<const Fvar50x2> x) const = 0;
  virtual Fvar2 value(std::span<const Fvar2> x) const = 0;
  virtual EigenAd value(std::span<const EigenAd> x) const = 0;
  // Records on the active ADOL-C tape when called inside trace_on/trace_off.
  // ADOL-C is not thread-safe: callers serialize every use (see
  // backends/adolc_reverse.cpp).
  virtual Adouble value(std::span<const Adouble> x) const = 0;

  // Finite sums f = (1/N) sum_i f_i(x) (tag finite-sum) expose their terms
  // for stochastic and mini-batch methods: N = sample_count() > 0, and
  // f_i and its gradient for i in [0, N). Any regulariser is part of every
  // f_i, so the mean is f exactly. Other problems return 0 and the term
  // functions throw std::logic_error.
  virtual int sample_count() const = 0;
  virtual double sample_value(int i, std::span<const double> x) const = 0;
  virtual void sample_gradient(int i, std::span<const double> x, std::span<double> g) const = 0;
  virtual Real50 sample_value(int i, std::span<const Real50> x) const = 0;
  virtual void sample_gradient(int i, std::span<const Real50> x, std::span<Real50> g) const = 0;
  virtual Fvar50 sample_value(int i, std::span<const Fvar50> x) const = 0;
};

}  // namespace gradlab
