// The power sum function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments), with VLSE's b = (8, 18, 44, 114) for d = 4:
//   f(x) = sum_{i=1}^{4} (sum_{j=1}^{4} x_j^i - b_i)^2.
#include <algorithm>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kDim = 4;
constexpr int kB[kDim] = {8, 18, 44, 114};

struct PowerSum {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "power_sum",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/powersum.html), following A. Hedar, Global optimization test problems "
                "(www-optima.amp.i.kyoto-u.ac.jp/member/student/hedar/Hedar_files/TestGO.htm)",
            .dimension = Dimension::fixed(kDim),
            .tags = {Tag::kSmooth},
            .notes =
                "b_i is the i-th power sum of (1, 2, 2, 3), and power sums 1..4 fix a multiset of four "
                "numbers, so the global minima (f* = 0) are exactly the 12 distinct permutations of (1, 2, "
                "2, 3); each is degenerate (the Jacobian of the power sums is singular when two "
                "coordinates coincide)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    std::vector<double> x = {1.0, 2.0, 2.0, 3.0};
    std::vector<Minimum> out;
    do {
      out.push_back({x, 0.0});
    } while (std::next_permutation(x.begin(), x.end()));
    return out;
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, 4.0); }

  template <class T>
  T value(std::span<const T> x) const {
    std::vector<T> r(kDim);
    residuals(x, r);
    T f(0);
    for (const T& ri : r) f += ri * ri;
    return f;
  }

  // df/dx_k = sum_i 2 r_i i x_k^(i-1).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    std::vector<T> r(kDim);
    residuals(x, r);
    for (int k = 0; k < kDim; ++k) {
      T pw(1);  // x_k^(i-1)
      g[k] = T(0);
      for (int i = 1; i <= kDim; ++i) {
        g[k] += T(2 * i) * r[i - 1] * pw;
        pw *= x[k];
      }
    }
  }

  // H_kl = sum_i 2 (i x_k^(i-1)) (i x_l^(i-1)) + delta_kl sum_i 2 r_i i (i-1) x_k^(i-2).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    std::vector<T> r(kDim);
    residuals(x, r);
    std::vector<T> jac(kDim * kDim);  // jac[(i-1) n + k] = i x_k^(i-1)
    for (int k = 0; k < kDim; ++k) {
      T pw(1);
      for (int i = 1; i <= kDim; ++i) {
        jac[(i - 1) * kDim + k] = T(i) * pw;
        pw *= x[k];
      }
    }
    for (int k = 0; k < kDim; ++k) {
      for (int l = 0; l < kDim; ++l) {
        T s(0);
        for (int i = 0; i < kDim; ++i) s += T(2) * jac[i * kDim + k] * jac[i * kDim + l];
        h(k, l) = s;
      }
      T pw(1);  // x_k^(i-2)
      for (int i = 2; i <= kDim; ++i) {
        h(k, k) += T(2 * i * (i - 1)) * r[i - 1] * pw;
        pw *= x[k];
      }
    }
  }

 private:
  template <class T>
  static void residuals(std::span<const T> x, std::vector<T>& r) {
    for (int i = 0; i < kDim; ++i) r[i] = T(-kB[i]);
    for (int k = 0; k < kDim; ++k) {
      T pw = x[k];
      for (int i = 0; i < kDim; ++i) {
        r[i] += pw;
        pw *= x[k];
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(PowerSum);
}  // namespace gradlab::classic
