// The exponential function (Jamil & Yang 2013, function 54):
//   f(x) = -exp(-sum_i x_i^2 / 2).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Exponential {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "exponential",
        .family = "classic",
        .source =
            "S. Rahnamayan, H. R. Tizhoosh and M. M. A. Salama, Opposition-based differential evolution "
            "(ODE) with variable jumping rate, Proc. IEEE Symp. Foundations of Computational Intelligence, "
            "81-88, 2007; as in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for "
            "global optimization problems, Int. J. Mathematical Modelling and Numerical Optimisation "
            "4(2):150-194, 2013 (arXiv:1308.4008), function 54",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "Minimizer x* = 0 with f* = -1; Jamil & Yang print f(x*) = 1, a dropped sign. Unimodal (they "
            "call it multimodal): f is a decreasing function of |x|_2"};
  }

  // x0_i = i / (n + 1): inside the box [-1, 1]^n.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), -1.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  template <class T>
  static T envelope(std::span<const T> x) {
    using std::exp;
    T s(0);
    for (const T& xi : x) s += xi * xi;
    return exp(-s / T(2));
  }

  template <class T>
  T value(std::span<const T> x) const {
    return -envelope(x);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T e = envelope(x);
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = e * x[i];
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T e = envelope(x);
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) h(i, j) = -e * x[i] * x[j];
      h(i, i) += e;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Exponential);
}  // namespace gradlab::classic
