// The Schumer-Steiglitz function (Jamil & Yang 2013, function 117):
//   f(x) = sum_i x_i^4.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct SchumerSteiglitz {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "schumer_steiglitz",
        .family = "classic",
        .source =
            "M. A. Schumer and K. Steiglitz, Adaptive step size random search, IEEE Trans. Automatic "
            "Control 13(3):270-276, 1968; as in M. Jamil and X.-S. Yang, A literature survey of benchmark "
            "functions for global optimization problems, Int. J. Mathematical Modelling and Numerical "
            "Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 117",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "Minimizer x* = 0, f* = 0, with a vanishing Hessian there. The survey gives no domain; random "
            "points come from [-10, 10]^n"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (const T& xi : x) {
      const T x2 = xi * xi;
      f += x2 * x2;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(4) * x[i] * x[i] * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(12) * x[i] * x[i];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(SchumerSteiglitz);
}  // namespace gradlab::classic
