// The Sargan function (Jamil & Yang 2013, function 111):
//   f(x) = sum_i n (x_i^2 + 0.4 sum_{j != i} x_i x_j)
//        = n (0.6 sum_i x_i^2 + 0.4 (sum_i x_i)^2).
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Sargan {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "sargan",
        .family = "classic",
        .source =
            "L. C. W. Dixon and G. P. Szego (eds.), Towards Global Optimisation 2, North-Holland, 1978; as "
            "in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global optimization "
            "problems, Int. J. Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 "
            "(arXiv:1308.4008), function 111",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "The inner sum runs over all j != i, as printed (some codes sum only neighbours). A convex "
            "quadratic with Hessian n (1.2 I + 0.8 1 1^T); minimizer x* = 0, f* = 0. Jamil & Yang call it "
            "multimodal; it is not"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -100.0, 100.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T n(static_cast<long long>(x.size()));
    T squares(0), sum(0);
    for (const T& xi : x) {
      squares += xi * xi;
      sum += xi;
    }
    return n * (ratio<T>(3, 5) * squares + ratio<T>(2, 5) * sum * sum);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T n(static_cast<long long>(x.size()));
    T sum(0);
    for (const T& xi : x) sum += xi;
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = n * (ratio<T>(6, 5) * x[i] + ratio<T>(4, 5) * sum);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T n(static_cast<long long>(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) h(i, j) = n * ratio<T>(4, 5);
      h(i, i) += n * ratio<T>(6, 5);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Sargan);
}  // namespace gradlab::classic
