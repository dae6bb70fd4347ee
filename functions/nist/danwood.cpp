// NIST StRD DanWood: y = b1 x^b2.
#include "functions/nist/data/danwood.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct DanWood {
  static const Dataset& data() { return data::danwood::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1*x**b2";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::pow;
    return b[0] * pow(x, b[1]);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::log;
    using std::pow;
    const T p = pow(x, b[1]);
    d[0] = p;
    d[1] = b[0] * p * log(x);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<DanWood>);
}  // namespace gradlab::nist
