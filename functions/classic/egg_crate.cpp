// The egg crate function (Jamil & Yang 2013, function 52):
//   f(x) = x1^2 + x2^2 + 25 (sin^2 x1 + sin^2 x2).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct EggCrate {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "egg_crate",
            .family = "classic",
            .source =
                "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
                "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
                "(arXiv:1308.4008), function 52",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes = "Global minimizer (0, 0), f* = 0; a local minimum near every (k pi, l pi) in the box"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T s1 = sin(x[0]);
    const T s2 = sin(x[1]);
    return x[0] * x[0] + x[1] * x[1] + T(25) * (s1 * s1 + s2 * s2);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    for (std::size_t i = 0; i < 2; ++i) g[i] = T(2) * x[i] + T(25) * sin(T(2) * x[i]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    h.fill(T(0));
    for (std::size_t i = 0; i < 2; ++i) h(i, i) = T(2) + T(50) * cos(T(2) * x[i]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(EggCrate);
}  // namespace gradlab::classic
