// The first Bohachevsky function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = x1^2 + 2 x2^2 - 0.3 cos(3 pi x1) - 0.4 cos(4 pi x2) + 0.7.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Bohachevsky1 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "bohachevsky1",
            .family = "classic",
            .source =
                "I. O. Bohachevsky, M. E. Johnson and M. L. Stein, Generalized simulated annealing for "
                "function optimization, Technometrics 28(3):209-217, 1986; as in Surjanovic & Bingham, "
                "Virtual Library of Simulation Experiments (sfu.ca/~ssurjano/boha.html)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes = "separable: a bowl with cosine ripples; x* = 0, f* = 0 exactly"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, 0.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -100.0, 100.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    const T p = pi<T>();
    return x[0] * x[0] + T(2) * x[1] * x[1] - ratio<T>(3, 10) * cos(T(3) * p * x[0]) -
           ratio<T>(2, 5) * cos(T(4) * p * x[1]) + ratio<T>(7, 10);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T p = pi<T>();
    g[0] = T(2) * x[0] + ratio<T>(9, 10) * p * sin(T(3) * p * x[0]);
    g[1] = T(4) * x[1] + ratio<T>(8, 5) * p * sin(T(4) * p * x[1]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    const T p = pi<T>();
    h(0, 0) = T(2) + ratio<T>(27, 10) * p * p * cos(T(3) * p * x[0]);
    h(0, 1) = T(0);
    h(1, 0) = T(0);
    h(1, 1) = T(4) + ratio<T>(32, 5) * p * p * cos(T(4) * p * x[1]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Bohachevsky1);
}  // namespace gradlab::classic
