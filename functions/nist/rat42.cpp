// NIST StRD Rat42: y = b1 / (1 + exp(b2 - b3 x)).
#include "functions/nist/data/rat42.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Rat42 {
  static const Dataset& data() { return data::rat42::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 / (1+exp[b2-b3*x])";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return b[0] / (T(1) + exp(b[1] - b[2] * x));
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T e = exp(b[1] - b[2] * x);
    const T w = T(1) + e;
    d[0] = T(1) / w;
    d[1] = -b[0] * e / (w * w);
    d[2] = b[0] * x * e / (w * w);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Rat42>);
}  // namespace gradlab::nist
