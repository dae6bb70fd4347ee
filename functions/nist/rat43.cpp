// NIST StRD Rat43: y = b1 / (1 + exp(b2 - b3 x))^(1/b4).
#include "functions/nist/data/rat43.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Rat43 {
  static const Dataset& data() { return data::rat43::kDataset; }
  static constexpr bool kComplexSafe = true;  // pow and log of a base near the positive reals
  static constexpr const char* kFormula = "y = b1 / ((1+exp[b2-b3*x])**(1/b4))";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::exp;
    using std::pow;
    return b[0] / pow(T(1) + exp(b[1] - b[2] * x), T(1) / b[3]);
  }
  // With w = 1 + e, e = exp(b2 - b3 x), p = w^(1/b4), m = b1 / p:
  // dm/db2 = -m e / (b4 w), dm/db3 = m x e / (b4 w), dm/db4 = m log(w) / b4^2.
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::exp;
    using std::log;
    using std::pow;
    const T e = exp(b[1] - b[2] * x);
    const T w = T(1) + e;
    const T p = pow(w, T(1) / b[3]);
    const T m = b[0] / p;
    d[0] = T(1) / p;
    d[1] = -m * e / (b[3] * w);
    d[2] = m * x * e / (b[3] * w);
    d[3] = m * log(w) / (b[3] * b[3]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Rat43>);
}  // namespace gradlab::nist
