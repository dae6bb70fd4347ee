// The Alpine function 1 (Jamil & Yang 2013, function 6):
//   f(x) = sum_i |x_i sin(x_i) + x_i / 10|.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Alpine1 {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |u| chosen by sign

  ProblemInfo info() const {
    return {
        .name = "alpine1",
        .family = "classic",
        .source =
            "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 6 (after Rahnamayan, Tizhoosh and Salama, 2007)",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kNonsmooth, Tag::kMultimodal},
        .notes =
            "Each term is |u_i| with u_i = x_i (sin x_i + 1/10), which vanishes at x_i = 0 and where "
            "sin x_i = -1/10; the latter are irrational, so among doubles the gradient is undefined exactly "
            "where some x_i = 0. Global minimizer x* = 0, f* = 0. Jamil & Yang call it non-scalable; the sum "
            "is defined for every n",
        .kink_convention = "sign(0) = 0: a term with u_i = 0 contributes 0 to the gradient"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (double xi : x) {
      if (xi == 0.0) return "alpine1: |x_i sin x_i + x_i / 10| has a kink at x_i = 0";
    }
    return std::nullopt;
  }

  template <class T>
  static T term(const T& xi) {
    using std::sin;
    return xi * (sin(xi) + ratio<T>(1, 10));
  }
  template <class T>
  static double sign_of(const T& u) {
    const double v = value_of(u);
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& xi : x) {
      const T u = term(xi);
      f += value_of(u) < 0 ? T(-u) : u;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = T(sign_of(term(x[i]))) * (sin(x[i]) + ratio<T>(1, 10) + x[i] * cos(x[i]));
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      h(i, i) = T(sign_of(term(x[i]))) * (T(2) * cos(x[i]) - x[i] * sin(x[i]));
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Alpine1);
}  // namespace gradlab::classic
