// NIST StRD Lanczos1, Lanczos2, Lanczos3 (one model, 3 data sets): y = b1 exp(-b2 x) + b3 exp(-b4 x) + b5
// exp(-b6 x).
#include "functions/nist/data/lanczos1.h"
#include "functions/nist/data/lanczos2.h"
#include "functions/nist/data/lanczos3.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

template <const Dataset& kData>
struct Lanczos {
  static const Dataset& data() { return kData; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1*exp(-b2*x) + b3*exp(-b4*x) + b5*exp(-b6*x)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    return b[0] * exp(-b[1] * x) + b[2] * exp(-b[3] * x) + b[4] * exp(-b[5] * x);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    for (int k = 0; k < 6; k += 2) {
      const T e = exp(-b[k + 1] * x);
      d[k] = e;
      d[k + 1] = -b[k] * x * e;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Lanczos<data::lanczos1::kDataset>>);
GRADLAB_REGISTER_PROBLEM(NistProblem<Lanczos<data::lanczos2::kDataset>>);
GRADLAB_REGISTER_PROBLEM(NistProblem<Lanczos<data::lanczos3::kDataset>>);
}  // namespace gradlab::nist
