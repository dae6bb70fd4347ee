// The Perm function d, beta (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments), with beta = 0.5 by default:
//   f(x) = sum_{i=1}^{n} (sum_{j=1}^{n} (j^i + beta) ((x_j / j)^i - 1))^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct PermDBeta {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "beta",
             .default_value = 0.5,
             .min_value = 0,
             .max_value = 1000,
             .description = "the offset added to each weight j^i"}};
  }

  explicit PermDBeta(const ProblemParameters& p) : beta_(p["beta"]) {}

  ProblemInfo info() const {
    return {.name = "perm_d_beta",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/permdb.html), following A. Hedar, Global optimization test problems "
                "(www-optima.amp.i.kyoto-u.ac.jp/member/student/hedar/Hedar_files/TestGO.htm)",
            // The weights reach n^n, which overflows double from n = 144 on.
            .dimension = {.min_n = 1, .max_n = 100, .default_n = 4},
            .tags = {Tag::kSmooth},
            .notes =
                "on [-n, n]^n; x* = (1, 2, ..., n), f* = 0 exactly. For beta = 0 the residuals vanish "
                "exactly when the power sums of x equal those of (1, ..., n), so every permutation of x* "
                "is a global minimizer too (only x* is listed); beta > 0 separates them. The weights j^i "
                "make the problem badly scaled as n grows; the default n = 4. beta is taken as the double "
                "it is given as"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const {
    std::vector<double> xs(n);
    for (int j = 0; j < n; ++j) xs[j] = j + 1;
    return {{std::move(xs), 0.0}};
  }
  Box domain(int n) const { return Box::uniform(n, -n, n); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& r : residuals(x)) f += r * r;
    return f;
  }

  // With y_k = x_k / k: df/dx_k = sum_i 2 r_i (k^i + beta) i y_k^(i-1) / k.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::vector<T> r = residuals(x);
    const int n = static_cast<int>(x.size());
    for (int k = 1; k <= n; ++k) {
      const T y = x[k - 1] / T(k);
      T kpow(k);  // k^i
      T ypow(1);  // y^(i-1)
      T s(0);
      for (int i = 1; i <= n; ++i) {
        s += r[i - 1] * (kpow + T(beta_)) * T(i) * ypow;
        kpow *= T(k);
        ypow *= y;
      }
      g[k - 1] = T(2) * s / T(k);
    }
  }

  //   H_kl = sum_i 2 J_ik J_il + delta_kl sum_i 2 r_i (k^i + beta) i (i-1) y_k^(i-2) / k^2,
  // with J_ik = (k^i + beta) i y_k^(i-1) / k.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::vector<T> r = residuals(x);
    const int n = static_cast<int>(x.size());
    std::vector<T> jac(static_cast<std::size_t>(n) * n);
    for (int k = 1; k <= n; ++k) {
      const T y = x[k - 1] / T(k);
      T kpow(k);
      T ypow(1);
      for (int i = 1; i <= n; ++i) {
        jac[(i - 1) * n + (k - 1)] = (kpow + T(beta_)) * T(i) * ypow / T(k);
        kpow *= T(k);
        ypow *= y;
      }
    }
    for (int k = 1; k <= n; ++k) {
      for (int l = 1; l <= n; ++l) {
        T s(0);
        for (int i = 0; i < n; ++i) s += jac[i * n + (k - 1)] * jac[i * n + (l - 1)];
        h(k - 1, l - 1) = T(2) * s;
      }
      const T y = x[k - 1] / T(k);
      T kpow = T(k) * T(k);  // k^i from i = 2
      T ypow(1);             // y^(i-2)
      T s(0);
      for (int i = 2; i <= n; ++i) {
        s += r[i - 1] * (kpow + T(beta_)) * T(i * (i - 1)) * ypow;
        kpow *= T(k);
        ypow *= y;
      }
      h(k - 1, k - 1) += T(2) * s / (T(k) * T(k));
    }
  }

 private:
  // r_i = sum_j (j^i + beta) ((x_j / j)^i - 1), i = 1..n.
  template <class T>
  std::vector<T> residuals(std::span<const T> x) const {
    const int n = static_cast<int>(x.size());
    std::vector<T> r(n, T(0));
    for (int j = 1; j <= n; ++j) {
      const T y = x[j - 1] / T(j);
      T jpow(j);
      T ypow = y;
      for (int i = 0; i < n; ++i) {
        r[i] += (jpow + T(beta_)) * (ypow - T(1));
        jpow *= T(j);
        ypow *= y;
      }
    }
    return r;
  }

  double beta_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(PermDBeta);
}  // namespace gradlab::classic
