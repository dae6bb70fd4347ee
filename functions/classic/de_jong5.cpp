// De Jong's fifth function, Shekel's foxholes (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = (0.002 + sum_{i=1}^{25} 1 / (i + (x1 - a_1i)^6 + (x2 - a_2i)^6))^(-1),
// with (a_1i, a_2i) running over {-32, -16, 0, 16, 32}^2, a_1 fastest.
#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kHoles = 25;
constexpr int kGrid[5] = {-32, -16, 0, 16, 32};

struct DeJong5 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "de_jong5",
            .family = "classic",
            .source =
                "K. A. De Jong, An analysis of the behavior of a class of genetic adaptive systems, PhD "
                "thesis, University of Michigan, 1975; as in Surjanovic & Bingham, Virtual Library of "
                "Simulation Experiments (sfu.ca/~ssurjano/dejong5.html)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "25 foxholes of depth about 1/i on a plateau near 500. The deepest (i = 1) gives x* near "
                "(-31.97833, -31.97833), f* near 0.998004 (usually quoted as x* = (-32, -32), where the "
                "gradient is not zero: the other holes pull x* off the grid point); x* is found by "
                "Newton's method in 50 digits, f* evaluated there. The holes are flat-bottomed (sixth "
                "powers), so the curvature at x* is only about 1e-5"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const DeJong5 p;
      const std::vector<double> x = polish_minimizer(p, {-31.97833, -31.97833});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -65.536, 65.536); }

  template <class T>
  T value(std::span<const T> x) const {
    T s = ratio<T>(1, 500);
    for (int i = 0; i < kHoles; ++i) {
      const T a = x[0] - T(kGrid[i % 5]);
      const T b = x[1] - T(kGrid[i / 5]);
      const T a3 = a * a * a;
      const T b3 = b * b * b;
      s += T(1) / (T(i + 1) + a3 * a3 + b3 * b3);
    }
    return T(1) / s;
  }

  // f = 1/S, S = 0.002 + sum_i 1/t_i, t_i = i + a^6 + b^6:
  //   dS/dx_j = -sum_i 6 d_ij^5 / t_i^2,  df/dx_j = -S_j / S^2.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T s;
    T sj[2];
    T sjk[2][2];
    sums(x, s, sj, sjk, false);
    for (int j = 0; j < 2; ++j) g[j] = -sj[j] / (s * s);
  }

  //   S_jk = sum_i [72 d_ij^5 d_ik^5 / t_i^3 - delta_jk 30 d_ij^4 / t_i^2],
  //   H_jk = -S_jk / S^2 + 2 S_j S_k / S^3.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T s;
    T sj[2];
    T sjk[2][2];
    sums(x, s, sj, sjk, true);
    for (int j = 0; j < 2; ++j) {
      for (int k = 0; k < 2; ++k) h(j, k) = -sjk[j][k] / (s * s) + T(2) * sj[j] * sj[k] / (s * s * s);
    }
  }

 private:
  template <class T>
  static void sums(std::span<const T> x, T& s, T (&sj)[2], T (&sjk)[2][2], bool second) {
    s = ratio<T>(1, 500);
    sj[0] = sj[1] = T(0);
    sjk[0][0] = sjk[0][1] = sjk[1][0] = sjk[1][1] = T(0);
    for (int i = 0; i < kHoles; ++i) {
      const T d[2] = {x[0] - T(kGrid[i % 5]), x[1] - T(kGrid[i / 5])};
      T d4[2], d5[2];
      for (int j = 0; j < 2; ++j) {
        const T sq = d[j] * d[j];
        d4[j] = sq * sq;
        d5[j] = d4[j] * d[j];
      }
      const T t = T(i + 1) + d5[0] * d[0] + d5[1] * d[1];
      const T inv = T(1) / t;
      const T inv2 = inv * inv;
      s += inv;
      for (int j = 0; j < 2; ++j) sj[j] -= T(6) * d5[j] * inv2;
      if (!second) continue;
      for (int j = 0; j < 2; ++j) {
        for (int k = 0; k < 2; ++k) sjk[j][k] += T(72) * d5[j] * d5[k] * inv2 * inv;
        sjk[j][j] -= T(30) * d4[j] * inv2;
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(DeJong5);
}  // namespace gradlab::classic
