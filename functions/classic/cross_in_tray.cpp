// The cross-in-tray function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = -0.0001 (|sin(x1) sin(x2) exp(|100 - sqrt(x1^2 + x2^2) / pi|)| + 1)^0.1.
#include <optional>
#include <string>

#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct CrossInTray {
  static constexpr bool kComplexSafe = false;  // |.|
  // |.| chosen by sign: value() branches on value_of(x)
  static constexpr bool kControlFlowDependsOnX = true;

  ProblemInfo info() const {
    return {.name = "cross_in_tray",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/crossit.html); as listed in M. Jamil and X.-S. Yang, A literature "
                "survey of benchmark functions for global optimization problems, Int. J. Mathematical "
                "Modelling and Numerical Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kNonsmooth, Tag::kMultimodal},
            .notes =
                "The inner |100 - r/pi| is dropped: r <= 10 sqrt(2) < 100 pi on the box, so it is never "
                "0. The outer |u|, u = sin(x1) sin(x2) exp(100 - r/pi), has ridges (local maxima of f) "
                "where sin(x1) = 0 or sin(x2) = 0; among doubles only x1 = 0 and x2 = 0 lie on them. Four "
                "global minima (+-a, +-a), a near 1.349407, f* near -2.062612 (VLSE: a = 1.3491, f* = "
                "-2.06261; some collections quote two slightly different coordinates, but f is symmetric "
                "in x1 and x2 and a grid search puts the minimizers on the diagonals); a is found by "
                "Newton's method in 50 digits from the grid's estimate and f* evaluated there",
            .kink_convention =
                "sign(0) = 0: on sin(x1) = 0 or sin(x2) = 0 gradient() returns 0, the mean of the two "
                "one-sided gradients"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const CrossInTray p;
      const double a = polish_minimizer(p, {1.3494066, 1.3494066})[0];
      const std::vector<Real50> x50 = {Real50(a), Real50(a)};
      const double fs = static_cast<double>(p.value<Real50>(x50));
      return std::vector<Minimum>{{{a, a}, fs}, {{-a, a}, fs}, {{a, -a}, fs}, {{-a, -a}, fs}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[0] == 0 || x[1] == 0) return "cross_in_tray: |sin(x1) sin(x2) ...| has a ridge where x1 or x2 is 0";
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    using std::log;
    using std::sin;
    using std::sqrt;
    const T r = sqrt(x[0] * x[0] + x[1] * x[1]);
    const T u = sin(x[0]) * sin(x[1]) * exp(T(100) - r / pi<T>());
    const T a = value_of(u) < 0 ? T(-u) : u;
    return -ratio<T>(1, 10000) * exp(log(a + T(1)) / T(10));
  }

  // f = -k (|u| + 1)^(1/10), k = 1e-4: df/dx_i = -(k/10) (|u| + 1)^(-9/10) sign(u) u_i.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T u, ui[2], uij[2][2];
    inner(x, u, ui, uij);
    const double sign = value_of(u) > 0 ? 1 : value_of(u) < 0 ? -1 : 0;
    const T a = T(sign) * u;
    const T w = -ratio<T>(1, 100000) * T(sign) * outer_power(a) / (a + T(1));
    for (int i = 0; i < 2; ++i) g[i] = w * ui[i];
  }

  //   H_ij = -(k/10) (|u| + 1)^(-9/10) [sign(u) u_ij - (9/10) u_i u_j / (|u| + 1)].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T u, ui[2], uij[2][2];
    inner(x, u, ui, uij);
    const double sign = value_of(u) > 0 ? 1 : value_of(u) < 0 ? -1 : 0;
    const T a = T(sign) * u;
    const T w = -ratio<T>(1, 100000) * outer_power(a) / (a + T(1));
    for (int i = 0; i < 2; ++i) {
      for (int j = 0; j < 2; ++j) {
        h(i, j) = w * (T(sign) * uij[i][j] - ratio<T>(9, 10) * ui[i] * ui[j] / (a + T(1)));
      }
    }
  }

 private:
  // (a + 1)^(1/10).
  template <class T>
  static T outer_power(const T& a) {
    using std::exp;
    using std::log;
    return exp(log(a + T(1)) / T(10));
  }

  // u = P e^w with P = sin(x1) sin(x2), w = 100 - r/pi, and its derivatives:
  //   u_i = (P_i + P w_i) e^w,  u_ij = (P_ij + P_i w_j + P_j w_i + P w_ij + P w_i w_j) e^w,
  //   w_i = -x_i / (pi r),  w_ij = -(delta_ij / r - x_i x_j / r^3) / pi.
  // At r = 0, where w has a cone point, P and its first derivatives vanish, so the w terms are
  // dropped there.
  template <class T>
  static void inner(std::span<const T> x, T& u, T (&ui)[2], T (&uij)[2][2]) {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T p = pi<T>();
    const T s0 = sin(x[0]), c0 = cos(x[0]), s1 = sin(x[1]), c1 = cos(x[1]);
    const T big_p = s0 * s1;
    const T pi_[2] = {c0 * s1, s0 * c1};
    const T pij[2][2] = {{-big_p, c0 * c1}, {c0 * c1, -big_p}};
    const T r = sqrt(x[0] * x[0] + x[1] * x[1]);
    T wi[2] = {T(0), T(0)};
    T wij[2][2] = {{T(0), T(0)}, {T(0), T(0)}};
    if (value_of(r) != 0) {
      for (int i = 0; i < 2; ++i) {
        wi[i] = -x[i] / (p * r);
        for (int j = 0; j < 2; ++j) wij[i][j] = x[i] * x[j] / (p * r * r * r);
        wij[i][i] -= T(1) / (p * r);
      }
    }
    const T e = exp(T(100) - r / p);
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
GRADLAB_REGISTER_PROBLEM(CrossInTray);
}  // namespace gradlab::classic
