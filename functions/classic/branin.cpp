// The Branin (Branin-Hoo) function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments), with the usual a = 1, b = 5.1/(4 pi^2), c = 5/pi,
// r = 6, s = 10, t = 1/(8 pi):
//   f(x) = a (x2 - b x1^2 + c x1 - r)^2 + s (1 - t) cos(x1) + s.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Branin {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "branin",
            .family = "classic",
            .source =
                "F. H. Branin, Widely convergent method for finding multiple solutions of simultaneous "
                "nonlinear equations, IBM J. Research and Development 16(5):504-522, 1972; as in "
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "three global minima, where the square vanishes and cos x1 = -1: x1 = -pi, pi, 3pi, "
                "x2 = b x1^2 - c x1 + r = 12.275, 2.275, 2.475 exactly, f* = s t = 5/(4 pi)"};
  }

  // The box centre; not stationary.
  std::vector<double> x0(int /*n*/) const { return {2.5, 7.5}; }

  std::vector<Minimum> minima(int /*n*/) const {
    const Real50 p = pi<Real50>();
    const double fs = static_cast<double>(5 / (4 * p));
    return {{{static_cast<double>(-p), 12.275}, fs},
            {{static_cast<double>(p), 2.275}, fs},
            {{static_cast<double>(3 * p), 2.475}, fs}};
  }
  Box domain(int /*n*/) const { return {{-5.0, 0.0}, {10.0, 15.0}}; }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    const Constants<T> k;
    const T q = x[1] - k.b * x[0] * x[0] + k.c * x[0] - k.r;
    return k.a * q * q + k.s * (T(1) - k.t) * cos(x[0]) + k.s;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const Constants<T> k;
    const T q = x[1] - k.b * x[0] * x[0] + k.c * x[0] - k.r;
    const T dq = k.c - T(2) * k.b * x[0];  // dq/dx1; dq/dx2 = 1
    g[0] = T(2) * k.a * q * dq - k.s * (T(1) - k.t) * sin(x[0]);
    g[1] = T(2) * k.a * q;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    const Constants<T> k;
    const T q = x[1] - k.b * x[0] * x[0] + k.c * x[0] - k.r;
    const T dq = k.c - T(2) * k.b * x[0];
    h(0, 0) = T(2) * k.a * (dq * dq - T(2) * k.b * q) - k.s * (T(1) - k.t) * cos(x[0]);
    h(0, 1) = T(2) * k.a * dq;
    h(1, 0) = h(0, 1);
    h(1, 1) = T(2) * k.a;
  }

 private:
  template <class T>
  struct Constants {
    T a = T(1);
    T b = ratio<T>(51, 40) / (pi<T>() * pi<T>());
    T c = T(5) / pi<T>();
    T r = T(6);
    T s = T(10);
    T t = T(1) / (T(8) * pi<T>());
  };
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Branin);
}  // namespace gradlab::classic
