// Rosenbrock's function scaled by a power of ten:
//   f(x) = 10^e sum_{i=1}^{n-1} [100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2],
// e = `exponent` (an integer in [-100, 100]). The default instance has
// e = -100: every value and derivative is near 1e-100, where absolute
// tolerances accept any gradient at all.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct ScaledRosenbrock {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "exponent",
             .default_value = -100,
             .min_value = -100,
             .max_value = 100,
             .integer = true,
             .description = "f is Rosenbrock's function times 10^exponent"}};
  }
  explicit ScaledRosenbrock(const ProblemParameters& p) : exponent_(p.integer("exponent")) {}

  ProblemInfo info() const {
    return {.name = "scaled_rosenbrock",
            .family = "pathological",
            .source =
                "H. H. Rosenbrock, The Computer Journal 3(3):175-184, 1960, chained form as in Surjanovic & "
                "Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano/rosen.html); scaling "
                "as discussed in J. E. Dennis and R. B. Schnabel, Numerical Methods for Unconstrained "
                "Optimization and Nonlinear Equations, Prentice-Hall 1983 (SIAM 1996), Sec. 7.1",
            .dimension = Dimension::scalable(2, 4),
            .tags = {Tag::kSmooth},
            .notes =
                "f = 10^exponent times the chained Rosenbrock function; 10^exponent is formed in the "
                "precision of each scalar type. Default exponent = -100: on [-5, 10]^n at the default n = 4 "
                "the values lie in [0, 3.4e-94] and gradient components below 4.5e-95, far above the "
                "subnormal range (squares near 1e-190 too). scaled_rosenbrock(exponent=100) gives values "
                "up to 3.4e106, still far from overflow. Provokes: absolute tolerances (every gradient "
                "passes at 1e-100, none at 1e100), "
                "absolute floors in relative errors, and line searches with absolute sufficient-decrease "
                "thresholds."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? -1.2 : 1.0;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      const T a = x[i + 1] - x[i] * x[i];
      const T b = T(1) - x[i];
      f += T(100) * a * a + b * b;
    }
    return power_of_ten<T>(exponent_) * f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T s = power_of_ten<T>(exponent_);
    for (auto& gi : g) gi = T(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      const T a = x[i + 1] - x[i] * x[i];
      g[i] += T(-400) * x[i] * a - T(2) * (T(1) - x[i]);
      g[i + 1] += T(200) * a;
    }
    for (auto& gi : g) gi *= s;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T s = power_of_ten<T>(exponent_);
    h.fill(T(0));
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      h(i, i) += s * (T(1200) * x[i] * x[i] - T(400) * x[i + 1] + T(2));
      h(i, i + 1) += s * T(-400) * x[i];
      h(i + 1, i) += s * T(-400) * x[i];
      h(i + 1, i + 1) += s * T(200);
    }
  }

 private:
  int exponent_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ScaledRosenbrock);
}  // namespace gradlab::pathological
