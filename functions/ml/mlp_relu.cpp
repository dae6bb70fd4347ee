// Two-layer perceptron with rectified-linear hidden units (functions/ml/mlp.h).
#include "functions/ml/mlp.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

struct Relu {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // relu chosen by value
  static constexpr bool kKinked = true;

  static ProblemInfo info() {
    return {.name = "mlp_relu",
            .source =
                "rectified linear units as in Nair & Hinton, Rectified linear units improve restricted "
                "Boltzmann machines, ICML 2010, and Glorot, Bordes & Bengio, Deep sparse rectifier "
                "neural networks, AISTATS 2011",
            .tags = {Tag::kNonsmooth},
            .notes =
                "Activation relu(z) = max(z, 0), chosen by the value of z (value_of), so not complex-safe. "
                "f is continuous but its gradient jumps where a pre-activation z = (W1 x_j + b1)_h is "
                "exactly 0 for some sample j and unit h: nondifferentiable_at reports such points and "
                "gradient() returns the subgradient with relu'(0) = 0 there (the convention of PyTorch "
                "and TensorFlow). Between kinks f is piecewise smooth; the Hessian (AD of the gradient) "
                "has no relu'' term.",
            .kink_convention = "relu'(0) = 0"};
  }

  template <class T>
  static T value(const T& z) {
    return value_of(z) > 0 ? z : T(0);
  }
  template <class T>
  static T derivative(const T& z) {
    return T(value_of(z) > 0 ? 1 : 0);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<Mlp<Relu>>);
}  // namespace gradlab::ml
