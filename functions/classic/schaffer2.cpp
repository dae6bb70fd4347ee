// The second Schaffer function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = 0.5 + (sin^2(x1^2 - x2^2) - 0.5) / (1 + 0.001 (x1^2 + x2^2))^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Schaffer2 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "schaffer2",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/schaffer2.html), after J. D. Schaffer; as listed in M. Jamil and X.-S. "
                "Yang, A literature survey of benchmark functions for global optimization problems, Int. "
                "J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "x* = 0, f* = 0 exactly. VLSE searches [-100, 100]^2, but sin(x1^2 - x2^2) there has "
                "arguments up to 1e4, whose rounding in double alone costs 1e-12 of the gradient; the "
                "sampling box is [-5, 5]^2, where double gradients keep 13 to 14 digits"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T sn = sin(x[0] * x[0] - x[1] * x[1]);
    const T d = T(1) + ratio<T>(1, 1000) * (x[0] * x[0] + x[1] * x[1]);
    return ratio<T>(1, 2) + (sn * sn - ratio<T>(1, 2)) / (d * d);
  }

  // f = 1/2 + N(v) / D^2 with v = x1^2 - x2^2, N = sin^2(v) - 1/2, D = 1 + k (x1^2 + x2^2),
  // k = 1/1000, N' = sin(2v), N'' = 2 cos(2v):
  //   df/dx_i = N_i / D^2 - 4 k x_i N / D^3, N_i = N' v_i, v_i = +-2 x_i.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T v = x[0] * x[0] - x[1] * x[1];
    const T sn = sin(v);
    const T big_n = sn * sn - ratio<T>(1, 2);
    const T n1 = sin(T(2) * v);
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
    const T sn = sin(v);
    const T big_n = sn * sn - ratio<T>(1, 2);
    const T n1 = sin(T(2) * v);
    const T n2 = T(2) * cos(T(2) * v);
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
GRADLAB_REGISTER_PROBLEM(Schaffer2);
}  // namespace gradlab::classic
