// NIST StRD Kirby2: y = (b1 + b2 x + b3 x^2) / (1 + b4 x + b5 x^2).
#include "functions/nist/data/kirby2.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Kirby2 {
  static const Dataset& data() { return data::kirby2::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = (b1 + b2*x + b3*x**2) / (1 + b4*x + b5*x**2)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    const T x2 = x * x;
    const T num = b[0] + b[1] * x + b[2] * x2;
    const T den = T(1) + b[3] * x + b[4] * x2;
    return num / den;
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T x2 = x * x;
    const T num = b[0] + b[1] * x + b[2] * x2;
    const T den = T(1) + b[3] * x + b[4] * x2;
    const T q = num / (den * den);
    d[0] = T(1) / den;
    d[1] = x / den;
    d[2] = x2 / den;
    d[3] = -x * q;
    d[4] = -x2 * q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Kirby2>);
}  // namespace gradlab::nist
