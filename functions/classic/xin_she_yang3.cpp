// Xin-She Yang's function 3 (Jamil & Yang 2013, function 171), with m = 5 and
// beta = 15:
//   f(x) = exp(-sum_i (x_i / beta)^(2m)) - 2 exp(-sum_i x_i^2) prod_i cos^2(x_i).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct XinSheYang3 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "xin_she_yang3",
        .family = "classic",
        .source =
            "X.-S. Yang, Test problems in optimization, in Engineering Optimization: An Introduction with "
            "Metaheuristic Applications, Wiley, 2010 (arXiv:1008.0549); as in M. Jamil and X.-S. Yang, A "
            "literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 171",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "m = 5 and beta = 15 as in the survey (some codes document m = 3 but use 5). Global minimizer "
            "x* = 0 with f* = -1, nondegenerate (f = -1 + 4 |x|^2 + O(|x|^4)); the cos^2 factor makes "
            "many shallow local minima inside the flat plateau of the first term"};
  }

  // x0_i = i / (n + 1), inside the well of the second term: farther out the
  // gradient is below 1e-8 (the plateau) and a start there says nothing.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), -1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -20.0, 20.0); }

  template <class T>
  struct Parts {
    T plateau;              // A = exp(-sum (x_i/15)^10)
    T well;                 // B = exp(-sum x_i^2)
    T cos2;                 // C = prod cos^2 x_i
    std::vector<T> a;       // dA/dx_i = -A a_i, a_i = 10 x_i^9 / 15^10
    std::vector<T> others;  // P_i = prod_{k != i} cos^2 x_k
  };
  template <class T>
  static Parts<T> parts(std::span<const T> x) {
    using std::cos;
    using std::exp;
    const std::size_t n = x.size();
    const T beta(15);
    Parts<T> p{T(0), T(0), T(1), std::vector<T>(n), std::vector<T>(n)};
    T s10(0), s2(0);
    std::vector<T> c2(n);
    for (std::size_t i = 0; i < n; ++i) {
      const T u = x[i] / beta;
      const T u2 = u * u;
      const T u4 = u2 * u2;
      const T u8 = u4 * u4;
      s10 += u8 * u2;
      s2 += x[i] * x[i];
      p.a[i] = T(10) * u8 * u / beta;
      const T c = cos(x[i]);
      c2[i] = c * c;
      p.cos2 *= c2[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
      p.others[i] = T(1);
      for (std::size_t k = 0; k < n; ++k) {
        if (k != i) p.others[i] *= c2[k];
      }
    }
    p.plateau = exp(-s10);
    p.well = exp(-s2);
    return p;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    const T beta(15);
    T s10(0), s2(0), c2(1);
    for (const T& xi : x) {
      const T u = xi / beta;
      const T u2 = u * u;
      const T u4 = u2 * u2;
      s10 += u4 * u4 * u2;
      s2 += xi * xi;
      const T c = cos(xi);
      c2 *= c * c;
    }
    return exp(-s10) - T(2) * exp(-s2) * c2;
  }

  // With D = B C: dD/dx_i = B E_i, E_i = -2 x_i C - sin(2 x_i) P_i.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const Parts<T> p = parts(x);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T e = T(-2) * x[i] * p.cos2 - sin(T(2) * x[i]) * p.others[i];
      g[i] = -p.plateau * p.a[i] - T(2) * p.well * e;
    }
  }

  //   d2A/dx_i dx_j = A (a_i a_j - delta_ij a_i'),  a_i' = 90 x_i^8 / 15^10;
  //   d2D/dx_i dx_j = B (dE_i/dx_j - 2 x_j E_i), with
  //   dE_i/dx_j = 2 x_i sin(2 x_j) P_j + sin(2 x_i) sin(2 x_j) P_ij   (j != i),
  //   dE_i/dx_i = -2 C + 2 x_i sin(2 x_i) P_i - 2 cos(2 x_i) P_i,
  // P_ij = prod_{k != i, j} cos^2 x_k.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const std::size_t n = x.size();
    const Parts<T> p = parts(x);
    const T beta(15);
    std::vector<T> s2x(n), e(n);
    for (std::size_t i = 0; i < n; ++i) {
      s2x[i] = sin(T(2) * x[i]);
      e[i] = T(-2) * x[i] * p.cos2 - s2x[i] * p.others[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        T d2a = p.plateau * p.a[i] * p.a[j];
        T de;
        if (i == j) {
          const T u = x[i] / beta;
          const T u2 = u * u;
          const T u4 = u2 * u2;
          d2a -= p.plateau * T(90) * u4 * u4 / (beta * beta);
          de = T(-2) * p.cos2 + (T(2) * x[i] * s2x[i] - T(2) * cos(T(2) * x[i])) * p.others[i];
        } else {
          T pij(1);
          for (std::size_t k = 0; k < n; ++k) {
            if (k != i && k != j) {
              const T c = cos(x[k]);
              pij *= c * c;
            }
          }
          de = T(2) * x[i] * s2x[j] * p.others[j] + s2x[i] * s2x[j] * pij;
        }
        h(i, j) = d2a - T(2) * p.well * (de - T(2) * x[j] * e[i]);
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(XinSheYang3);
}  // namespace gradlab::classic
