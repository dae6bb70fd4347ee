// NIST StRD Misra1b: y = b1 (1 - (1 + b2 x / 2)^-2).
#include "functions/nist/data/misra1b.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Misra1b {
  static const Dataset& data() { return data::misra1b::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 * (1-(1+b2*x/2)**(-2))";

  // (1 + b2 x / 2)^-2 written exactly as 1 / u^2.
  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    const T u = T(1) + b[1] * x * ratio<T>(1, 2);
    return b[0] * (T(1) - T(1) / (u * u));
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T u = T(1) + b[1] * x * ratio<T>(1, 2);
    d[0] = T(1) - T(1) / (u * u);
    d[1] = b[0] * x / (u * u * u);  // b1 * 2 u^-3 * x/2
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Misra1b>);
}  // namespace gradlab::nist
