// Beale's function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = (1.5 - x1 + x1 x2)^2 + (2.25 - x1 + x1 x2^2)^2 + (2.625 - x1 + x1 x2^3)^2.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Beale {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "beale",
            .family = "classic",
            .source =
                "E. M. L. Beale, On an iterative method for finding a local minimum of a function of more "
                "than one variable, Tech. Rep. 25, Statistical Techniques Research Group, Princeton "
                "University, 1958; as in Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth}};
  }

  // The standard start of Moré, Garbow and Hillstrom (ACM TOMS 7(1), 1981, problem 5).
  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{3.0, 0.5}, 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.5, 4.5); }

  template <class T>
  T value(std::span<const T> x) const {
    const T y = x[1];
    const T y2 = y * y;
    const T y3 = y2 * y;
    const T r1 = ratio<T>(3, 2) - x[0] + x[0] * y;
    const T r2 = ratio<T>(9, 4) - x[0] + x[0] * y2;
    const T r3 = ratio<T>(21, 8) - x[0] + x[0] * y3;
    return r1 * r1 + r2 * r2 + r3 * r3;
  }

  // A sum of squares of r_i = c_i - x1 (1 - x2^i), i = 1, 2, 3: the gradient is
  // 2 J^T r and the Hessian 2 (J^T J + sum_i r_i H_i), where row i of J is
  // (x2^i - 1, i x1 x2^(i-1)) and each H_i has a zero (1,1) entry (r_i is linear in x1).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T y = x[1];
    const T y2 = y * y;
    const T y3 = y2 * y;
    const T r1 = ratio<T>(3, 2) - x[0] + x[0] * y;
    const T r2 = ratio<T>(9, 4) - x[0] + x[0] * y2;
    const T r3 = ratio<T>(21, 8) - x[0] + x[0] * y3;
    g[0] = T(2) * (r1 * (y - T(1)) + r2 * (y2 - T(1)) + r3 * (y3 - T(1)));
    g[1] = T(2) * x[0] * (r1 + T(2) * r2 * y + T(3) * r3 * y2);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T y = x[1];
    const T y2 = y * y;
    const T y3 = y2 * y;
    const T r1 = ratio<T>(3, 2) - x[0] + x[0] * y;
    const T r2 = ratio<T>(9, 4) - x[0] + x[0] * y2;
    const T r3 = ratio<T>(21, 8) - x[0] + x[0] * y3;
    const T a1 = y - T(1);
    const T a2 = y2 - T(1);
    const T a3 = y3 - T(1);
    const T b1 = x[0];
    const T b2 = T(2) * x[0] * y;
    const T b3 = T(3) * x[0] * y2;
    h(0, 0) = T(2) * (a1 * a1 + a2 * a2 + a3 * a3);
    h(0, 1) = T(2) * (a1 * b1 + a2 * b2 + a3 * b3 + r1 + T(2) * r2 * y + T(3) * r3 * y2);
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) * (b1 * b1 + b2 * b2 + b3 * b3 + T(2) * r2 * x[0] + T(6) * r3 * x[0] * y);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Beale);
}  // namespace gradlab::classic
