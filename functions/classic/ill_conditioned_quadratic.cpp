// A diagonal quadratic with a chosen condition number kappa:
//   f(x) = sum_{i=1}^n kappa^((i-1)/(n-1)) x_i^2,
// whose Hessian has eigenvalues 2 kappa^((i-1)/(n-1)), spread geometrically
// from 2 to 2 kappa.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct IllConditionedQuadratic {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "kappa",
             .default_value = 1e6,
             .min_value = 1,
             .max_value = 1e16,
             .description = "condition number of the Hessian (largest over smallest eigenvalue)"}};
  }
  explicit IllConditionedQuadratic(const ProblemParameters& p) : kappa_(p["kappa"]) {}

  ProblemInfo info() const {
    return {
        .name = "ill_conditioned_quadratic",
        .family = "classic",
        .source =
            "J. Nocedal and S. J. Wright, Numerical Optimization, 2nd ed., Springer, 2006, Sec. 3.3 "
            "(steepest descent on a quadratic converges at a rate set by the Hessian's condition number)",
        .dimension = Dimension::scalable(2, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "Weights w_i = kappa^((i-1)/(n-1)), so cond(H) = kappa exactly; they are computed by pow in the "
            "scalar's own precision from the parameter kappa (every double is exact in 50 digits). "
            "Minimizer x* = 0, f* = 0"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.0, 5.0); }

  template <class T>
  T weight(std::size_t i, std::size_t n) const {
    using R = real_of_t<T>;
    using std::pow;
    return T(R(pow(R(kappa_), R(static_cast<long long>(i)) / R(static_cast<long long>(n - 1)))));
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) f += weight<T>(i, x.size()) * x[i] * x[i];
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * weight<T>(i, x.size()) * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(2) * weight<T>(i, x.size());
  }

  double kappa_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(IllConditionedQuadratic);
}  // namespace gradlab::classic
