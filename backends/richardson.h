// Ridders' extrapolation of central differences (C. J. F. Ridders, "Accurate
// computation of F'(x) and F'(x) F''(x)", Advances in Engineering Software
// 4(2):75-76, 1982): central differences at steps h0, h0/r, h0/r^2, ...
// extrapolated to h = 0 in powers of h^2 (a Neville tableau), keeping the
// entry whose neighbours agree best. That agreement is also an error estimate
// for each component, which the record stores next to the true error.
#pragma once

#include <functional>

#include "backends/backend.h"

namespace gradlab {

struct RiddersSettings {
  // The first step: h0 = initial_step * max(1, |x_i|) (relative) or
  // initial_step (absolute).
  double initial_step = 0.1;
  bool relative = true;
  double contraction = 2;  // r: each step is the previous one / r
  int max_rows = 15;       // at most 2 * max_rows evaluations per component
  // Stop once the newest diagonal entry is this much worse than the best
  // estimate so far: roundoff has taken over.
  double divergence_factor = 2;
};

struct ExtrapolatedDerivative {
  double derivative;
  double error_estimate;
  // The smallest step among the differences the returned entry extrapolates.
  double smallest_step;
};

// Ridders' method for phi'(0), phi evaluated at +-h_k; `step` maps a raw
// step to the one used (e.g. made representable).
ExtrapolatedDerivative ridders_derivative(const std::function<double(double)>& phi, double h0,
                                          const RiddersSettings& settings,
                                          const std::function<double(double)>& step);

class RichardsonBackend final : public Backend {
 public:
  RichardsonBackend(std::string name, RiddersSettings settings);

  std::string_view kind() const override { return "fd-richardson"; }
  BackendFamily family() const override { return BackendFamily::kFiniteDifference; }
  double default_tolerance() const override;
  Json settings() const override;
  bool has_native_directional() const override { return true; }

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras& extras) const override;
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;

 private:
  double initial_step(double scale) const;

  RiddersSettings settings_;
};

}  // namespace gradlab
