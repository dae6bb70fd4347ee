// The problem's own hand-derived gradient, in double.
#pragma once

#include "backends/backend.h"

namespace gradlab {

class AnalyticBackend final : public Backend {
 public:
  using Backend::Backend;
  std::string_view kind() const override { return "analytic"; }
  BackendFamily family() const override { return BackendFamily::kAnalytic; }
  // Roundoff of a double evaluation of a correct formula stays around 1e-15
  // of the gradient's scale on the catalog; 1e-12 leaves 1000x headroom and
  // still flags a 1e-6 relative scale error by six orders of magnitude.
  double default_tolerance() const override { return 1e-12; }
  // The problem's own Hessian (hand-derived, or forward AD of its analytic
  // gradient where ProblemInfo::hessian says so).
  bool provides_hessian() const override { return true; }

 protected:
  // It is the problem's own gradient, which defines the convention.
  bool default_follows_kink_convention() const override { return true; }
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override {
    problem.gradient(x, g);
    ++count.gradient;
  }
  void compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                       EvalCount& count) const override {
    problem.hessian(x, h);
    ++count.gradient;
  }
};

}  // namespace gradlab
