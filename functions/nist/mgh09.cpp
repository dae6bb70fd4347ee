// NIST StRD MGH09: y = b1 (x^2 + x b2) / (x^2 + x b3 + b4).
#include "functions/nist/data/mgh09.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Mgh09 {
  static const Dataset& data() { return data::mgh09::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1*(x**2+x*b2) / (x**2+x*b3+b4)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    return b[0] * (x * x + x * b[1]) / (x * x + x * b[2] + b[3]);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T num = x * x + x * b[1];
    const T den = x * x + x * b[2] + b[3];
    const T m = b[0] * num / den;  // the model value
    d[0] = num / den;
    d[1] = b[0] * x / den;
    d[2] = -m * x / den;
    d[3] = -m / den;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Mgh09>);
}  // namespace gradlab::nist
