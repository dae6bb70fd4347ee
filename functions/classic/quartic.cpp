// The quartic function, De Jong's F4 without its noise term (Jamil & Yang
// 2013, function 100):
//   f(x) = sum_{i=1}^n i x_i^4.
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Quartic {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "quartic",
        .family = "classic",
        .source =
            "K. A. De Jong, An analysis of the behavior of a class of genetic adaptive systems, PhD "
            "thesis, University of Michigan, 1975 (F4); as in M. Jamil and X.-S. Yang, A literature survey "
            "of benchmark functions for global optimization problems, Int. J. Mathematical Modelling and "
            "Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 100",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "The survey adds a uniform random term, random[0, 1); it is left out so that f is a "
            "deterministic function with exact derivatives. Minimizer x* = 0, f* = 0, with a vanishing "
            "Hessian there"};
  }

  // x0_i = i / (n + 1): inside the box [-1.28, 1.28]^n.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.28, 1.28); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T x2 = x[i] * x[i];
      f += T(static_cast<long long>(i + 1)) * x2 * x2;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = T(4 * static_cast<long long>(i + 1)) * x[i] * x[i] * x[i];
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      h(i, i) = T(12 * static_cast<long long>(i + 1)) * x[i] * x[i];
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Quartic);
}  // namespace gradlab::classic
