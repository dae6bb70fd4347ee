// Two-layer perceptron with logistic-sigmoid hidden units (functions/ml/mlp.h).
#include "functions/ml/mlp.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

struct Sigmoid {
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = false;
  static constexpr bool kKinked = false;

  static ProblemInfo info() {
    return {.name = "mlp_sigmoid",
            .source = "logistic sigmoid units as in Rumelhart, Hinton & Williams (1986)",
            .tags = {Tag::kSmooth},
            .notes =
                "Activation sigmoid(z) = 1 / (1 + exp(-z)), sigmoid' = sigmoid (1 - sigmoid); "
                "analytic, so complex-safe."};
  }

  template <class T>
  static T value(const T& z) {
    using std::exp;
    return T(1) / (T(1) + exp(-z));
  }
  template <class T>
  static T derivative(const T& z) {
    const T s = value(z);
    return s * (T(1) - s);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<Mlp<Sigmoid>>);
}  // namespace gradlab::ml
