// Forward-mode automatic differentiation with Boost.Math autodiff
// (boost/math/differentiation/autodiff.hpp): one pass of the value per
// coordinate, each seeding that coordinate's derivative.
#pragma once

#include "backends/backend.h"

namespace gradlab {

class BoostFvarBackend final : public Backend {
 public:
  using Backend::Backend;
  std::string_view kind() const override { return "boost-fvar"; }
  BackendFamily family() const override { return BackendFamily::kAutodiff; }
  // AD is exact up to the roundoff of evaluating the derivative expressions.
  double default_tolerance() const override { return 1e-12; }

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g,
               EvalCount& count) const override;
};

}  // namespace gradlab
