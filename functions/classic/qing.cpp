// Qing's function (Jamil & Yang 2013, function 98):
//   f(x) = sum_{i=1}^n (x_i^2 - i)^2.
#include <cmath>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

// Up to this dimension minima() lists all 2^n sign patterns of the minimizer.
constexpr int kAllMinimaUpTo = 10;

struct Qing {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "qing",
        .family = "classic",
        .source =
            "A. Qing, Dynamic differential evolution strategy and applications in electromagnetic inverse "
            "scattering problems, IEEE Trans. Geoscience and Remote Sensing 44(1):116-125, 2006; as in "
            "M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 98",
        .dimension = Dimension::scalable(1, 4),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "2^n global minima x_i = +-sqrt(i), f* = 0, each nondegenerate; minima() lists all of them for "
            "n <= 10 and only the all-positive and all-negative ones beyond"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }

  std::vector<Minimum> minima(int n) const {
    std::vector<double> root(n);
    for (int i = 0; i < n; ++i) root[i] = std::sqrt(static_cast<double>(i + 1));
    std::vector<Minimum> out;
    if (n <= kAllMinimaUpTo) {
      for (unsigned signs = 0; signs < (1u << n); ++signs) {
        std::vector<double> x = root;
        for (int i = 0; i < n; ++i) {
          if (signs & (1u << i)) x[i] = -x[i];
        }
        out.push_back({x, 0.0});
      }
    } else {
      std::vector<double> neg = root;
      for (double& v : neg) v = -v;
      out.push_back({root, 0.0});
      out.push_back({neg, 0.0});
    }
    return out;
  }
  Box domain(int n) const { return Box::uniform(n, -500.0, 500.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] * x[i] - T(static_cast<long long>(i + 1));
      f += d * d;
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = T(4) * x[i] * (x[i] * x[i] - T(static_cast<long long>(i + 1)));
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      h(i, i) = T(12) * x[i] * x[i] - T(4 * static_cast<long long>(i + 1));
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Qing);
}  // namespace gradlab::classic
