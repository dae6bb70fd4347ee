// Trefethen's function from the SIAM 100-digit challenge, problem 4 (Jamil &
// Yang 2013, function 152):
//   f(x) = exp(sin 50 x1) + sin(60 e^x2) + sin(70 sin x1) + sin(sin 80 x2)
//          - sin(10 (x1 + x2)) + (x1^2 + x2^2) / 4.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Trefethen {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "trefethen",
        .family = "classic",
        .source =
            "L. N. Trefethen, A hundred-dollar, hundred-digit challenge, SIAM News 35(1), 2002 (problem 4); "
            "F. Bornemann, D. Laurie, S. Wagon and J. Waldvogel, The SIAM 100-Digit Challenge, SIAM, 2004; "
            "as in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global "
            "optimization problems, Int. J. Mathematical Modelling and Numerical Optimisation "
            "4(2):150-194, 2013 (arXiv:1308.4008), function 152",
        .dimension = Dimension::fixed(2),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Global minimizer near (-0.024403, 0.210612), polished by Newton's method in 50 digits; f* = "
            "-3.3068686474752372800761137708985..., matching the challenge's published digits. Outside "
            "the disc |x| < 0.82 the quadratic term keeps f above f*. The survey's box is [-10, 10]^2, but "
            "there sin(60 e^x2) has arguments up to 1.3e6 and the double gradient loses accuracy in "
            "proportion to 60 e^x2 (and to 80 and 70 through the other terms): already on [-1, 1]^2 it "
            "reaches 1e-13 of the gradient scale. Random points come from [-1/2, 1/2]^2, which holds the "
            "minimizer and about a dozen ripples of sin(80 x2) (within 4e-14 there)"};
  }

  // Inside the small basin of the global minimizer: from most starts a local
  // method stops in one of the many local minima, where the Hessian reaches
  // 1e4 and |grad f| cannot be brought below about 1e-7 in double.
  std::vector<double> x0(int /*n*/) const { return {-0.05, 0.2}; }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Trefethen p;
      const std::vector<double> x = polish_minimizer(p, {-0.024403, 0.210612});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, -0.5, 0.5); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    using std::sin;
    return exp(sin(T(50) * x[0])) + sin(T(60) * exp(x[1])) + sin(T(70) * sin(x[0])) + sin(sin(T(80) * x[1])) -
           sin(T(10) * (x[0] + x[1])) + (x[0] * x[0] + x[1] * x[1]) / T(4);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T c10 = T(10) * cos(T(10) * (x[0] + x[1]));
    const T ey = exp(x[1]);
    g[0] = T(50) * cos(T(50) * x[0]) * exp(sin(T(50) * x[0])) + T(70) * cos(x[0]) * cos(T(70) * sin(x[0])) -
           c10 + x[0] / T(2);
    g[1] =
        T(60) * ey * cos(T(60) * ey) + T(80) * cos(T(80) * x[1]) * cos(sin(T(80) * x[1])) - c10 + x[1] / T(2);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    using std::sin;
    const T s100 = T(100) * sin(T(10) * (x[0] + x[1]));
    const T s50 = sin(T(50) * x[0]);
    const T c50 = cos(T(50) * x[0]);
    const T e50 = exp(s50);
    const T s1 = sin(x[0]);
    const T c1 = cos(x[0]);
    const T ey = exp(x[1]);
    const T s80 = sin(T(80) * x[1]);
    const T c80 = cos(T(80) * x[1]);
    h(0, 0) = T(2500) * e50 * (c50 * c50 - s50) - T(70) * s1 * cos(T(70) * s1) -
              T(4900) * c1 * c1 * sin(T(70) * s1) + s100 + ratio<T>(1, 2);
    h(0, 1) = s100;
    h(1, 0) = s100;
    h(1, 1) = T(60) * ey * cos(T(60) * ey) - T(3600) * ey * ey * sin(T(60) * ey) - T(6400) * s80 * cos(s80) -
              T(6400) * c80 * c80 * sin(s80) + s100 + ratio<T>(1, 2);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Trefethen);
}  // namespace gradlab::classic
