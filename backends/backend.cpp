#include "backends/backend.h"

#include <cmath>
#include <exception>

namespace gradlab {

std::string_view to_string(BackendFamily f) {
  switch (f) {
    case BackendFamily::kAnalytic: return "analytic";
    case BackendFamily::kFiniteDifference: return "finite-difference";
    case BackendFamily::kComplexStep: return "complex-step";
    case BackendFamily::kAutodiff: return "autodiff";
  }
  return "unknown";
}

Status Backend::gradient(const Problem& problem, std::span<const double> x, std::span<double> g,
                         EvalCount& count) const {
  if (Status s = applicable(problem); !s.is_ok()) return s;
  try {
    compute(problem, x, g, count);
  } catch (const std::exception& e) {
    return Status::error(std::string(kind()) + " threw: " + e.what());
  } catch (...) {
    return Status::error(std::string(kind()) + " threw a non-standard exception");
  }
  for (std::size_t i = 0; i < g.size(); ++i) {
    if (!std::isfinite(g[i])) {
      return Status::non_finite("gradient[" + std::to_string(i) + "] = " + std::to_string(g[i]));
    }
  }
  return Status::ok();
}

}  // namespace gradlab
