// The Chung-Reynolds function (Jamil & Yang 2013, function 34):
//   f(x) = (sum_i x_i^2)^2.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct ChungReynolds {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "chung_reynolds",
            .family = "classic",
            .source =
                "C. J. Chung and R. G. Reynolds, CAEP: an evolution-based tool for real-valued function "
                "optimization using cultural algorithms, Int. J. Artificial Intelligence Tools 7(3):239-291, "
                "1998; as in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global "
                "optimization problems, Int. J. Mathematical Modelling and Numerical Optimisation "
                "4(2):150-194, 2013 (arXiv:1308.4008), function 34",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth},
            .notes = "Minimizer x* = 0, f* = 0; the Hessian vanishes there (a quartic minimum)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -100.0, 100.0); }

  template <class T>
  static T squares(std::span<const T> x) {
    T s(0);
    for (const T& xi : x) s += xi * xi;
    return s;
  }

  template <class T>
  T value(std::span<const T> x) const {
    const T s = squares(x);
    return s * s;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T s = squares(x);
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(4) * s * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T s = squares(x);
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) h(i, j) = T(8) * x[i] * x[j];
      h(i, i) += T(4) * s;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ChungReynolds);
}  // namespace gradlab::classic
