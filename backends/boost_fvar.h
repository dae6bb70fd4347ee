// Forward-mode automatic differentiation with Boost.Math autodiff
// (boost/math/differentiation/autodiff.hpp): one pass of the value per
// coordinate, each seeding that coordinate's derivative. A directional
// derivative is one pass seeded with v; the Hessian (unless the config says
// "hessian": false) one pass per entry of the upper triangle with nested
// duals, fvar<fvar<double, 1>, 1> (Fvar2): x_i seeded at the outer level and
// x_j at the inner one give d^2 f / dx_i dx_j directly, with no cancellation.
#pragma once

#include "backends/backend.h"

namespace gradlab {

class BoostFvarBackend final : public Backend {
 public:
  explicit BoostFvarBackend(std::string name, bool hessian = true)
      : Backend(std::move(name)), hessian_(hessian) {}
  std::string_view kind() const override { return "boost-fvar"; }
  BackendFamily family() const override { return BackendFamily::kAutodiff; }
  // AD is exact up to the roundoff of evaluating the derivative expressions.
  double default_tolerance() const override { return 1e-12; }
  Json settings() const override { return {{"hessian", hessian_}}; }
  bool provides_hessian() const override { return hessian_; }
  bool has_native_directional() const override { return true; }

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override;
  // n (n + 1) / 2 passes of the value in Fvar2.
  void compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                       EvalCount& count) const override;
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;

 private:
  bool hessian_;
};

}  // namespace gradlab
