// NIST StRD Gauss1, Gauss2, Gauss3 (one model, 3 data sets): y = b1 exp(-b2 x) + b3 exp(-(x - b4)^2 / b5^2) +
// b6 exp(-(x - b7)^2 / b8^2).
#include "functions/nist/data/gauss1.h"
#include "functions/nist/data/gauss2.h"
#include "functions/nist/data/gauss3.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

template <const Dataset& kData>
struct Gauss {
  static const Dataset& data() { return kData; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula =
      "y = b1*exp( -b2*x ) + b3*exp( -(x-b4)**2 / b5**2 ) + b6*exp( -(x-b7)**2 / b8**2 )";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    const T u = (x - b[3]) / b[4];
    const T v = (x - b[6]) / b[7];
    return b[0] * exp(-b[1] * x) + b[2] * exp(-u * u) + b[5] * exp(-v * v);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T u = (x - b[3]) / b[4];
    const T v = (x - b[6]) / b[7];
    const T e1 = exp(-b[1] * x);
    const T e2 = exp(-u * u);
    const T e3 = exp(-v * v);
    d[0] = e1;
    d[1] = -b[0] * x * e1;
    d[2] = e2;
    d[3] = T(2) * b[2] * e2 * u / b[4];
    d[4] = T(2) * b[2] * e2 * u * u / b[4];
    d[5] = e3;
    d[6] = T(2) * b[5] * e3 * v / b[7];
    d[7] = T(2) * b[5] * e3 * v * v / b[7];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Gauss<data::gauss1::kDataset>>);
GRADLAB_REGISTER_PROBLEM(NistProblem<Gauss<data::gauss2::kDataset>>);
GRADLAB_REGISTER_PROBLEM(NistProblem<Gauss<data::gauss3::kDataset>>);
}  // namespace gradlab::nist
