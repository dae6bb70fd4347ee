// NIST StRD Roszman1: y = b1 - b2 x - arctan(b3 / (x - b4)) / pi.
#include "functions/nist/data/roszman1.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Roszman1 {
  static const Dataset& data() { return data::roszman1::kDataset; }
  static constexpr bool kComplexSafe = true;  // atan is holomorphic near the real axis
  static constexpr const char* kFormula = "y = b1 - b2*x - arctan[b3/(x-b4)]/pi";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::atan;
    return b[0] - b[1] * x - atan(b[2] / (x - b[3])) / pi<T>();
  }
  // With v = x - b4: d atan(b3/v)/d b3 = v / (v^2 + b3^2), d/d b4 = b3 / (v^2 + b3^2).
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    const T v = x - b[3];
    const T q = pi<T>() * (v * v + b[2] * b[2]);
    d[0] = T(1);
    d[1] = -x;
    d[2] = -v / q;
    d[3] = -b[2] / q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Roszman1>);
}  // namespace gradlab::nist
