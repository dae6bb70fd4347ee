// Two-layer perceptron with tanh hidden units (functions/ml/mlp.h).
#include "functions/ml/mlp.h"
#include "functions/registry.h"

namespace gradlab::ml {
namespace {

struct Tanh {
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = false;
  static constexpr bool kKinked = false;

  static ProblemInfo info() {
    return {.name = "mlp_tanh",
            .source =
                "tanh units as recommended by LeCun, Bottou, Orr & Mueller, Efficient BackProp, in "
                "Neural Networks: Tricks of the Trade, Springer LNCS 1524, 1998",
            .tags = {Tag::kSmooth},
            .notes =
                "Activation tanh(z), tanh' = 1 - tanh^2; analytic, so complex-safe. tanh is odd, so "
                "flipping the signs of a hidden unit's (W1 row, b1, W2 entry) leaves f unchanged: "
                "2^H H! equivalent minimizers."};
  }

  template <class T>
  static T value(const T& z) {
    using std::tanh;
    return tanh(z);
  }
  template <class T>
  static T derivative(const T& z) {
    const T t = value(z);
    return T(1) - t * t;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(FiniteSum<Mlp<Tanh>>);
}  // namespace gradlab::ml
