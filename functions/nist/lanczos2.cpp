// NIST StRD Lanczos2: y = b1 exp(-b2 x) + b3 exp(-b4 x) + b5 exp(-b6 x).
#include "functions/nist/data/lanczos2.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Lanczos2 {
  static const Dataset& data() { return data::lanczos2::kDataset; }
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
    for (int k = 0; k < 3; ++k) {
      const T e = exp(-b[2 * k + 1] * x);
      d[2 * k] = e;
      d[2 * k + 1] = -b[2 * k] * x * e;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Lanczos2>);
}  // namespace gradlab::nist
