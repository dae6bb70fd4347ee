// The rotated ellipse function (Jamil & Yang 2013, function 107):
//   f(x) = 7 x1^2 - 6 sqrt(3) x1 x2 + 13 x2^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct RotatedEllipse {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "rotated_ellipse",
            .family = "classic",
            .source =
                "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
                "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
                "(arXiv:1308.4008), function 107",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth},
            .notes =
                "The ellipse 4 u^2 + 16 v^2 rotated by 30 degrees: Hessian eigenvalues 8 and 32. Minimizer "
                "(0, 0), f* = 0"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -500.0, 500.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sqrt;
    return T(7) * x[0] * x[0] - T(6) * sqrt(T(3)) * x[0] * x[1] + T(13) * x[1] * x[1];
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sqrt;
    const T c = T(6) * sqrt(T(3));
    g[0] = T(14) * x[0] - c * x[1];
    g[1] = T(26) * x[1] - c * x[0];
  }

  template <class T>
  void hessian(std::span<const T> /*x*/, MatrixRef<T> h) const {
    using std::sqrt;
    const T c = T(6) * sqrt(T(3));
    h(0, 0) = T(14);
    h(0, 1) = -c;
    h(1, 0) = -c;
    h(1, 1) = T(26);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(RotatedEllipse);
}  // namespace gradlab::classic
