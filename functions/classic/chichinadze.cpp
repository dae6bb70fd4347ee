// The Chichinadze function (Jamil & Yang 2013, function 33):
//   f(x) = x1^2 - 12 x1 + 11 + 10 cos(pi x1 / 2) + 8 sin(5 pi x1 / 2)
//          - (1/5)^(1/2) exp(-(x2 - 1/2)^2 / 2).
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Chichinadze {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "chichinadze",
        .family = "classic",
        .source =
            "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 33 (after V. K. Chichinadze, 1969)",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "The formula is followed as printed, with sin(5 pi x1 / 2). The survey's minimum, "
            "f(5.90133, 0.5) = -43.3159, belongs to the variant with sin(5 pi x1) and is not a minimum of "
            "the printed formula (f = -29.72 there). The printed formula's global minimum, located by a "
            "grid over [-30, 30] and Newton's method in 50 digits, is at x1 = 6.18986658698431..., "
            "x2 = 1/2 exactly, f* = -42.94438701899097... (as in Gavana's collection). The survey's box is "
            "[-30, 30]^2; random points come from [-10, 10]^2, which holds the minimizer, because the double "
            "gradient's error grows with |x1| through the argument of sin(5 pi x1 / 2) (7.6e-14 of the "
            "gradient scale near |x1| = 30, 3.5e-14 within 10)"};
  }

  // In the basin of the global minimizer: from the origin L-BFGS ends in the
  // local minimum near x1 = -1.
  std::vector<double> x0(int /*n*/) const { return {5.0, 0.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Chichinadze p;
      const std::vector<double> x = polish_minimizer(p, {6.18987, 0.5});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T h = pi<T>() / T(2);
    const T t = x[1] - ratio<T>(1, 2);
    return x[0] * x[0] - T(12) * x[0] + T(11) + T(10) * cos(h * x[0]) + T(8) * sin(T(5) * h * x[0]) -
           exp(-t * t / T(2)) / sqrt(T(5));
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T h = pi<T>() / T(2);
    const T t = x[1] - ratio<T>(1, 2);
    g[0] = T(2) * x[0] - T(12) - T(10) * h * sin(h * x[0]) + T(40) * h * cos(T(5) * h * x[0]);
    g[1] = t * exp(-t * t / T(2)) / sqrt(T(5));
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T c = pi<T>() / T(2);
    const T t = x[1] - ratio<T>(1, 2);
    h(0, 0) = T(2) - T(10) * c * c * cos(c * x[0]) - T(200) * c * c * sin(T(5) * c * x[0]);
    h(0, 1) = T(0);
    h(1, 0) = T(0);
    h(1, 1) = (T(1) - t * t) * exp(-t * t / T(2)) / sqrt(T(5));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Chichinadze);
}  // namespace gradlab::classic
