// NIST StRD ENSO: an annual cycle plus two cycles of fitted period.
#include "functions/nist/data/enso.h"
#include "functions/nist/nist_problem.h"
#include "functions/registry.h"

namespace gradlab::nist {
namespace {

struct ENSO {
  static const Dataset& data() { return data::enso::kDataset; }
  static constexpr bool kComplexSafe = true;
  static constexpr const char* kFormula =
      "y = b1 + b2*cos( 2*pi*x/12 ) + b3*sin( 2*pi*x/12 ) + b5*cos( 2*pi*x/b4 ) + b6*sin( 2*pi*x/b4 ) + "
      "b8*cos( 2*pi*x/b7 ) + b9*sin( 2*pi*x/b7 )";

  template <class T>
  T model(std::span<const T> b, const T& x, const T&) const {
    using std::cos;
    using std::sin;
    const T w = T(2) * pi<T>() * x;
    const T a = w / T(12);
    const T a4 = w / b[3];
    const T a7 = w / b[6];
    return b[0] + b[1] * cos(a) + b[2] * sin(a) + b[4] * cos(a4) + b[5] * sin(a4) + b[7] * cos(a7) +
           b[8] * sin(a7);
  }
  template <class T>
  void model_gradient(std::span<const T> b, const T& x, const T&, std::span<T> d) const {
    using std::cos;
    using std::sin;
    const T w = T(2) * pi<T>() * x;
    const T a = w / T(12);
    const T a4 = w / b[3];
    const T a7 = w / b[6];
    d[0] = T(1);
    d[1] = cos(a);
    d[2] = sin(a);
    d[3] = a4 / b[3] * (b[4] * sin(a4) - b[5] * cos(a4));
    d[4] = cos(a4);
    d[5] = sin(a4);
    d[6] = a7 / b[6] * (b[7] * sin(a7) - b[8] * cos(a7));
    d[7] = cos(a7);
    d[8] = sin(a7);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(NistProblem<ENSO>);
}  // namespace gradlab::nist
