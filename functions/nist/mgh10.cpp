// NIST StRD MGH10: y = b1 exp(b2 / (x + b3)).
#include "functions/nist/data/mgh10.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Mgh10 {
  static const Dataset& data() { return data::mgh10::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 * exp[b2/(x+b3)]";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return b[0] * exp(b[1] / (x + b[2]));
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T s = x + b[2];
    const T e = exp(b[1] / s);
    d[0] = e;
    d[1] = b[0] * e / s;
    d[2] = -b[0] * e * b[1] / (s * s);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Mgh10>);
}  // namespace gradlab::nist
