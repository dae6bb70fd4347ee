// Per-coordinate finite differences: forward and backward (first order) and
// central differences of order 2, 4, 6 and 8, with a step policy per
// backend instance. Each also differences along a direction (a JVP in two
// evaluations) and differences the problem's analytic gradient into a Hessian.
#pragma once

#include <functional>

#include "backends/backend.h"

namespace gradlab {

enum class FdScheme { kForward, kBackward, kCentral2, kCentral4, kCentral6, kCentral8 };

// Order of accuracy p of a scheme (error O(h^p)).
int fd_order(FdScheme scheme);

// How the step h_i for coordinate i is chosen.
struct FdStep {
  enum class Policy {
    kRelative,  // h_i = c * eps^(1/(p+1)) * max(1, |x_i|)
    kAbsolute,  // h_i = c
    kBoost,     // Boost.Math finite_difference_derivative with its own step
  };
  Policy policy = Policy::kRelative;
  // The relative constant or the absolute step; 0 for the scheme's default
  // relative constant (fd_default_relative_constant).
  double c = 0;
  // Replace h by (x_i + h) - x_i, so that the formula divides by the step
  // actually taken (x_i + h is rounded to a double); on by default.
  bool representable = true;
};

// The default relative constant c for a scheme: it minimises the truncation
// + roundoff error bound for |f| ~ |f^(p+1)| ~ 1 (see the .cpp).
double fd_default_relative_constant(FdScheme scheme);
// eps^(1/(p+1)) for the scheme's order p.
double fd_eps_power(FdScheme scheme);
// c * eps^(1/(p+1)) with the default c: the step at |x_i| <= 1.
double fd_default_step_constant(FdScheme scheme);

// (x + h) - x, or one ulp of x when h is lost to rounding entirely.
double representable_step(double x, double h);

// f restricted to the line through x along v, for differencing in t:
// phi(t) = f(x + t v), each call counted as an evaluation of f, with the
// max-norms that size a step along v (the step for |x| scaled by 1/|v|).
class ValueAlongDirection {
 public:
  ValueAlongDirection(const Problem& problem, std::span<const double> x, std::span<const double> v,
                      EvalCount& count);
  double operator()(double t);
  double x_norm() const { return x_norm_; }
  double v_norm() const { return v_norm_; }

 private:
  const Problem& problem_;
  std::span<const double> x_, v_;
  EvalCount& count_;
  std::vector<double> point_;
  double x_norm_ = 0, v_norm_ = 0;
};

class FiniteDifferenceBackend final : public Backend {
 public:
  FiniteDifferenceBackend(std::string name, FdScheme scheme, FdStep step);

  std::string_view kind() const override;
  BackendFamily family() const override { return BackendFamily::kFiniteDifference; }
  double default_tolerance() const override;
  Json settings() const override;
  bool provides_hessian() const override { return true; }
  bool has_native_directional() const override { return true; }

  // The step for a coordinate with value xi, before it is made representable.
  double raw_step(double xi) const;
  // The step for coordinate value xi as used (representable when asked).
  double step(double xi) const;

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras& extras) const override;
  // Differences of the problem's analytic gradient, column by column with
  // this scheme and step, then symmetrised.
  void compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                       EvalCount& count) const override;
  // phi(t) = f(x + t v) differenced at t = 0 with the step a coordinate of
  // size |x|_inf would get, divided by |v|_inf.
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;

 private:
  // The scheme's difference quotient of phi at 0 with step h (f0 = phi(0),
  // used by the one-sided schemes).
  double quotient(const std::function<double(double)>& phi, double h, double f0) const;

  FdScheme scheme_;
  FdStep step_;
};

}  // namespace gradlab
