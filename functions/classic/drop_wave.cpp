// The drop-wave function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = -(1 + cos(12 sqrt(x1^2 + x2^2))) / (0.5 (x1^2 + x2^2) + 2).
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct DropWave {
  // cos(12 sqrt(s)) is an entire function of s (cos is even), whichever square root is taken.
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = true;  // s = 0 is a separate branch

  ProblemInfo info() const {
    return {.name = "drop_wave",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/drop.html), following M. Molga and C. Smutnicki, Test functions for "
                "optimization needs, 2005",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "x* = 0, f* = -1 exactly; rings of local minima around it. f depends on s = x1^2 + x2^2 "
                "through cos(12 sqrt(s)) = 1 - 72 s + 864 s^2 - ..., which is smooth at s = 0; at exactly "
                "s = 0 the code uses that series (exact there in value and all derivatives through the "
                "fifth) because sqrt has an infinite derivative at 0"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, -1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.12, 5.12); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::sqrt;
    const T s = x[0] * x[0] + x[1] * x[1];
    const T c = value_of(s) == 0 ? T(1) - T(72) * s + T(864) * s * s : cos(T(12) * sqrt(s));
    return -(T(1) + c) / (s / T(2) + T(2));
  }

  // With r = |x|, q = sin(12 r) / r, N = 1 + cos(12 r), D = s/2 + 2:
  //   df/dx_i = x_i G, G = (12 q D + N) / D^2.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T q, p, big_n, d;
    radial(x, q, p, big_n, d);
    const T big_g = (T(12) * q * d + big_n) / (d * d);
    g[0] = x[0] * big_g;
    g[1] = x[1] * big_g;
  }

  //   H_ij = delta_ij G + x_i x_j (12 p D^2 - 24 q D - 2 N) / D^3,
  // with p = dq/dr / r = (12 r cos(12 r) - sin(12 r)) / r^3.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T q, p, big_n, d;
    radial(x, q, p, big_n, d);
    const T big_g = (T(12) * q * d + big_n) / (d * d);
    const T k = (T(12) * p * d * d - T(24) * q * d - T(2) * big_n) / (d * d * d);
    for (int i = 0; i < 2; ++i) {
      for (int j = 0; j < 2; ++j) h(i, j) = x[i] * x[j] * k;
      h(i, i) += big_g;
    }
  }

 private:
  // q and p at r = 0 are their limits 12 and -576.
  template <class T>
  static void radial(std::span<const T> x, T& q, T& p, T& big_n, T& d) {
    using std::cos;
    using std::sin;
    using std::sqrt;
    const T s = x[0] * x[0] + x[1] * x[1];
    d = s / T(2) + T(2);
    if (value_of(s) == 0) {
      q = T(12);
      p = T(-576);
      big_n = T(2);
      return;
    }
    const T r = sqrt(s);
    const T sn = sin(T(12) * r);
    const T cs = cos(T(12) * r);
    q = sn / r;
    p = (T(12) * r * cs - sn) / (s * r);
    big_n = T(1) + cs;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(DropWave);
}  // namespace gradlab::classic
