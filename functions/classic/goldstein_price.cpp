// The Goldstein-Price function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments):
//   f(x) = [1 + (x1 + x2 + 1)^2 (19 - 14 x1 + 3 x1^2 - 14 x2 + 6 x1 x2 + 3 x2^2)]
//        * [30 + (2 x1 - 3 x2)^2 (18 - 32 x1 + 12 x1^2 + 48 x2 - 36 x1 x2 + 27 x2^2)].
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct GoldsteinPrice {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "goldstein_price",
            .family = "classic",
            .source =
                "A. A. Goldstein and I. F. Price, On descent from local minima, Mathematics of "
                "Computation 25(115):569-574, 1971; as in Surjanovic & Bingham, Virtual Library of "
                "Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "local minima besides x* = (0, -1), f* = 3: (-0.6, -0.4) with f = 30, (1.8, 0.2) with "
                "f = 84 and (1.2, 0.8) with f = 840"};
  }

  // The box centre; steepest descent from it ends in the local minimum (-0.6, -0.4), not at x*.
  std::vector<double> x0(int /*n*/) const { return {0.0, 0.0}; }
  std::vector<Minimum> minima(int /*n*/) const { return {{{0.0, -1.0}, 3.0}}; }
  Box domain(int n) const { return Box::uniform(n, -2.0, 2.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T u = x[0] + x[1] + T(1);
    const T w = T(2) * x[0] - T(3) * x[1];
    const T p =
        T(19) - T(14) * x[0] + T(3) * x[0] * x[0] - T(14) * x[1] + T(6) * x[0] * x[1] + T(3) * x[1] * x[1];
    const T q =
        T(18) - T(32) * x[0] + T(12) * x[0] * x[0] + T(48) * x[1] - T(36) * x[0] * x[1] + T(27) * x[1] * x[1];
    return (T(1) + u * u * p) * (T(30) + w * w * q);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const Factors<T> f(x);
    g[0] = f.da * f.b + T(2) * f.a * f.db;
    g[1] = f.da * f.b - T(3) * f.a * f.db;
  }

  // With ds/dx = (1, 1) and dw/dx = (2, -3), H = A'' B (1,1)(1,1)^T + A B'' (2,-3)(2,-3)^T
  // + A' B' [(1,1)(2,-3)^T + (2,-3)(1,1)^T].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const Factors<T> f(x);
    const T aa = f.d2a * f.b;
    const T ab = f.da * f.db;
    const T bb = f.a * f.d2b;
    h(0, 0) = aa + T(4) * ab + T(4) * bb;
    h(0, 1) = aa - ab - T(6) * bb;
    h(1, 0) = h(0, 1);
    h(1, 1) = aa - T(6) * ab + T(9) * bb;
  }

 private:
  // The quadratics depend on x only through s = x1 + x2 and w = 2 x1 - 3 x2:
  // 19 - 14 s + 3 s^2 and 18 - 16 w + 3 w^2. So f = A(s) B(w) with
  //   A = 1 + (s + 1)^2 (3 s^2 - 14 s + 19) >= 1,
  //   B = 30 + w^2 (3 w^2 - 16 w + 18) = 3 + (w - 3)^2 (3 w^2 + 2 w + 3) >= 3
  // (neither inner quadratic has a real root), which is why f* = 3 at s = -1, w = 3. B is
  // evaluated in the second form, free of the cancellation 30 - 27 near w = 3, and the
  // derivatives in factored form, A' = 12 (s-2)(s-1)(s+1) and B' = 12 w (w-1)(w-3),
  // accurate near their roots.
  template <class T>
  struct Factors {
    T a, da, d2a, b, db, d2b;

    explicit Factors(std::span<const T> x) {
      const T s = x[0] + x[1];
      const T w = T(2) * x[0] - T(3) * x[1];
      const T u = s + T(1);
      a = T(1) + u * u * (T(3) * s * s - T(14) * s + T(19));
      da = T(12) * (s - T(2)) * (s - T(1)) * u;
      d2a = T(12) * (T(3) * s * s - T(4) * s - T(1));
      const T v = w - T(3);
      b = T(3) + v * v * (T(3) * w * w + T(2) * w + T(3));
      db = T(12) * w * (w - T(1)) * v;
      d2b = T(12) * (T(3) * w * w - T(8) * w + T(3));
    }
  };
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(GoldsteinPrice);
}  // namespace gradlab::classic
