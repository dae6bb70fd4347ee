// Forward-mode automatic differentiation with Eigen's AutoDiffScalar in
// vector mode (unsupported/Eigen/AutoDiff): every scalar carries a dense
// derivative vector, so one evaluation of the value gives the whole gradient.
#pragma once

#include "backends/backend.h"

namespace gradlab {

class EigenForwardBackend final : public Backend {
 public:
  using Backend::Backend;
  std::string_view kind() const override { return "eigen-forward"; }
  BackendFamily family() const override { return BackendFamily::kAutodiff; }
  // As boost-fvar: AD has no truncation error, only the roundoff of
  // evaluating the derivative expressions in double (docs/accuracy.md).
  double default_tolerance() const override { return 1e-12; }
  // One pass with a derivative vector of length 1 seeded with v.
  bool has_native_directional() const override { return true; }

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override;
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;
};

}  // namespace gradlab
