// The fourth Schaffer function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = 0.5 + (cos^2(sin(|x1^2 - x2^2|)) - 0.5) / (1 + 0.001 (x1^2 + x2^2))^2.
#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Schaffer4 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "schaffer4",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/schaffer4.html), after J. D. Schaffer; as listed in M. Jamil and X.-S. "
                "Yang, A literature survey of benchmark functions for global optimization problems, Int. "
                "J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "cos^2 is even and sin odd, so cos^2(sin|v|) = cos^2(sin v): the absolute value is "
                "dropped, and f is smooth and holomorphic. Four global minima, (0, +-a) and (+-a, 0), a "
                "near 1.25313, f* near 0.292579 (Jamil & Yang; VLSE quotes none), from a grid search of "
                "[-100, 100]^2 and Newton's method in 50 digits, f* evaluated there. VLSE searches "
                "[-100, 100]^2, but sin(x1^2 - x2^2) there has arguments up to 1e4, whose rounding in "
                "double alone costs 1e-12 of the gradient; the sampling box is [-5, 5]^2, where double "
                "gradients keep 13 to 14 digits"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Schaffer4 p;
      // Newton keeps x1 = 0 exactly: there df/dx1 and d2f/dx1dx2 vanish.
      const double a = polish_minimizer(p, {0.0, 1.25313})[1];
      const std::vector<Real50> x50 = {Real50(0), Real50(a)};
      const double fs = static_cast<double>(p.value<Real50>(x50));
      return std::vector<Minimum>{{{0.0, a}, fs}, {{0.0, -a}, fs}, {{a, 0.0}, fs}, {{-a, 0.0}, fs}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::sin;
    const T c = cos(sin(x[0] * x[0] - x[1] * x[1]));
    const T d = T(1) + ratio<T>(1, 1000) * (x[0] * x[0] + x[1] * x[1]);
    return ratio<T>(1, 2) + (c * c - ratio<T>(1, 2)) / (d * d);
  }

  // f = 1/2 + N(v) / D^2 with v = x1^2 - x2^2, N = cos^2(sin v) - 1/2, D = 1 + k (x1^2 + x2^2),
  // k = 1/1000, N' = -sin(2 sin v) cos v, N'' = sin(2 sin v) sin v - 2 cos(2 sin v) cos^2 v:
  //   df/dx_i = N_i / D^2 - 4 k x_i N / D^3, N_i = N' v_i, v_i = +-2 x_i.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    const T v = x[0] * x[0] - x[1] * x[1];
    const T c = cos(sin(v));
    const T big_n = c * c - ratio<T>(1, 2);
    const T n1 = -sin(T(2) * sin(v)) * cos(v);
    const T k = ratio<T>(1, 1000);
    const T d = T(1) + k * (x[0] * x[0] + x[1] * x[1]);
    const T d2 = d * d;
    const T vi[2] = {T(2) * x[0], T(-2) * x[1]};
    for (int i = 0; i < 2; ++i) g[i] = n1 * vi[i] / d2 - T(4) * k * x[i] * big_n / (d2 * d);
  }

  //   H_ij = N_ij / D^2 - 4k (x_j N_i + x_i N_j) / D^3 - 4k delta_ij N / D^3 + 24 k^2 x_i x_j N / D^4,
  //   N_ij = N'' v_i v_j + N' v_ij, v_11 = 2, v_22 = -2.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const T v = x[0] * x[0] - x[1] * x[1];
    const T sv = sin(v);
    const T cv = cos(v);
    const T c = cos(sv);
    const T big_n = c * c - ratio<T>(1, 2);
    const T n1 = -sin(T(2) * sv) * cv;
    const T n2 = sin(T(2) * sv) * sv - T(2) * cos(T(2) * sv) * cv * cv;
    const T k = ratio<T>(1, 1000);
    const T d = T(1) + k * (x[0] * x[0] + x[1] * x[1]);
    const T d2 = d * d;
    const T d3 = d2 * d;
    const T vi[2] = {T(2) * x[0], T(-2) * x[1]};
    const T vii[2] = {T(2), T(-2)};
    for (int i = 0; i < 2; ++i) {
      for (int j = 0; j < 2; ++j) {
        T nij = n2 * vi[i] * vi[j];
        if (i == j) nij += n1 * vii[i];
        h(i, j) = nij / d2 - T(4) * k * (x[j] * n1 * vi[i] + x[i] * n1 * vi[j]) / d3 +
                  T(24) * k * k * x[i] * x[j] * big_n / (d3 * d);
      }
      h(i, i) -= T(4) * k * big_n / d3;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Schaffer4);
}  // namespace gradlab::classic
