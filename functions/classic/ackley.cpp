// The Ackley function with a = 20, b = 0.2, c = 2 pi (Surjanovic & Bingham,
// Virtual Library of Simulation Experiments):
//   f(x) = -a exp(-b sqrt(sum x_i^2 / n)) - exp(sum cos(c x_i) / n) + a + e.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Ackley {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "ackley",
            .family = "classic",
            .source =
                "D. H. Ackley, A Connectionist Machine for Genetic Hillclimbing, Kluwer, 1987; n-dimensional "
                "form as in Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(2, 10),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "a = 20, b = 1/5, c = 2 pi; the gradient is undefined at the origin (the global minimizer), "
                "where sqrt(sum x_i^2) has a cone point"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -32.768, 32.768); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (double xi : x) {
      if (xi != 0.0) return std::nullopt;
    }
    return "ackley: sqrt(sum x_i^2) is not differentiable at x = 0";
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::exp;
    using std::sqrt;
    const T n = T(static_cast<long long>(x.size()));
    const T a(20);
    const T b = ratio<T>(1, 5);
    const T c = T(2) * pi<T>();
    T sum_sq(0);
    T sum_cos(0);
    for (const T& xi : x) {
      sum_sq += xi * xi;
      sum_cos += cos(c * xi);
    }
    return -a * exp(-b * sqrt(sum_sq / n)) - exp(sum_cos / n) + a + euler_e<T>();
  }

  // With r = sqrt(sum x^2 / n), u = exp(-b r), v = exp(sum cos(c x) / n):
  //   df/dx_i = a b u x_i / (n r) + (c / n) v sin(c x_i).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const T n = T(static_cast<long long>(x.size()));
    const T a(20);
    const T b = ratio<T>(1, 5);
    const T c = T(2) * pi<T>();
    T sum_sq(0);
    T sum_cos(0);
    for (const T& xi : x) {
      sum_sq += xi * xi;
      sum_cos += cos(c * xi);
    }
    const T r = sqrt(sum_sq / n);
    const T radial = a * b * exp(-b * r) / (n * r);
    const T periodic = c * exp(sum_cos / n) / n;
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = radial * x[i] + periodic * sin(c * x[i]);
  }

  //   H_ij = (a b u / n) [delta_ij / r - x_i x_j (b / (n r^2) + 1 / (n r^3))]
  //        + (c^2 v / n) [delta_ij cos(c x_i) - sin(c x_i) sin(c x_j) / n].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::exp;
    using std::sin;
    using std::sqrt;
    const std::size_t dim = x.size();
    const T n = T(static_cast<long long>(dim));
    const T a(20);
    const T b = ratio<T>(1, 5);
    const T c = T(2) * pi<T>();
    T sum_sq(0);
    T sum_cos(0);
    std::vector<T> s(dim);
    for (std::size_t i = 0; i < dim; ++i) {
      sum_sq += x[i] * x[i];
      sum_cos += cos(c * x[i]);
      s[i] = sin(c * x[i]);
    }
    const T r = sqrt(sum_sq / n);
    const T radial = a * b * exp(-b * r) / n;
    const T outer = radial * (b / (n * r * r) + T(1) / (n * r * r * r));
    const T periodic = c * c * exp(sum_cos / n) / n;
    for (std::size_t i = 0; i < dim; ++i) {
      for (std::size_t j = 0; j < dim; ++j) {
        h(i, j) = -outer * x[i] * x[j] - periodic * s[i] * s[j] / n;
      }
      h(i, i) += radial / r + periodic * cos(c * x[i]);
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Ackley);
}  // namespace gradlab::classic
