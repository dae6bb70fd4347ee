// NIST StRD Bennett5: y = b1 (b2 + x)^(-1/b3).
#include "functions/nist/data/bennett5.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Bennett5 {
  static const Dataset& data() { return data::bennett5::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "y = b1 * (b2+x)**(-1/b3)";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::pow;
    return b[0] * pow(b[1] + x, -T(1) / b[2]);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::log;
    using std::pow;
    const T p = pow(b[1] + x, -T(1) / b[2]);
    d[0] = p;
    d[1] = -b[0] * p / (b[2] * (b[1] + x));
    d[2] = b[0] * p * log(b[1] + x) / (b[2] * b[2]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Bennett5>);
}  // namespace gradlab::nist
