// The Shubert function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = (sum_{i=1}^{5} i cos((i+1) x1 + i)) (sum_{i=1}^{5} i cos((i+1) x2 + i)).
#include <cmath>
#include <numbers>

#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Shubert {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "shubert",
            .family = "classic",
            .source =
                "B. O. Shubert, A sequential method seeking the global maximum of a function, SIAM J. "
                "Numerical Analysis 9(3):379-388, 1972; two-dimensional product form as in Surjanovic & "
                "Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano/shubert.html)",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "f = u(x1) u(x2) with u 2 pi-periodic; on [-10, 10]^2 it has many local minima and 18 "
                "global ones, f* near -186.7309 (VLSE): one coordinate at a minimizer of u (near -1.42513 "
                "+ 2 pi k), the other at a maximizer (near -0.80032 + 2 pi k), three of each in the box, "
                "either way round. Each of the 18 is found by Newton's method in 50 digits from a grid "
                "search's estimate, and f* is evaluated at one of them"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Shubert p;
      const double two_pi = 2 * std::numbers::pi;
      std::vector<double> lows, highs;  // in [-10, 10]
      for (int k = -2; k <= 2; ++k) {
        if (std::abs(-1.42513 + k * two_pi) <= 10) lows.push_back(-1.42513 + k * two_pi);
        if (std::abs(-0.80032 + k * two_pi) <= 10) highs.push_back(-0.80032 + k * two_pi);
      }
      std::vector<Minimum> out;
      double fs = 0;
      for (double a : lows) {
        for (double b : highs) {
          for (const std::vector<double>& start : {std::vector<double>{a, b}, std::vector<double>{b, a}}) {
            const std::vector<double> x = polish_minimizer(p, start);
            if (out.empty()) {
              const std::vector<Real50> x50(x.begin(), x.end());
              fs = static_cast<double>(p.value<Real50>(x50));
            }
            out.push_back({x, fs});
          }
        }
      }
      return out;
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -10.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    T u0(0), u1(0);
    for (int i = 1; i <= 5; ++i) {
      u0 += T(i) * cos(T(i + 1) * x[0] + T(i));
      u1 += T(i) * cos(T(i + 1) * x[1] + T(i));
    }
    return u0 * u1;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    T u0, d0, dd0, u1, d1, dd1;
    factor(x[0], u0, d0, dd0);
    factor(x[1], u1, d1, dd1);
    g[0] = d0 * u1;
    g[1] = u0 * d1;
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    T u0, d0, dd0, u1, d1, dd1;
    factor(x[0], u0, d0, dd0);
    factor(x[1], u1, d1, dd1);
    h(0, 0) = dd0 * u1;
    h(0, 1) = d0 * d1;
    h(1, 0) = h(0, 1);
    h(1, 1) = u0 * dd1;
  }

 private:
  // u(t) = sum_i i cos((i+1) t + i) and its first two derivatives.
  template <class T>
  static void factor(const T& t, T& u, T& du, T& ddu) {
    using std::cos;
    using std::sin;
    u = du = ddu = T(0);
    for (int i = 1; i <= 5; ++i) {
      const T arg = T(i + 1) * t + T(i);
      const T c = cos(arg);
      const T s = sin(arg);
      u += T(i) * c;
      du -= T(i * (i + 1)) * s;
      ddu -= T(i * (i + 1) * (i + 1)) * c;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Shubert);
}  // namespace gradlab::classic
