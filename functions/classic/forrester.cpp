// The Forrester et al. (2008) one-dimensional function (Surjanovic & Bingham,
// Virtual Library of Simulation Experiments):
//   f(x) = (6x - 2)^2 sin(12x - 4).
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Forrester {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "forrester",
            .family = "classic",
            .source =
                "A. Forrester, A. Sobester and A. Keane, Engineering Design via Surrogate Modelling: A "
                "Practical Guide, Wiley, 2008; as in Surjanovic & Bingham, Virtual Library of Simulation "
                "Experiments (sfu.ca/~ssurjano/forretal08.html)",
            .dimension = Dimension::fixed(1),
            .tags = {Tag::kSmooth},
            .notes =
                "one local minimum near x = 0.1426 (f = -0.9863) besides the global one; the usually "
                "quoted x* = 0.75725, f* = -6.02074 is polished by Newton's method in 50 digits and f* "
                "evaluated there"};
  }

  // The middle of [0, 1]; steepest descent from it runs into the flat inflection point x = 1/3
  // (f' = f'' = 0), away from x*.
  std::vector<double> x0(int /*n*/) const { return {0.5}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Forrester p;
      const std::vector<double> x = polish_minimizer(p, {0.75725});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, 1.0); }

  // With u = 6x - 2 the function is u^2 sin(2u).
  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T u = T(6) * x[0] - T(2);
    return u * u * sin(T(2) * u);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::sin;
    const T u = T(6) * x[0] - T(2);
    g[0] = T(12) * u * (sin(T(2) * u) + u * cos(T(2) * u));
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const T u = T(6) * x[0] - T(2);
    h(0, 0) = T(72) * ((T(1) - T(2) * u * u) * sin(T(2) * u) + T(4) * u * cos(T(2) * u));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Forrester);
}  // namespace gradlab::classic
