// The generalized MAXQ function of Haarala, Miettinen & Makela (2004):
//   f(x) = max_{1<=i<=n} x_i^2,
// the maximum of n convex quadratics. Only the largest |x_i| moves f, so the
// gradient has a single nonzero component, and the pieces tie on the
// hyperplanes |x_i| = |x_j| and at the minimizer x* = 0, where all tie.
#include <optional>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct MaxOfQuadratics {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // the largest |x_i| chosen by value

  ProblemInfo info() const {
    return {.name = "max_of_quadratics",
            .family = "pathological",
            .source =
                "M. Haarala, K. Miettinen and M. M. Makela, New limited memory bundle method for large-scale "
                "nonsmooth optimization, Optimization Methods and Software 19(6):673-692, 2004, problem 1 "
                "(generalization of MAXQ); MAXQ (n = 20) in L. Luksan and J. Vlcek, Test problems for "
                "nonsmooth unconstrained and linearly constrained optimization, Tech. Rep. 798, ICS AS CR, "
                "2000",
            .dimension = Dimension::scalable(2, 20),
            .tags = {Tag::kNonsmooth},
            .notes =
                "f = max_i x_i^2; x0_i = i for i <= n/2 (integer division), -i otherwise, as in the "
                "test-problem Fortran distributed with Haarala et al.'s LMBM code (tnsunc.f; some "
                "re-implementations start from x0_i = +-1 instead, we follow the Fortran). x* = 0, f* = 0, "
                "where all n pieces tie. Gradient 2 x_m e_m for the first m with "
                "x_m^2 maximal; Hessian 2 e_m e_m^T. Kinks: two or more maximal pieces with different "
                "gradients, i.e. |x_i| = |x_j| maximal for i != j, with x != 0; the named start `kink` is x0 "
                "with x_n = n - 1, which ties |x_{n-1}| = |x_n|. Provokes: the ties at the kink (one-sided "
                "finite differences pick a different piece on each side), a gradient with one nonzero "
                "component, and the classic slow progress of gradient methods on a max of quadratics.",
            .kink_convention =
                "for ties, the gradient of the first maximal piece (smallest i with x_i^2 maximal), as the "
                "Fortran of Haarala et al. returns"};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 1; i <= n; ++i) x[i - 1] = i <= n / 2 ? i : -i;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  std::vector<NamedPoint> starts(int n) const {
    std::vector<double> x = x0(n);
    x[n - 1] = n - 1;  // |x_n| = n - 1 = |x_{n-1}|: two maximal pieces
    return {{"kink", x}};
  }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    const std::size_t m = first_maximal(x);
    for (std::size_t i = m + 1; i < x.size(); ++i) {
      if (std::abs(x[i]) == std::abs(x[m]) && x[m] != 0) {
        return "x_" + index_text(m) + "^2 and x_" + index_text(i) + "^2 tie for the maximum";
      }
    }
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    const std::size_t m = first_maximal(x);
    return x[m] * x[m];
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t m = first_maximal(x);
    for (auto& gi : g) gi = T(0);
    g[m] = T(2) * x[m];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    const std::size_t m = first_maximal(x);
    h(m, m) = T(2);
  }

 private:
  // Compared as |x_i| in double: exact, and the same choice in every type.
  template <class T>
  static std::size_t first_maximal(std::span<const T> x) {
    std::size_t m = 0;
    for (std::size_t i = 1; i < x.size(); ++i) {
      if (std::abs(value_of(x[i])) > std::abs(value_of(x[m]))) m = i;
    }
    return m;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(MaxOfQuadratics);
}  // namespace gradlab::pathological
