// Ursem's function 1 (Jamil & Yang 2013, function 156):
//   f(x) = -sin(2 x1 - pi/2) - 3 cos(x2) - x1 / 2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Ursem1 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "ursem1",
            .family = "classic",
            .source =
                "J. Ronkkonen, Continuous multimodal global optimization with differential evolution-based "
                "methods, PhD thesis, Lappeenranta University of Technology, 2009; as in M. Jamil and X.-S. "
                "Yang, A literature survey of benchmark functions for global optimization problems, Int. J. "
                "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
                "function 156",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth},
            .notes =
                "The survey states no minimum. Over the box [-2.5, 3] x [-2, 2] the minimizer is interior: "
                "x2* = 0 and sin(2 x1*) = -1/4, x1* = (pi + asin(1/4)) / 2 = 1.6971364543..., f* = "
                "-4.8168140637... (Gavana's collection: -4.81681406371, (1.69714, 0)); found by Newton's "
                "method in 50 digits. The -x1/2 term makes f unbounded below as x1 -> infinity, so the "
                "minimum is the box's"};
  }

  std::vector<double> x0(int /*n*/) const { return {0.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Ursem1 p;
      std::vector<double> x = polish_minimizer(p, {1.69714, 0.0});
      x[1] = 0.0;  // exact by symmetry; Newton steps of -0 can leave the sign bit set
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int /*n*/) const { return {{-2.5, -2.0}, {3.0, 2.0}}; }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::sin;
    return -sin(T(2) * x[0] - pi<T>() / T(2)) - T(3) * cos(x[1]) - x[0] / T(2);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    g[0] = T(-2) * cos(T(2) * x[0] - pi<T>() / T(2)) - ratio<T>(1, 2);
    g[1] = T(3) * sin(x[1]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    h(0, 0) = T(4) * sin(T(2) * x[0] - pi<T>() / T(2));
    h(0, 1) = T(0);
    h(1, 0) = T(0);
    h(1, 1) = T(3) * cos(x[1]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Ursem1);
}  // namespace gradlab::classic
