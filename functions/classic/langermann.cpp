// The Langermann function with VLSE's m = 5, c and A (Surjanovic & Bingham,
// Virtual Library of Simulation Experiments):
//   f(x) = sum_{i=1}^{5} c_i exp(-d_i / pi) cos(pi d_i),  d_i = sum_j (x_j - A_ij)^2.
#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kTerms = 5;
constexpr int kC[kTerms] = {1, 2, 5, 2, 3};
constexpr int kA[kTerms][2] = {{3, 5}, {5, 2}, {2, 1}, {1, 4}, {7, 9}};

struct Langermann {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "langermann",
            .family = "classic",
            .source =
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/langer.html), with the coefficients of M. Molga and C. Smutnicki, "
                "Test functions for optimization needs, 2005",
            .dimension = Dimension::fixed(2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "VLSE's sign, with no leading minus, and VLSE quotes no minimum. Other collections (e.g. "
                "benchmarkfcns.info) negate f, which moves the global minimum to (2.00299, 1.00610), f* = "
                "-5.16213; here f is VLSE's, whose global minimum on [0, 10]^2 is near (2.79340, "
                "1.59723), f* near -4.155809 (the next best -4.1276), from a grid search with spacing "
                "0.0025 and Newton's method in 50 digits, f* evaluated there"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Langermann p;
      const std::vector<double> x = polish_minimizer(p, {2.7934022, 1.5972325});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    const T p = pi<T>();
    T f(0);
    for (int i = 0; i < kTerms; ++i) {
      const T d = distance2(x, i);
      f += T(kC[i]) * exp(-d / p) * cos(p * d);
    }
    return f;
  }

  // With h(d) = exp(-d/pi) cos(pi d):
  //   h'(d) = -exp(-d/pi) (cos(pi d) / pi + pi sin(pi d)),  df/dx_j = sum_i c_i h'(d_i) 2 (x_j - A_ij).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    g[0] = g[1] = T(0);
    for (int i = 0; i < kTerms; ++i) {
      T h1, h2;
      derivatives(distance2(x, i), h1, h2);
      for (int j = 0; j < 2; ++j) g[j] += T(2 * kC[i]) * h1 * (x[j] - T(kA[i][j]));
    }
  }

  //   h''(d) = exp(-d/pi) ((1/pi^2 - pi^2) cos(pi d) + 2 sin(pi d)),
  //   H_jk = sum_i c_i [4 h''(d_i) (x_j - A_ij)(x_k - A_ik) + 2 h'(d_i) delta_jk].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (int i = 0; i < kTerms; ++i) {
      T h1, h2;
      derivatives(distance2(x, i), h1, h2);
      for (int j = 0; j < 2; ++j) {
        for (int k = 0; k < 2; ++k) {
          h(j, k) += T(4 * kC[i]) * h2 * (x[j] - T(kA[i][j])) * (x[k] - T(kA[i][k]));
        }
        h(j, j) += T(2 * kC[i]) * h1;
      }
    }
  }

 private:
  template <class T>
  static T distance2(std::span<const T> x, int i) {
    const T a = x[0] - T(kA[i][0]);
    const T b = x[1] - T(kA[i][1]);
    return a * a + b * b;
  }
  template <class T>
  static void derivatives(const T& d, T& h1, T& h2) {
    using std::cos;
    using std::exp;
    using std::sin;
    const T p = pi<T>();
    const T e = exp(-d / p);
    const T c = cos(p * d);
    const T s = sin(p * d);
    h1 = -e * (c / p + p * s);
    h2 = e * ((T(1) / (p * p) - p * p) * c + T(2) * s);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Langermann);
}  // namespace gradlab::classic
