// Bukin function N. 6 (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = 100 sqrt(|x2 - 0.01 x1^2|) + 0.01 |x1 + 10|.
// Nonsmooth twice over: a kink on the line x1 = -10 and, worse, a ridge on the
// parabola x2 = x1^2/100 where the gradient is unbounded (sqrt of |.|).
#include <optional>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct Bukin6 {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |.| chosen by sign

  ProblemInfo info() const {
    return {.name = "bukin6",
            .family = "pathological",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/bukin6.html); M. Jamil and X.-S. Yang, A literature survey of benchmark "
                "functions for global optimisation problems, Int. J. Mathematical Modelling and Numerical "
                "Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth, Tag::kMultimodal},
            .notes =
                "f = 100 sqrt(|u|) + |x1 + 10| / 100 with u = x2 - x1^2/100; 0.01 is applied as a division "
                "by 100, so u is 0 exactly on the ridge points with x1^2/100 representable (e.g. x* = "
                "(-10, 1)) in every precision. Domain x1 in [-15, -5], x2 in [-3, 3]; x* = (-10, 1), "
                "f* = 0 (VLSE and Jamil & Yang agree). The ridge u = 0 is a valley of local minima (every "
                "point on it minimizes f along x2). Gradient: df/dx2 = 50 sign(u) / sqrt|u|, df/dx1 = "
                "-x1 sign(u) / sqrt|u| + sign(x1 + 10)/100. The named start `kink` = (-10, 0) lies on the "
                "kink of |x1 + 10|. Provokes: gradients that grow without bound near the ridge (every "
                "finite-difference step that straddles it is wrong by orders of magnitude), and a "
                "double-precision gradient that loses digits within about 1e-3 of the ridge, where u is a "
                "difference of nearly equal numbers (relative error about 1e-16 (|x2| + x1^2/100) / |u|).",
            .kink_convention =
                "sign(0) = 0: on x1 = -10 the |x1 + 10| term contributes 0; on the ridge u = 0, where the "
                "gradient of 100 sqrt|u| is unbounded, that term contributes 0 to the gradient and Hessian"};
  }

  std::vector<double> x0(int) const { return {-8.0, 2.0}; }
  std::vector<Minimum> minima(int) const { return {{{-10.0, 1.0}, 0.0}}; }
  std::vector<NamedPoint> starts(int) const { return {{"kink", {-10.0, 0.0}}}; }
  Box domain(int) const { return {{-15.0, -3.0}, {-5.0, 3.0}}; }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (ridge(x) == 0)
      return std::string("on the ridge x2 = x1^2/100, where the gradient is undefined (unbounded nearby)");
    if (x[0] == -10) return std::string("|x1 + 10| has a kink at x1 = -10");
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sqrt;
    const T u = ridge(x);
    const T v = x[0] + T(10);
    return T(100) * sqrt(value_of(u) < 0 ? T(-u) : u) + (value_of(v) < 0 ? T(-v) : v) / T(100);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sqrt;
    const T u = ridge(x);
    const int su = sign_of(value_of(u));
    g[0] = T(sign_of(value_of(x[0] + T(10)))) / T(100);
    g[1] = T(0);
    if (su != 0) {
      const T root = sqrt(su < 0 ? T(-u) : u);
      g[0] -= T(su) * x[0] / root;
      g[1] = T(50 * su) / root;
    }
  }

  // phi(u) = 100 sqrt|u|: phi' = 50 sign(u) |u|^(-1/2), phi'' = -25 |u|^(-3/2);
  // du/dx1 = -x1/50, d2u/dx1^2 = -1/50, du/dx2 = 1.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::sqrt;
    h.fill(T(0));
    const T u = ridge(x);
    const int su = sign_of(value_of(u));
    if (su == 0) return;
    const T au = su < 0 ? T(-u) : u;
    const T root = sqrt(au);
    const T d1 = T(50 * su) / root;
    const T d2 = T(-25) / (au * root);
    const T u1 = -x[0] / T(50);
    h(0, 0) = d2 * u1 * u1 - d1 / T(50);
    h(0, 1) = d2 * u1;
    h(1, 0) = h(0, 1);
    h(1, 1) = d2;
  }

 private:
  template <class T>
  static T ridge(std::span<const T> x) {
    return x[1] - x[0] * x[0] / T(100);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Bukin6);
}  // namespace gradlab::pathological
