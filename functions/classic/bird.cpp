// The bird function (Jamil & Yang 2013, function 16):
//   f(x) = sin(x1) exp((1 - cos x2)^2) + cos(x2) exp((1 - sin x1)^2) + (x1 - x2)^2.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Bird {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "bird",
        .family = "classic",
        .source =
            "S. K. Mishra, Global optimization by differential evolution and particle swarm methods: "
            "evaluation on some benchmark functions, MPRA Paper 1005, 2006; as in M. Jamil and X.-S. Yang, "
            "A literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 16",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Two global minima near (4.70104, 3.15294) and (-1.58214, -3.13024) with f* near -106.764537, "
            "as in the survey; both are polished by Newton's method in 50 digits and agree in f* to all 50 "
            "(the minimizers quoted in Gavana's collection, (4.701055751981055, 3.152946019601391), are off "
            "in the fifth decimal)"};
  }

  std::vector<double> x0(int /*n*/) const { return {1.0, 1.0}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Bird p;
      std::vector<Minimum> out;
      for (const std::vector<double>& quoted :
           {std::vector<double>{4.70104, 3.15294}, std::vector<double>{-1.58214, -3.13024}}) {
        const std::vector<double> x = polish_minimizer(p, quoted);
        const std::vector<Real50> x50(x.begin(), x.end());
        out.push_back({x, static_cast<double>(p.value<Real50>(x50))});
      }
      return out;
    }();
    return kMinima;
  }
  Box domain(int n) const {
    const double two_pi = 2.0 * boost::math::constants::pi<double>();
    return Box::uniform(n, -two_pi, two_pi);
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T u = T(1) - cos(x[1]);
    const T v = T(1) - sin(x[0]);
    const T d = x[0] - x[1];
    return sin(x[0]) * exp(u * u) + cos(x[1]) * exp(v * v) + d * d;
  }

  // With A = exp((1 - cos x2)^2) and B = exp((1 - sin x1)^2):
  //   dA/dx2 = 2 sin(x2) (1 - cos x2) A,  dB/dx1 = -2 cos(x1) (1 - sin x1) B.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T s1 = sin(x[0]), c1 = cos(x[0]), s2 = sin(x[1]), c2 = cos(x[1]);
    const T a = exp((T(1) - c2) * (T(1) - c2));
    const T b = exp((T(1) - s1) * (T(1) - s1));
    const T d = x[0] - x[1];
    g[0] = c1 * a - T(2) * c1 * c2 * (T(1) - s1) * b + T(2) * d;
    g[1] = T(2) * s1 * s2 * (T(1) - c2) * a - s2 * b - T(2) * d;
  }

  //   d2A/dx2^2 = 2 [cos x2 (1 - cos x2) + sin^2 x2] A + 4 sin^2 x2 (1 - cos x2)^2 A,
  //   d2B/dx1^2 = 2 [sin x1 (1 - sin x1) + cos^2 x1] B + 4 cos^2 x1 (1 - sin x1)^2 B.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T s1 = sin(x[0]), c1 = cos(x[0]), s2 = sin(x[1]), c2 = cos(x[1]);
    const T u = T(1) - c2;
    const T v = T(1) - s1;
    const T a = exp(u * u);
    const T b = exp(v * v);
    const T da = T(2) * s2 * u * a;
    const T db = T(-2) * c1 * v * b;
    const T d2a = T(2) * (c2 * u + s2 * s2) * a + T(4) * s2 * s2 * u * u * a;
    const T d2b = T(2) * (s1 * v + c1 * c1) * b + T(4) * c1 * c1 * v * v * b;
    h(0, 0) = -s1 * a + c2 * d2b + T(2);
    h(0, 1) = c1 * da - s2 * db - T(2);
    h(1, 0) = h(0, 1);
    h(1, 1) = s1 * d2a - c2 * b + T(2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Bird);
}  // namespace gradlab::classic
