// NIST StRD Nelson: log y = b1 - b2 x1 exp(-b3 x2), fitted in log y.
#include "functions/nist/data/nelson.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct Nelson {
  static const Dataset& data() { return data::nelson::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula = "log[y] = b1 - b2*x1 * exp[-b3*x2]";

  template <class T>
  static T response(const T& y) {
    using std::log;
    return log(y);
  }

  template <class T>
  T model(std::span<const T> b, const T& x1, const T& x2) const {
    using std::exp;
    return b[0] - b[1] * x1 * exp(-b[2] * x2);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x1, const T& x2, std::span<T> d) const {
    using std::exp;
    const T e = exp(-b[2] * x2);
    d[0] = T(1);
    d[1] = -x1 * e;
    d[2] = b[1] * x1 * x2 * e;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<Nelson>);
}  // namespace gradlab::nist
