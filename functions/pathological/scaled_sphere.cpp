// The sphere function scaled by a power of ten:
//   f(x) = 10^e sum_i x_i^2,  e = `exponent` (an integer in [-100, 100]).
// With e = 100 the value and gradient are near 1e100, with e = -100 near
// 1e-100: correct gradients fail any absolute tolerance in the first case and
// wrong ones pass it in the second.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct ScaledSphere {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "exponent",
             .default_value = 100,
             .min_value = -100,
             .max_value = 100,
             .integer = true,
             .description = "f is the sphere function times 10^exponent"}};
  }
  explicit ScaledSphere(const ProblemParameters& p) : exponent_(p.integer("exponent")) {}

  ProblemInfo info() const {
    return {.name = "scaled_sphere",
            .family = "pathological",
            .source =
                "sphere function as in Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/spheref.html); scaling as discussed in J. E. Dennis and R. B. Schnabel, "
                "Numerical Methods for Unconstrained Optimization and Nonlinear Equations, Prentice-Hall "
                "1983 (SIAM 1996), Sec. 7.1",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth},
            .notes =
                "f = 10^exponent sum x_i^2; 10^exponent is formed in the precision of each scalar type "
                "(to within an ulp). The default instance has exponent = 100: on "
                "[-5.12, 5.12]^n values up to 2.7e101 n, gradient components up to 1.1e101, Hessian "
                "diagonal 2e100, far from overflow (and so are squared norms, about 1e202 n). "
                "scaled_sphere(exponent=-100) gives 1e-100 magnitudes, far "
                "above the subnormal range. Provokes: absolute tolerances and absolute finite-difference "
                "steps; error measures that square or sum components."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = 1.0 + static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.12, 5.12); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& xi : x) f += xi * xi;
    return power_of_ten<T>(exponent_) * f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T s = T(2) * power_of_ten<T>(exponent_);
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = s * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    const T s = T(2) * power_of_ten<T>(exponent_);
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = s;
  }

 private:
  int exponent_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ScaledSphere);
}  // namespace gradlab::pathological
