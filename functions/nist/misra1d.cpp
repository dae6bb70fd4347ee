// NIST StRD Misra1d: y = b1 b2 x / (1 + b2 x).
#include "functions/nist/data/misra1d.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Misra1d {
  static const Dataset& data() { return data::misra1d::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1*b2*x*((1+b2*x)**(-1))";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    return b[0] * b[1] * x / (T(1) + b[1] * x);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T u = T(1) + b[1] * x;
    d[0] = b[1] * x / u;
    d[1] = b[0] * x / (u * u);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Misra1d>);
}  // namespace gradlab::nist
