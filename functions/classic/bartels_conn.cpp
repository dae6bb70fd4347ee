// The Bartels-Conn function (Jamil & Yang 2013, function 9):
//   f(x) = |x1^2 + x2^2 + x1 x2| + |sin x1| + |cos x2|.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct BartelsConn {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |.| chosen by sign

  ProblemInfo info() const {
    return {.name = "bartels_conn",
            .family = "classic",
            .source =
                "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
                "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
                "(arXiv:1308.4008), function 9",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth, Tag::kMultimodal},
            .notes =
                "x1^2 + x1 x2 + x2^2 is positive semidefinite, so its absolute value is the smooth quadratic "
                "itself. |sin x1| has kinks on the lines x1 = k pi and |cos x2| on x2 = pi/2 + k pi; among "
                "doubles only x1 = 0 lies on one (no other multiple of pi/2 is a double). Global minimizer "
                "(0, 0), on that kink, with f* = 1",
            .kink_convention = "sign(0) = 0: d|u|/du is taken as 0 where u = sin x1 or cos x2 is 0"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -500.0, 500.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[0] == 0.0) return "bartels_conn: |sin x1| has a kink at x1 = 0";
    return std::nullopt;
  }

  template <class T>
  static double sign_of(const T& u) {
    const double v = value_of(u);
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::sin;
    const T s = sin(x[0]);
    const T c = cos(x[1]);
    return x[0] * x[0] + x[1] * x[1] + x[0] * x[1] + T(sign_of(s)) * s + T(sign_of(c)) * c;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    const T s = sin(x[0]);
    const T c = cos(x[1]);
    g[0] = T(2) * x[0] + x[1] + T(sign_of(s)) * cos(x[0]);
    g[1] = T(2) * x[1] + x[0] - T(sign_of(c)) * sin(x[1]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const T s = sin(x[0]);
    const T c = cos(x[1]);
    h(0, 0) = T(2) - T(sign_of(s)) * s;
    h(0, 1) = T(1);
    h(1, 0) = T(1);
    h(1, 1) = T(2) - T(sign_of(c)) * c;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(BartelsConn);
}  // namespace gradlab::classic
