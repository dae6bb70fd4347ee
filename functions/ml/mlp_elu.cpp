// Two-layer perceptron with exponential-linear hidden units, alpha = 1
// (functions/ml/mlp.h).
#include "functions/ml/mlp.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

struct Elu {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // chosen by value
  // elu' is continuous (1 on both sides of 0), so the gradient exists
  // everywhere; only the Hessian jumps at z = 0.
  static constexpr bool kKinked = false;

  static ProblemInfo info() {
    return {
        .name = "mlp_elu",
        .source =
            "exponential linear units as in Clevert, Unterthiner & Hochreiter, Fast and accurate deep "
            "network learning by exponential linear units (ELUs), ICLR 2016 (alpha = 1)",
        .tags = {Tag::kSmooth},
        .notes =
            "Activation elu(z) = z for z > 0, exp(z) - 1 otherwise (alpha = 1), chosen by the value of "
            "z (value_of), so not complex-safe. With alpha = 1, elu' (1 for z > 0, exp(z) otherwise) "
            "is continuous, so f is C1 and the gradient is defined everywhere: tagged smooth, no kink "
            "convention, and nondifferentiable_at reports nothing. f is NOT C2: elu'' jumps from 1 "
            "to 0 where a pre-activation crosses 0, so the Hessian is discontinuous there; at z "
            "exactly 0 hessian() takes the z <= 0 branch (elu''(0) = 1), as does AD of the value. "
            "exp(z) - 1 rather than expm1 (which Boost autodiff lacks) costs at most an absolute "
            "1e-16 in elu near 0.",
    };
  }

  template <class T>
  static T value(const T& z) {
    using std::exp;
    return value_of(z) > 0 ? z : T(exp(z) - T(1));
  }
  template <class T>
  static T derivative(const T& z) {
    using std::exp;
    return value_of(z) > 0 ? T(1) : T(exp(z));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<Mlp<Elu>>);
}  // namespace gradlab::ml
