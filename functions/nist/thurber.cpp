// NIST StRD Thurber: y = (b1 + b2 x + b3 x^2 + b4 x^3) / (1 + b5 x + b6 x^2 + b7 x^3).
#include "functions/nist/data/thurber.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Thurber {
  static const Dataset& data() { return data::thurber::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula =
      "y = (b1 + b2*x + b3*x**2 + b4*x**3) / (1 + b5*x + b6*x**2 + b7*x**3)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    const T x2 = x * x;
    const T x3 = x2 * x;
    return (b[0] + b[1] * x + b[2] * x2 + b[3] * x3) / (T(1) + b[4] * x + b[5] * x2 + b[6] * x3);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T x2 = x * x;
    const T x3 = x2 * x;
    const T den = T(1) + b[4] * x + b[5] * x2 + b[6] * x3;
    const T m = (b[0] + b[1] * x + b[2] * x2 + b[3] * x3) / den;  // the model value
    d[0] = T(1) / den;
    d[1] = x / den;
    d[2] = x2 / den;
    d[3] = x3 / den;
    d[4] = -m * x / den;
    d[5] = -m * x2 / den;
    d[6] = -m * x3 / den;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Thurber>);
}  // namespace gradlab::nist
