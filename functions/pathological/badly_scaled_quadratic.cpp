// A convex quadratic in variables of wildly different scales:
//   y_i = 10^(k_i) x_i,  k_i = trunc(e (i-1) / (n-1)),  u = y - 1,
//   f(x) = sum_i u_i^2 + sum_{i<n} (u_{i+1} - u_i)^2,
// e = `exponent` (an integer in [-100, 100]). The minimizer x*_i = 10^(-k_i)
// spans |e| orders of magnitude across coordinates, and so do the gradient's
// components (10^(k_i) times O(1)) and the Hessian's diagonal (10^(2 k_i)).
#include <cmath>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct BadlyScaledQuadratic {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "exponent",
             .default_value = 100,
             .min_value = -100,
             .max_value = 100,
             .integer = true,
             .description = "the last variable is scaled by 10^exponent, the first by 1"}};
  }
  explicit BadlyScaledQuadratic(const ProblemParameters& p) : exponent_(p.integer("exponent")) {}

  ProblemInfo info() const {
    return {.name = "badly_scaled_quadratic",
            .family = "pathological",
            .source =
                "defined here; badly scaled variables as discussed in J. E. Dennis and R. B. Schnabel, "
                "Numerical Methods for Unconstrained Optimization and Nonlinear Equations, Prentice-Hall "
                "1983 (SIAM 1996), Sec. 7.1, and J. Nocedal and S. J. Wright, Numerical Optimization, 2nd "
                "ed., Springer 2006, Sec. 2.2",
            .dimension = Dimension::scalable(2, 10),
            .tags = {Tag::kSmooth},
            .notes =
                "y_i = 10^(k_i) x_i with k_i = trunc(exponent (i-1)/(n-1)) (k_1 = 0, k_n = exponent), "
                "u = y - 1, f = sum u_i^2 + sum_{i<n} (u_{i+1} - u_i)^2. 10^(k_i) is formed in the "
                "precision of each scalar type. x* = (10^(-k_i)) rounded to double, f* = 0 (the rounding "
                "leaves f(x*) near 1e-32). The domain box is x_i in 10^(-k_i) [-1, 3], i.e. u in [-2, 2]. "
                "Default exponent = 100: at n = 10 the coordinates live at scales 1, 1e-11, ..., 1e-100 "
                "and the gradient components at 1, 1e11, ..., 1e100. Provokes: finite-difference steps "
                "sized by max(1, |x_i|) that are up to 1e100 times the natural scale of x_i (the "
                "difference quotient then cancels completely), unscaled stopping tests, and the "
                "scale-relative error measure, which judges the small components only absolutely."};
  }

  std::vector<double> x0(int n) const { return scaled(n, 2.0); }
  std::vector<Minimum> minima(int n) const { return {{scaled(n, 1.0), 0.0}}; }
  Box domain(int n) const { return {scaled(n, -1.0), scaled(n, 3.0)}; }

  template <class T>
  T value(std::span<const T> x) const {
    const std::vector<T> u = residuals(x);
    T f(0);
    for (std::size_t i = 0; i < u.size(); ++i) {
      f += u[i] * u[i];
      if (i + 1 < u.size()) f += (u[i + 1] - u[i]) * (u[i + 1] - u[i]);
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::vector<T> u = residuals(x);
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      T dy = T(2) * u[i];
      if (i + 1 < n) dy += T(2) * (u[i] - u[i + 1]);
      if (i > 0) dy += T(2) * (u[i] - u[i - 1]);
      g[i] = power_of_ten<T>(scale_exponent(i, n)) * dy;
    }
  }

  // H = D M D with D = diag(10^(k_i)) and M the (constant) Hessian in y.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    h.fill(T(0));
    std::vector<T> d(n);
    for (std::size_t i = 0; i < n; ++i) d[i] = power_of_ten<T>(scale_exponent(i, n));
    for (std::size_t i = 0; i < n; ++i) {
      int m = 2;
      if (i + 1 < n) m += 2;
      if (i > 0) m += 2;
      h(i, i) = T(m) * d[i] * d[i];
      if (i + 1 < n) {
        h(i, i + 1) = T(-2) * d[i] * d[i + 1];
        h(i + 1, i) = h(i, i + 1);
      }
    }
  }

 private:
  int scale_exponent(std::size_t i, std::size_t n) const {
    return n < 2 ? 0 : exponent_ * static_cast<int>(i) / static_cast<int>(n - 1);
  }

  // c 10^(-k_i): the points where y_i = c.
  std::vector<double> scaled(int n, double c) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = c * std::pow(10.0, -scale_exponent(i, n));
    return x;
  }

  template <class T>
  std::vector<T> residuals(std::span<const T> x) const {
    std::vector<T> u(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
      u[i] = power_of_ten<T>(scale_exponent(i, x.size())) * x[i] - T(1);
    return u;
  }

  int exponent_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(BadlyScaledQuadratic);
}  // namespace gradlab::pathological
