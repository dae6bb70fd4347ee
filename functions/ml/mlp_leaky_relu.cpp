// Two-layer perceptron with leaky rectified-linear hidden units
// (functions/ml/mlp.h).
#include "functions/ml/mlp.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

struct LeakyRelu {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // chosen by value
  static constexpr bool kKinked = true;

  static ProblemInfo info() {
    return {.name = "mlp_leaky_relu",
            .source =
                "leaky rectifiers as in Maas, Hannun & Ng, Rectifier nonlinearities improve neural "
                "network acoustic models, ICML Workshop on Deep Learning for Audio, Speech and Language "
                "Processing, 2013 (slope 0.01)",
            .tags = {Tag::kNonsmooth},
            .notes =
                "Activation leaky_relu(z) = z for z > 0, 0.01 z otherwise, chosen by the value of z "
                "(value_of), so not complex-safe. The gradient jumps where a pre-activation is exactly 0: "
                "nondifferentiable_at reports such points and gradient() uses leaky_relu'(0) = 0.01 (the "
                "z <= 0 branch, as PyTorch). Unlike ReLU no unit is ever dead: its gradient never vanishes.",
            .kink_convention = "leaky_relu'(0) = 0.01"};
  }

  template <class T>
  static T value(const T& z) {
    return value_of(z) > 0 ? z : T(ratio<T>(1, 100) * z);
  }
  template <class T>
  static T derivative(const T& z) {
    return value_of(z) > 0 ? T(1) : ratio<T>(1, 100);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<Mlp<LeakyRelu>>);
}  // namespace gradlab::ml
