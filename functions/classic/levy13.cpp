// Levy function N. 13 (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = sin^2(3 pi x1) + (x1 - 1)^2 [1 + sin^2(3 pi x2)] + (x2 - 1)^2 [1 + sin^2(2 pi x2)].
#include <cmath>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Levy13 {
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = true;  // round(x_i) is a constant taken from x

  ProblemInfo info() const {
    return {.name = "levy13",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/levy13.html), following M. Laguna and R. Marti, J. Global "
                "Optimization 33(2):235-255, 2005",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes = "x* = (1, 1), f* = 0 exactly"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const { return {{{1.0, 1.0}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    const T p = pi<T>();
    const T r0 = periodic_part(x[0]);
    const T r1 = periodic_part(x[1]);
    const T a = sin(T(3) * p * r0);
    const T b = sin(T(3) * p * r1);
    const T c = sin(T(2) * p * r1);
    const T u = x[0] - T(1);
    const T v = x[1] - T(1);
    return a * a + u * u * (T(1) + b * b) + v * v * (T(1) + c * c);
  }

  // d/dt sin^2(k pi t) = k pi sin(2 k pi t).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T p = pi<T>();
    const T r0 = periodic_part(x[0]);
    const T r1 = periodic_part(x[1]);
    const T b = sin(T(3) * p * r1);
    const T c = sin(T(2) * p * r1);
    const T u = x[0] - T(1);
    const T v = x[1] - T(1);
    g[0] = T(3) * p * sin(T(6) * p * r0) + T(2) * u * (T(1) + b * b);
    g[1] = T(3) * p * u * u * sin(T(6) * p * r1) + T(2) * v * (T(1) + c * c) +
           T(2) * p * v * v * sin(T(4) * p * r1);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const T p = pi<T>();
    const T r0 = periodic_part(x[0]);
    const T r1 = periodic_part(x[1]);
    const T b = sin(T(3) * p * r1);
    const T c = sin(T(2) * p * r1);
    const T u = x[0] - T(1);
    const T v = x[1] - T(1);
    h(0, 0) = T(18) * p * p * cos(T(6) * p * r0) + T(2) * (T(1) + b * b);
    h(0, 1) = T(6) * p * u * sin(T(6) * p * r1);
    h(1, 0) = h(0, 1);
    h(1, 1) = T(18) * p * p * u * u * cos(T(6) * p * r1) + T(2) * (T(1) + c * c) +
              T(8) * p * v * sin(T(4) * p * r1) + T(8) * p * p * v * v * cos(T(4) * p * r1);
  }

 private:
  // Every trigonometric term, sin^2(3 pi t), sin^2(2 pi t) and their derivatives, has period 1 in t,
  // so t is reduced to t - round(t) (exact in floating point) before it is multiplied by pi. Without
  // that, sin(6 pi x2) near x2 = -9 loses 1e-13 of the gradient scale to the rounding of 6 pi x2.
  template <class T>
  static T periodic_part(const T& t) {
    return t - T(std::nearbyint(value_of(t)));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Levy13);
}  // namespace gradlab::classic
