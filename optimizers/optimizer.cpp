#include "optimizers/optimizer.h"

namespace gradlab {

std::string_view to_string(OptimizerStatus s) {
  switch (s) {
    case OptimizerStatus::kConvergedGradient: return "converged-gtol";
    case OptimizerStatus::kConvergedValue: return "converged-ftol";
    case OptimizerStatus::kMaxIterations: return "max-iterations";
    case OptimizerStatus::kLineSearchFailure: return "line-search-failure";
    case OptimizerStatus::kNonFinite: return "non-finite";
    case OptimizerStatus::kGradientError: return "gradient-error";
  }
  return "unknown";
}

bool is_converged(OptimizerStatus s) {
  return s == OptimizerStatus::kConvergedGradient || s == OptimizerStatus::kConvergedValue;
}

}  // namespace gradlab
