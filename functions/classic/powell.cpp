// Powell's singular function, chained over blocks of four (Surjanovic &
// Bingham, Virtual Library of Simulation Experiments): for each block
// (a, b, c, d) = (x_{4i-3}, x_{4i-2}, x_{4i-1}, x_{4i}),
//   f += (a + 10 b)^2 + 5 (c - d)^2 + (b - 2 c)^4 + 10 (a - d)^4.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Powell {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "powell",
            .family = "classic",
            .source =
                "M. J. D. Powell, The Computer Journal 5(2):147-151, 1962 (singular function); chained form "
                "as in Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(4, 8, 4),
            .tags = {Tag::kSmooth},
            .notes = "the Hessian is singular at the minimizer x* = 0"};
  }

  // Powell's own start (3, -1, 0, 1), repeated per block.
  std::vector<double> x0(int n) const {
    static constexpr double kStart[4] = {3.0, -1.0, 0.0, 1.0};
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = kStart[i % 4];
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 5.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      const T t1 = x[k] + T(10) * x[k + 1];
      const T t2 = x[k + 2] - x[k + 3];
      const T t3 = x[k + 1] - T(2) * x[k + 2];
      const T t4 = x[k] - x[k + 3];
      const T t3sq = t3 * t3;
      const T t4sq = t4 * t4;
      f += t1 * t1 + T(5) * t2 * t2 + t3sq * t3sq + T(10) * t4sq * t4sq;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      const T t1 = x[k] + T(10) * x[k + 1];
      const T t2 = x[k + 2] - x[k + 3];
      const T t3 = x[k + 1] - T(2) * x[k + 2];
      const T t4 = x[k] - x[k + 3];
      const T t3cu = t3 * t3 * t3;
      const T t4cu = t4 * t4 * t4;
      g[k] = T(2) * t1 + T(40) * t4cu;
      g[k + 1] = T(20) * t1 + T(4) * t3cu;
      g[k + 2] = T(10) * t2 - T(8) * t3cu;
      g[k + 3] = T(-10) * t2 - T(40) * t4cu;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      const T t3 = x[k + 1] - T(2) * x[k + 2];
      const T t4 = x[k] - x[k + 3];
      const T q3 = T(12) * t3 * t3;   // second derivative of t3^4
      const T q4 = T(120) * t4 * t4;  // second derivative of 10 t4^4
      const std::size_t a = k, b = k + 1, c = k + 2, d = k + 3;
      h(a, a) = T(2) + q4;
      h(a, b) = h(b, a) = T(20);
      h(a, d) = h(d, a) = -q4;
      h(b, b) = T(200) + q3;
      h(b, c) = h(c, b) = T(-2) * q3;
      h(c, c) = T(10) + T(4) * q3;
      h(c, d) = h(d, c) = T(-10);
      h(d, d) = T(10) + q4;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Powell);
}  // namespace gradlab::classic
