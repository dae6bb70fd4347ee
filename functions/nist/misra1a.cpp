// NIST StRD Misra1a: y = b1 (1 - exp(-b2 x)).
#include "functions/nist/data/misra1a.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Misra1a {
  static const Dataset& data() { return data::misra1a::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1*(1-exp[-b2*x])";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return b[0] * (T(1) - exp(-b[1] * x));
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T e = exp(-b[1] * x);
    d[0] = T(1) - e;
    d[1] = b[0] * x * e;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Misra1a>);
}  // namespace gradlab::nist
