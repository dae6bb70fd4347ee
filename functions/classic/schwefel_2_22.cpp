// Schwefel's problem 2.22 (Jamil & Yang 2013, function 124):
//   f(x) = sum_i |x_i| + prod_i |x_i|.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Schwefel222 {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |x_i| chosen by sign

  ProblemInfo info() const {
    return {
        .name = "schwefel_2_22",
        .family = "classic",
        .source =
            "H.-P. Schwefel, Numerical Optimization of Computer Models, Wiley, 1981 (problem 2.22); as in "
            "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 124",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kNonsmooth},
        .notes =
            "Jamil & Yang list it as differentiable; |x_i| makes the gradient undefined wherever some "
            "x_i = 0, including the global minimizer x* = 0 (f* = 0)",
        .kink_convention = "sign(0) = 0: d|x_i|/dx_i is taken as 0 where x_i = 0"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -100.0, 100.0); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (double xi : x) {
      if (xi == 0.0) return "schwefel_2_22: |x_i| has a kink at x_i = 0";
    }
    return std::nullopt;
  }

  template <class T>
  static T magnitude(const T& v) {
    return value_of(v) < 0 ? T(-v) : v;
  }
  template <class T>
  static T sign_of(const T& v) {
    const double d = value_of(v);
    return T(d > 0 ? 1 : (d < 0 ? -1 : 0));
  }

  template <class T>
  T value(std::span<const T> x) const {
    T sum(0), prod(1);
    for (const T& xi : x) {
      const T a = magnitude(xi);
      sum += a;
      prod *= a;
    }
    return sum + prod;
  }

  // Products over all |x_k| but one or two are formed directly (no division
  // by a |x_k| that may be 0).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
      T others(1);
      for (std::size_t k = 0; k < n; ++k) {
        if (k != i) others *= magnitude(x[k]);
      }
      g[i] = sign_of(x[i]) * (T(1) + others);
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    h.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (i == j) continue;
        T others(1);
        for (std::size_t k = 0; k < n; ++k) {
          if (k != i && k != j) others *= magnitude(x[k]);
        }
        h(i, j) = sign_of(x[i]) * sign_of(x[j]) * others;
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Schwefel222);
}  // namespace gradlab::classic
