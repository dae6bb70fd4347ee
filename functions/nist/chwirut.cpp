// NIST StRD Chwirut1, Chwirut2 (one model, 2 data sets): y = exp(-b1 x) / (b2 + b3 x).
#include "functions/nist/data/chwirut1.h"
#include "functions/nist/data/chwirut2.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

template <const Dataset& kData>
struct Chwirut {
  static const Dataset& data() { return kData; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = exp[-b1*x]/(b2+b3*x)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return exp(-b[0] * x) / (b[1] + b[2] * x);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T den = b[1] + b[2] * x;
    const T m = exp(-b[0] * x) / den;
    d[0] = -x * m;
    d[1] = -m / den;
    d[2] = -x * m / den;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Chwirut<data::chwirut1::kDataset>>);
GRADLAB_REGISTER_PROBLEM(NistProblem<Chwirut<data::chwirut2::kDataset>>);
}  // namespace gradlab::nist
