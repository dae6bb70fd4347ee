// The Perm function 0, d, beta (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments), with beta = 10 by default:
//   f(x) = sum_{i=1}^{n} (sum_{j=1}^{n} (j + beta) (x_j^i - j^(-i)))^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Perm0DBeta {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "beta",
             .default_value = 10,
             .min_value = 0,
             .max_value = 1000,
             .description = "the offset added to each weight j"}};
  }

  explicit Perm0DBeta(const ProblemParameters& p) : beta_(p["beta"]) {}

  ProblemInfo info() const {
    return {.name = "perm0_d_beta",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/perm0db.html), following A. Hedar, Global optimization test problems "
                "(www-optima.amp.i.kyoto-u.ac.jp/member/student/hedar/Hedar_files/TestGO.htm)",
            // The weights reach n^n, which overflows double from n = 144 on.
            .dimension = {.min_n = 1, .max_n = 100, .default_n = 4},
            .tags = {Tag::kSmooth},
            .notes =
                "on [-n, n]^n; x*_j = 1/j rounded to double (f* = 0). The residuals are polynomials of "
                "degree up to n, so the problem grows badly scaled with n; the default n = 4 keeps the "
                "residual scale near 1e4. beta is taken as the double it is given as"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const {
    std::vector<double> xs(n);
    for (int j = 0; j < n; ++j) xs[j] = 1.0 / (j + 1);
    return {{std::move(xs), 0.0}};
  }
  Box domain(int n) const { return Box::uniform(n, -n, n); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& r : residuals(x)) f += r * r;
    return f;
  }

  // df/dx_k = sum_i 2 r_i (k + beta) i x_k^(i-1).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::vector<T> r = residuals(x);
    const int n = static_cast<int>(x.size());
    for (int k = 0; k < n; ++k) {
      const T w = T(k + 1) + T(beta_);
      T pw(1);  // x_k^(i-1)
      T s(0);
      for (int i = 1; i <= n; ++i) {
        s += r[i - 1] * T(i) * pw;
        pw *= x[k];
      }
      g[k] = T(2) * w * s;
    }
  }

  //   H_kl = sum_i 2 J_ik J_il + delta_kl sum_i 2 r_i (k + beta) i (i-1) x_k^(i-2),
  // with J_ik = (k + beta) i x_k^(i-1).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::vector<T> r = residuals(x);
    const int n = static_cast<int>(x.size());
    std::vector<T> jac(static_cast<std::size_t>(n) * n);
    for (int k = 0; k < n; ++k) {
      const T w = T(k + 1) + T(beta_);
      T pw(1);
      for (int i = 1; i <= n; ++i) {
        jac[(i - 1) * n + k] = w * T(i) * pw;
        pw *= x[k];
      }
    }
    for (int k = 0; k < n; ++k) {
      for (int l = 0; l < n; ++l) {
        T s(0);
        for (int i = 0; i < n; ++i) s += jac[i * n + k] * jac[i * n + l];
        h(k, l) = T(2) * s;
      }
      const T w = T(k + 1) + T(beta_);
      T pw(1);  // x_k^(i-2)
      T s(0);
      for (int i = 2; i <= n; ++i) {
        s += r[i - 1] * T(i * (i - 1)) * pw;
        pw *= x[k];
      }
      h(k, k) += T(2) * w * s;
    }
  }

 private:
  // r_i = sum_j (j + beta) (x_j^i - j^(-i)), i = 1..n.
  template <class T>
  std::vector<T> residuals(std::span<const T> x) const {
    const int n = static_cast<int>(x.size());
    std::vector<T> r(n, T(0));
    for (int j = 1; j <= n; ++j) {
      const T w = T(j) + T(beta_);
      const T inv = T(1) / T(j);
      T pw = x[j - 1];
      T ipw = inv;
      for (int i = 0; i < n; ++i) {
        r[i] += w * (pw - ipw);
        pw *= x[j - 1];
        ipw *= inv;
      }
    }
    return r;
  }

  double beta_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Perm0DBeta);
}  // namespace gradlab::classic
