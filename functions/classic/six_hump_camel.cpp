// The six-hump camel function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = (4 - 2.1 x1^2 + x1^4 / 3) x1^2 + x1 x2 + (-4 + 4 x2^2) x2^2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct SixHumpCamel {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "six_hump_camel",
            .family = "classic",
            .source =
                "L. C. W. Dixon and G. P. Szego, The global optimisation problem: an introduction, in "
                "Towards Global Optimisation 2, North-Holland, 1978; as in Surjanovic & Bingham, Virtual "
                "Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "two global minima, x* and -x* with x* near (0.0898, -0.7126) and f* near -1.0316 "
                "(f is even); x* is found by Newton's method in 50 digits and f* evaluated there"};
  }

  // The box centre is a saddle point; (1, 1) is in the steepest-descent basin of a global minimum.
  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }

  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const SixHumpCamel p;
      const std::vector<double> x = polish_minimizer(p, {0.0898, -0.7126});
      const std::vector<Real50> x50(x.begin(), x.end());
      const double fs = static_cast<double>(p.value<Real50>(x50));
      const double a = x[0];
      const double b = x[1];
      return std::vector<Minimum>{{{a, b}, fs}, {{-a, -b}, fs}};
    }();
    return kMinima;
  }
  Box domain(int /*n*/) const { return {{-3.0, -2.0}, {3.0, 2.0}}; }

  template <class T>
  T value(std::span<const T> x) const {
    const T u2 = x[0] * x[0];
    const T v2 = x[1] * x[1];
    return (T(4) - ratio<T>(21, 10) * u2 + u2 * u2 / T(3)) * u2 + x[0] * x[1] + (T(-4) + T(4) * v2) * v2;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T u2 = x[0] * x[0];
    const T v2 = x[1] * x[1];
    g[0] = x[0] * (T(8) - ratio<T>(42, 5) * u2 + T(2) * u2 * u2) + x[1];
    g[1] = x[0] + x[1] * (T(-8) + T(16) * v2);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T u2 = x[0] * x[0];
    h(0, 0) = T(8) - ratio<T>(126, 5) * u2 + T(10) * u2 * u2;
    h(0, 1) = T(1);
    h(1, 0) = T(1);
    h(1, 1) = T(-8) + T(48) * x[1] * x[1];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(SixHumpCamel);
}  // namespace gradlab::classic
