// The Colville function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = 100 (x1^2 - x2)^2 + (x1 - 1)^2 + (x3 - 1)^2 + 90 (x3^2 - x4)^2
//          + 10.1 ((x2 - 1)^2 + (x4 - 1)^2) + 19.8 (x2 - 1)(x4 - 1).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Colville {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "colville",
            .family = "classic",
            .source =
                "A. R. Colville, A comparative study of nonlinear programming codes, IBM New York "
                "Scientific Center Report 320-2949, 1968; as in Surjanovic & Bingham, Virtual Library of "
                "Simulation Experiments (sfu.ca/~ssurjano/colville.html)",
            .dimension = Dimension::fixed(4),
            .tags = {Tag::kSmooth},
            .notes =
                "the same function as Wood's function (More, Garbow & Hillstrom problem 14); x* = (1, "
                "1, 1, 1), f* = 0 exactly"};
  }

  // The classic start of Wood's function.
  std::vector<double> x0(int /*n*/) const { return {-3.0, -1.0, -3.0, -1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{1.0, 1.0, 1.0, 1.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T a = x[0] * x[0] - x[1];
    const T b = x[2] * x[2] - x[3];
    const T u = x[1] - T(1);
    const T v = x[3] - T(1);
    return T(100) * a * a + (x[0] - T(1)) * (x[0] - T(1)) + (x[2] - T(1)) * (x[2] - T(1)) + T(90) * b * b +
           ratio<T>(101, 10) * (u * u + v * v) + ratio<T>(99, 5) * u * v;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T a = x[0] * x[0] - x[1];
    const T b = x[2] * x[2] - x[3];
    const T u = x[1] - T(1);
    const T v = x[3] - T(1);
    g[0] = T(400) * x[0] * a + T(2) * (x[0] - T(1));
    g[1] = T(-200) * a + ratio<T>(101, 5) * u + ratio<T>(99, 5) * v;
    g[2] = T(360) * x[2] * b + T(2) * (x[2] - T(1));
    g[3] = T(-180) * b + ratio<T>(101, 5) * v + ratio<T>(99, 5) * u;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    h(0, 0) = T(1200) * x[0] * x[0] - T(400) * x[1] + T(2);
    h(0, 1) = h(1, 0) = T(-400) * x[0];
    h(1, 1) = T(200) + ratio<T>(101, 5);
    h(1, 3) = h(3, 1) = ratio<T>(99, 5);
    h(2, 2) = T(1080) * x[2] * x[2] - T(360) * x[3] + T(2);
    h(2, 3) = h(3, 2) = T(-360) * x[2];
    h(3, 3) = T(180) + ratio<T>(101, 5);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Colville);
}  // namespace gradlab::classic
