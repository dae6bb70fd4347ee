// NIST StRD Misra1c: y = b1 (1 - (1 + 2 b2 x)^-1/2).
#include "functions/nist/data/misra1c.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Misra1c {
  static const Dataset& data() { return data::misra1c::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 * (1-(1+2*b2*x)**(-.5))";

  // (1 + 2 b2 x)^-1/2 written as 1 / sqrt(u); u > 0 on the domain.
  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::sqrt;
    const T u = T(1) + T(2) * b[1] * x;
    return b[0] * (T(1) - T(1) / sqrt(u));
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::sqrt;
    const T u = T(1) + T(2) * b[1] * x;
    const T s = sqrt(u);
    d[0] = T(1) - T(1) / s;
    d[1] = b[0] * x / (u * s);  // b1 * (1/2) u^-3/2 * 2x
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Misra1c>);
}  // namespace gradlab::nist
