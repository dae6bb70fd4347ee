// Per-coordinate finite differences: forward and backward (first order) and
// central differences of order 2, 4, 6 and 8.
#pragma once

#include <optional>

#include "backends/backend.h"

namespace gradlab {

enum class FdScheme { kForward, kBackward, kCentral2, kCentral4, kCentral6, kCentral8 };

// How the step h_i for coordinate i is chosen. Every step is then made
// exactly representable, h = (x_i + h) - x_i, so x_i + h is the point the
// formula assumes.
struct FdStep {
  enum class Policy {
    kRelative,  // h = c * max(1, |x_i|)
    kAbsolute,  // h = c
    kBoost,     // Boost.Math finite_difference_derivative with its own step
  };
  Policy policy = Policy::kRelative;
  double c = 0;  // 0: the default constant for the scheme
};

// Order of accuracy p of a scheme (error O(h^p)).
int fd_order(FdScheme scheme);
// The default relative-step constant c * eps^(1/(p+1)); see docs/backends.md.
double fd_default_step_constant(FdScheme scheme);

class FiniteDifferenceBackend final : public Backend {
 public:
  FiniteDifferenceBackend(std::string name, FdScheme scheme, FdStep step);

  std::string_view kind() const override;
  BackendFamily family() const override { return BackendFamily::kFiniteDifference; }
  double default_tolerance() const override;
  Json settings() const override;

  // The step used for a coordinate with value xi (before representability).
  double raw_step(double xi) const;

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g,
               EvalCount& count) const override;

 private:
  FdScheme scheme_;
  FdStep step_;
};

}  // namespace gradlab
