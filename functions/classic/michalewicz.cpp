// The Michalewicz function (Surjanovic & Bingham, Virtual Library of
// Simulation Experiments), with steepness m (10 by default):
//   f(x) = -sum_{i=1}^{n} sin(x_i) sin^(2m)(i x_i^2 / pi).
#include <algorithm>
#include <cmath>
#include <numbers>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

template <class T>
T int_power(T base, int k) {
  T out(1);
  for (; k > 0; k >>= 1) {
    if (k & 1) out *= base;
    base *= base;
  }
  return out;
}

struct Michalewicz {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = 10,
             .min_value = 1,
             .max_value = 100,
             .integer = true,
             .description = "steepness: the power 2m of the second sine (larger m, narrower valleys)"}};
  }

  explicit Michalewicz(const ProblemParameters& p) : power_(2 * p.integer("m")) {}

  ProblemInfo info() const {
    return {.name = "michalewicz",
            .family = "classic",
            .source =
                "Z. Michalewicz, Genetic Algorithms + Data Structures = Evolution Programs, Springer, "
                "1992; as in Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/michal.html)",
            .dimension = Dimension::scalable(1, 2),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "on [0, pi]^n; n! local minima, in valleys that narrow as m grows. f is a sum of "
                "one-dimensional terms, so x* is found coordinate by coordinate for every n: each hump of "
                "sin^(2m)(i t^2 / pi) on [0, pi] is searched (golden section, in double), the best is "
                "polished by Newton's method in 50 digits, and f* is evaluated at x* in 50 digits. For m = "
                "10 this reproduces VLSE's x* = (2.20, 1.57), f* = -1.8013 (n = 2) and f* = -4.687658 (n "
                "= 5), -9.66015 (n = 10)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }

  std::vector<Minimum> minima(int n) const {
    std::vector<double> xs(n);
    for (int i = 0; i < n; ++i) xs[i] = best_coordinate(i + 1);
    const std::vector<Real50> x50(xs.begin(), xs.end());
    const double fs = static_cast<double>(value<Real50>(std::span<const Real50>(x50)));
    return {{std::move(xs), fs}};
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, std::numbers::pi); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T s = sin(T(static_cast<int>(i) + 1) * x[i] * x[i] / pi<T>());
      f -= sin(x[i]) * int_power(s, power_);
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      T h, h1, h2;
      term(x[i], static_cast<int>(i) + 1, h, h1, h2);
      g[i] = h1;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      T t0, t1;
      term(x[i], static_cast<int>(i) + 1, t0, t1, h(i, i));
    }
  }

 private:
  // The i-th term h(t) = -sin(t) S^M, S = sin(phi), phi = i t^2 / pi, M = 2m, and its first two
  // derivatives:
  //   h'  = -cos(t) S^M - M sin(t) S^(M-1) C phi',
  //   h'' = sin(t) S^M - 2M cos(t) S^(M-1) C phi'
  //         - M sin(t) [(M-1) S^(M-2) C^2 phi'^2 - S^M phi'^2 + S^(M-1) C phi''],
  // with C = cos(phi), phi' = 2 i t / pi, phi'' = 2 i / pi.
  template <class T>
  void term(const T& t, int i, T& h, T& h1, T& h2) const {
    using std::cos;
    using std::sin;
    const T p = pi<T>();
    const T phi = T(i) * t * t / p;
    const T d1 = T(2 * i) * t / p;
    const T d2 = T(2 * i) / p;
    const T s = sin(phi);
    const T c = cos(phi);
    const T st = sin(t);
    const T ct = cos(t);
    const T s_m2 = int_power(s, power_ - 2);
    const T s_m1 = s_m2 * s;
    const T s_m = s_m1 * s;
    const T m = T(power_);
    h = -st * s_m;
    h1 = -ct * s_m - m * st * s_m1 * c * d1;
    h2 = st * s_m - T(2) * m * ct * s_m1 * c * d1 -
         m * st * ((m - T(1)) * s_m2 * c * c * d1 * d1 - s_m * d1 * d1 + s_m1 * c * d2);
  }

  // The minimizer of the i-th term on [0, pi], rounded to double. On the k-th hump of the second
  // sine, t in [pi sqrt(k/i), pi sqrt((k+1)/i)], the term has a single minimum (its logarithm is
  // concave where the sine's phase exceeds 1/4, and it only decreases before that), and it is no
  // lower than -max(sin t) over the hump; humps are visited outwards from t = pi/2, where that bound
  // is weakest, and a direction stops once the bound cannot beat the best found.
  double best_coordinate(int i) const {
    const double p = std::numbers::pi;
    auto depth = [&](double t) { return std::sin(t) * int_power(std::sin(i * t * t / p), power_); };
    auto hump_lo = [&](int k) { return p * std::sqrt(static_cast<double>(k) / i); };
    auto hump_hi = [&](int k) { return std::min(p, p * std::sqrt(static_cast<double>(k + 1) / i)); };
    auto bound = [&](int k) {
      const double a = hump_lo(k), b = hump_hi(k);
      return (a <= p / 2 && p / 2 <= b) ? 1.0 : std::max(std::sin(a), std::sin(b));
    };
    double best_t = p / 2, best_depth = -1;
    auto search = [&](int k) {
      double a = hump_lo(k), b = hump_hi(k);
      const double r = (std::sqrt(5.0) - 1) / 2;
      double c = b - r * (b - a), d = a + r * (b - a);
      double fc = depth(c), fd = depth(d);
      for (int it = 0; it < 100 && b - a > 1e-12; ++it) {
        if (fc > fd) {
          b = d;
          d = c;
          fd = fc;
          c = b - r * (b - a);
          fc = depth(c);
        } else {
          a = c;
          c = d;
          fc = fd;
          d = a + r * (b - a);
          fd = depth(d);
        }
      }
      const double t = (a + b) / 2;
      if (depth(t) > best_depth) {
        best_t = t;
        best_depth = depth(t);
      }
    };
    const int middle = std::min(i - 1, i / 4);  // the hump containing pi/2: phase i pi / 4
    for (int k = middle; k >= 0 && bound(k) > best_depth; --k) search(k);
    for (int k = middle + 1; k < i && bound(k) > best_depth; ++k) search(k);
    Real50 t = best_t;
    for (int it = 0; it < 20; ++it) {
      Real50 h, h1, h2;
      term(t, i, h, h1, h2);
      const Real50 step = h1 / h2;
      t -= step;
      if (abs(step) < Real50("1e-40")) break;
    }
    return static_cast<double>(t);
  }

  int power_;  // 2m
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Michalewicz);
}  // namespace gradlab::classic
