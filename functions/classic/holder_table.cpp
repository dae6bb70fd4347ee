// The Holder table function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = -|sin(x1) cos(x2) exp(|1 - sqrt(x1^2 + x2^2) / pi|)|.
#include <optional>
#include <string>

#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct HolderTable {
  static constexpr bool kComplexSafe = false;  // |.|
  // |.| chosen by sign: value() branches on value_of(x)
  static constexpr bool kControlFlowDependsOnX = true;

  ProblemInfo info() const {
    return {.name = "holder_table",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/holder.html); as listed in M. Jamil and X.-S. Yang, A literature "
                "survey of benchmark functions for global optimization problems, Int. J. Mathematical "
                "Modelling and Numerical Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth, Tag::kMultimodal},
            .notes =
                "kinks where sin(x1) = 0 or cos(x2) = 0 (ridges of f, from the outer |.|) and on the "
                "circle |x| = pi (from the inner |.|). x1 = k pi, x2 = pi/2 + k pi and x1^2 + x2^2 = "
                "pi^2 hold for no double except x1 = 0, so nondifferentiable_at reports only the line "
                "x1 = 0. Four global minima (+-a, +-b), a near 8.055023, b near 9.664590, f* near "
                "-19.2085 (VLSE: (+-8.05502, +-9.66459)), found by Newton's method in 50 digits from a "
                "grid search's estimate, f* evaluated there",
            .kink_convention =
                "sign(0) = 0 in both absolute values: gradient() returns the mean of the one-sided "
                "gradients (0 on the ridges sin(x1) cos(x2) = 0)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const HolderTable p;
      const std::vector<double> x = polish_minimizer(p, {8.055023, 9.664590});
      const double a = x[0];
      const double b = x[1];
      const std::vector<Real50> x50 = {Real50(a), Real50(b)};
      const double fs = static_cast<double>(p.value<Real50>(x50));
      return std::vector<Minimum>{{{a, b}, fs}, {{-a, b}, fs}, {{a, -b}, fs}, {{-a, -b}, fs}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[0] == 0) return "holder_table: |sin(x1) ...| has a ridge on x1 = 0";
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    T w = T(1) - sqrt(x[0] * x[0] + x[1] * x[1]) / pi<T>();
    if (value_of(w) < 0) w = -w;
    const T u = sin(x[0]) * cos(x[1]) * exp(w);
    return value_of(u) < 0 ? u : T(-u);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T u, ui[2], uij[2][2];
    inner(x, u, ui, uij);
    const double sign = value_of(u) > 0 ? 1 : value_of(u) < 0 ? -1 : 0;
    for (int i = 0; i < 2; ++i) g[i] = -T(sign) * ui[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T u, ui[2], uij[2][2];
    inner(x, u, ui, uij);
    const double sign = value_of(u) > 0 ? 1 : value_of(u) < 0 ? -1 : 0;
    for (int i = 0; i < 2; ++i) {
      for (int j = 0; j < 2; ++j) h(i, j) = -T(sign) * uij[i][j];
    }
  }

 private:
  // u = P e^W with P = sin(x1) cos(x2), W = |w|, w = 1 - r/pi, and its derivatives:
  //   u_i = (P_i + P W_i) e^W,  u_ij = (P_ij + P_i W_j + P_j W_i + P W_ij + P W_i W_j) e^W,
  //   W_i = t w_i, W_ij = t w_ij, t = sign(w) (0 on the circle r = pi),
  //   w_i = -x_i / (pi r),  w_ij = -(delta_ij / r - x_i x_j / r^3) / pi.
  // At r = 0, where w has a cone point, P and P_i vanish, so the w terms are dropped there.
  template <class T>
  static void inner(std::span<const T> x, T& u, T (&ui)[2], T (&uij)[2][2]) {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T p = pi<T>();
    const T s0 = sin(x[0]), c0 = cos(x[0]), s1 = sin(x[1]), c1 = cos(x[1]);
    const T big_p = s0 * c1;
    const T pi_[2] = {c0 * c1, -s0 * s1};
    const T pij[2][2] = {{-big_p, -c0 * s1}, {-c0 * s1, -big_p}};
    const T r = sqrt(x[0] * x[0] + x[1] * x[1]);
    const T w = T(1) - r / p;
    const double t = value_of(w) > 0 ? 1 : value_of(w) < 0 ? -1 : 0;
    T wi[2] = {T(0), T(0)};
    T wij[2][2] = {{T(0), T(0)}, {T(0), T(0)}};
    if (value_of(r) != 0) {
      for (int i = 0; i < 2; ++i) {
        wi[i] = -T(t) * x[i] / (p * r);
        for (int j = 0; j < 2; ++j) wij[i][j] = T(t) * x[i] * x[j] / (p * r * r * r);
        wij[i][i] -= T(t) / (p * r);
      }
    }
    const T e = exp(T(t) * w);
    u = big_p * e;
    for (int i = 0; i < 2; ++i) {
      ui[i] = (pi_[i] + big_p * wi[i]) * e;
      for (int j = 0; j < 2; ++j) {
        uij[i][j] =
            (pij[i][j] + pi_[i] * wi[j] + pi_[j] * wi[i] + big_p * wij[i][j] + big_p * wi[i] * wi[j]) * e;
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(HolderTable);
}  // namespace gradlab::classic
