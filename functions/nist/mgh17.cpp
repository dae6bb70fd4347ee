// NIST StRD MGH17: y = b1 + b2 exp(-x b4) + b3 exp(-x b5).
#include "functions/nist/data/mgh17.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Mgh17 {
  static const Dataset& data() { return data::mgh17::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 + b2*exp[-x*b4] + b3*exp[-x*b5]";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return b[0] + b[1] * exp(-x * b[3]) + b[2] * exp(-x * b[4]);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T e4 = exp(-x * b[3]);
    const T e5 = exp(-x * b[4]);
    d[0] = T(1);
    d[1] = e4;
    d[2] = e5;
    d[3] = -b[1] * x * e4;
    d[4] = -b[2] * x * e5;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Mgh17>);
}  // namespace gradlab::nist
