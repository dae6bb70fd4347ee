// Himmelblau's function:
//   f(x) = (x1^2 + x2 - 11)^2 + (x1 + x2^2 - 7)^2.
#include <array>

#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Himmelblau {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "himmelblau",
            .family = "classic",
            .source =
                "D. M. Himmelblau, Applied Nonlinear Programming, McGraw-Hill, 1972; the domain as in M. "
                "Jamil and X.-S. Yang, Int. J. Mathematical Modelling and Numerical Optimisation "
                "4(2):150-194, 2013 (the Virtual Library of Simulation Experiments, Surjanovic & Bingham, "
                "sfu.ca/~ssurjano, does not list this function)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "four global minima with f* = 0: (3, 2) exactly, and three irrational ones that the "
                "literature quotes to 6 digits, polished here by Newton's method in 50 digits"};
  }

  // The box centre; not stationary (the one local maximum is near (-0.27, -0.92)).
  std::vector<double> x0(int /*n*/) const { return {0.0, 0.0}; }

  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      std::vector<Minimum> m = {{{3.0, 2.0}, 0.0}};
      const std::array<std::array<double, 2>, 3> quoted = {
          {{-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}};
      for (const auto& q : quoted) m.push_back({polish_minimizer(Himmelblau(), {q[0], q[1]}), 0.0});
      return m;
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T r1 = x[0] * x[0] + x[1] - T(11);
    const T r2 = x[0] + x[1] * x[1] - T(7);
    return r1 * r1 + r2 * r2;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T r1 = x[0] * x[0] + x[1] - T(11);
    const T r2 = x[0] + x[1] * x[1] - T(7);
    g[0] = T(4) * x[0] * r1 + T(2) * r2;
    g[1] = T(2) * r1 + T(4) * x[1] * r2;
  }

  // 2 (J^T J + r1 H1 + r2 H2), with J = [[2 x1, 1], [1, 2 x2]], H1 = diag(2, 0), H2 = diag(0, 2).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T r1 = x[0] * x[0] + x[1] - T(11);
    const T r2 = x[0] + x[1] * x[1] - T(7);
    h(0, 0) = T(8) * x[0] * x[0] + T(2) + T(4) * r1;
    h(0, 1) = T(4) * (x[0] + x[1]);
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) + T(8) * x[1] * x[1] + T(4) * r2;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Himmelblau);
}  // namespace gradlab::classic
