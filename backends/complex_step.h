// The complex-step derivative f'(x) = Im f(x + i h) / h (Squire & Trapp, SIAM
// Review 40(1):110-112, 1998): no subtraction, so no cancellation, and h can
// be tiny. Only for problems whose value is holomorphic (tagged complex-safe).
#pragma once

#include "backends/backend.h"

namespace gradlab {

class ComplexStepBackend final : public Backend {
 public:
  // Martins, Sturdza & Alonso (ACM TOMS 29(3), 2003) use h = 1e-20: the
  // truncation error h^2 |f'''| / 6 is then far below double roundoff.
  ComplexStepBackend(std::string name, double step = 1e-20) : Backend(std::move(name)), step_(step) {}

  std::string_view kind() const override { return "complex-step"; }
  BackendFamily family() const override { return BackendFamily::kComplexStep; }
  // No cancellation: as accurate as an analytic gradient evaluated in double.
  double default_tolerance() const override { return 1e-12; }
  Json settings() const override { return {{"step", step_}}; }
  // Im f(x + i h v) / h: one evaluation for any n.
  bool has_native_directional() const override { return true; }

 protected:
  Status applicable(const Problem& problem) const override;
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override;
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;

 private:
  double step_;
};

}  // namespace gradlab
