// The Gramacy & Lee (2012) one-dimensional function (Surjanovic & Bingham,
// Virtual Library of Simulation Experiments):
//   f(x) = sin(10 pi x) / (2x) + (x - 1)^4.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct GramacyLee {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "gramacy_lee",
            .family = "classic",
            .source =
                "R. B. Gramacy and H. K. H. Lee, Cases for the nugget in modeling computer experiments, "
                "Statistics and Computing 22(3):713-722, 2012; as in Surjanovic & Bingham, Virtual "
                "Library of Simulation Experiments (sfu.ca/~ssurjano/grlee12.html)",
            .dimension = Dimension::fixed(1),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "on [0.5, 2.5]; a local minimum in every period 0.2 of the sine, the deepest at the left "
                "end: x* near 0.548563, f* near -0.869011 (VLSE quotes no minimum), found by a scan "
                "of the interval and Newton's method in 50 digits, f* evaluated there"};
  }

  // Descent from x = 1.5 ends in a local minimum near 1.55, far from x*.
  std::vector<double> x0(int /*n*/) const { return {1.5}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const GramacyLee p;
      const std::vector<double> x = polish_minimizer(p, {0.548563444});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, 0.5, 2.5); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T d = x[0] - T(1);
    return sin(T(10) * pi<T>() * x[0]) / (T(2) * x[0]) + d * d * d * d;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    const T p = pi<T>();
    const T t = x[0];
    const T d = t - T(1);
    g[0] = T(5) * p * cos(T(10) * p * t) / t - sin(T(10) * p * t) / (T(2) * t * t) + T(4) * d * d * d;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const T p = pi<T>();
    const T t = x[0];
    const T d = t - T(1);
    const T s = sin(T(10) * p * t);
    const T c = cos(T(10) * p * t);
    h(0, 0) = T(-50) * p * p * s / t - T(10) * p * c / (t * t) + s / (t * t * t) + T(12) * d * d;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(GramacyLee);
}  // namespace gradlab::classic
