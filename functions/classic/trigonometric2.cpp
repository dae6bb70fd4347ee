// The trigonometric function 2 (Jamil & Yang 2013, function 154): with
// t_i = x_i - 0.9,
//   f(x) = 1 + sum_i [8 sin^2(7 t_i^2) + 6 sin^2(14 t_i^2) + t_i^2].
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Trigonometric2 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "trigonometric2",
        .family = "classic",
        .source =
            "M. C. Fu, J. Hu and S. I. Marcus, Model-based randomized methods for global optimization, "
            "Proc. 17th Int. Symp. Mathematical Theory of Networks and Systems, Kyoto, 355-365, 2006; as "
            "in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 154",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Global minimizer x_i* = 0.9 (rounded to double), f* = 1. The survey's box is [-500, 500]^n, "
            "but the double gradient's error grows like |t|^3 eps (the arguments 7 t^2 and 14 t^2, rounded, "
            "are multiplied by t in the derivative) and reaches 1e-13 of the gradient scale by |t| = 1.5 "
            "to 2; random points come from [-0.1, 1.9]^n (|t| <= 1, still several ripples of "
            "sin^2(14 t^2))"};
  }

  // x0_i = 1.1 + i / (10 (n + 1)): each t_i in (0.2, 0.3), on the steep wall
  // of the central trough; from the staircase start L-BFGS stops in a
  // ripple's local minimum.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = 1.1 + static_cast<double>(i + 1) / (10 * (n + 1));
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.9), 1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -0.1, 1.9); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::sin;
    T f(1);
    for (const T& xi : x) {
      const T t = xi - ratio<T>(9, 10);
      const T t2 = t * t;
      const T s1 = sin(T(7) * t2);
      const T s2 = sin(T(14) * t2);
      f += T(8) * s1 * s1 + T(6) * s2 * s2 + t2;
    }
    return f;
  }

  //   df/dx_i = 112 t sin(14 t^2) + 168 t sin(28 t^2) + 2 t.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T t = x[i] - ratio<T>(9, 10);
      const T t2 = t * t;
      g[i] = t * (T(112) * sin(T(14) * t2) + T(168) * sin(T(28) * t2) + T(2));
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T t = x[i] - ratio<T>(9, 10);
      const T t2 = t * t;
      h(i, i) = T(112) * sin(T(14) * t2) + T(3136) * t2 * cos(T(14) * t2) + T(168) * sin(T(28) * t2) +
                T(9408) * t2 * cos(T(28) * t2) + T(2);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Trigonometric2);
}  // namespace gradlab::classic
