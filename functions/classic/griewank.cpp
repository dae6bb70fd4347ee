// The Griewank function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = sum_{i=1}^{n} x_i^2 / 4000 - prod_{i=1}^{n} cos(x_i / sqrt(i)) + 1.
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Griewank {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "griewank",
            .family = "classic",
            .source =
                "A. O. Griewank, J. Optimization Theory and Applications 34(1):11-39, 1981; as in Surjanovic "
                "& Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(2, 10),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "products of all cosines but one (or two) are formed from prefix and suffix products, "
                "never by dividing by a cosine that may vanish"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -600.0, 600.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    using std::sqrt;
    T sum_sq(0);
    T prod(1);
    for (std::size_t i = 0; i < x.size(); ++i) {
      sum_sq += x[i] * x[i];
      prod *= cos(x[i] / sqrt(T(static_cast<long long>(i + 1))));
    }
    return sum_sq * ratio<T>(1, 4000) - prod + T(1);
  }

  //   df/dx_i = x_i / 2000 + sin(x_i / sqrt(i)) / sqrt(i) * prod_{j != i} cos(x_j / sqrt(j)).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const std::size_t n = x.size();
    Trig<T> t(x);
    for (std::size_t i = 0; i < n; ++i) {
      g[i] = x[i] * ratio<T>(1, 2000) + t.ds[i] * t.prefix[i] * t.suffix[i + 1];
    }
  }

  //   H_ii = 1/2000 + prod_j cos(x_j / sqrt(j)) / i,
  //   H_ij = -(sin_i / sqrt(i)) (sin_j / sqrt(j)) prod_{k != i, j} cos(x_k / sqrt(k)).
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    Trig<T> t(x);
    h.fill(T(0));
    for (std::size_t i = 0; i < n; ++i) {
      h(i, i) = ratio<T>(1, 2000) + t.prefix[n] / T(static_cast<long long>(i + 1));
      // Running product of the cosines strictly between i and j.
      T between = t.prefix[i];
      for (std::size_t j = i + 1; j < n; ++j) {
        h(i, j) = h(j, i) = -t.ds[i] * t.ds[j] * between * t.suffix[j + 1];
        between *= t.c[j];
      }
    }
  }

 private:
  // Per-coordinate trigonometric factors shared by gradient and Hessian.
  template <class T>
  struct Trig {
    std::vector<T> c;       // cos(x_i / sqrt(i))
    std::vector<T> ds;      // sin(x_i / sqrt(i)) / sqrt(i)
    std::vector<T> prefix;  // prefix[k] = prod_{j < k} c_j
    std::vector<T> suffix;  // suffix[k] = prod_{j >= k} c_j
    explicit Trig(std::span<const T> x)
        : c(x.size()), ds(x.size()), prefix(x.size() + 1), suffix(x.size() + 1) {
      using std::cos;
      using std::sin;
      using std::sqrt;
      const std::size_t n = x.size();
      for (std::size_t i = 0; i < n; ++i) {
        const T root = sqrt(T(static_cast<long long>(i + 1)));
        const T arg = x[i] / root;
        c[i] = cos(arg);
        ds[i] = sin(arg) / root;
      }
      prefix[0] = T(1);
      for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] * c[i];
      suffix[n] = T(1);
      for (std::size_t i = n; i-- > 0;) suffix[i] = suffix[i + 1] * c[i];
    }
  };
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Griewank);
}  // namespace gradlab::classic
