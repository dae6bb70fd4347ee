// NIST StRD Eckerle4: y = (b1/b2) exp(-((x - b3)/b2)^2 / 2).
#include "functions/nist/data/eckerle4.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Eckerle4 {
  static const Dataset& data() { return data::eckerle4::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = (b1/b2) * exp[-0.5*((x-b3)/b2)**2]";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    const T u = (x - b[2]) / b[1];
    return b[0] / b[1] * exp(-ratio<T>(1, 2) * u * u);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    const T u = (x - b[2]) / b[1];
    const T e = exp(-ratio<T>(1, 2) * u * u);
    d[0] = e / b[1];
    d[1] = b[0] * e * (u * u - T(1)) / (b[1] * b[1]);
    d[2] = b[0] * e * u / (b[1] * b[1]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Eckerle4>);
}  // namespace gradlab::nist
