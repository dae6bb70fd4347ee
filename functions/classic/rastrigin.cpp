// The Rastrigin function (Surjanovic & Bingham, Virtual Library of Simulation
// Experiments):
//   f(x) = 10 n + sum_{i=1}^{n} (x_i^2 - 10 cos(2 pi x_i)).
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Rastrigin {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "rastrigin",
            .family = "classic",
            .source =
                "L. A. Rastrigin, Systems of Extremal Control, Nauka, Moscow, 1974; n-dimensional form as "
                "in Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano)",
            .dimension = Dimension::scalable(1, 10),
            .tags = {Tag::kSmooth, Tag::kMultimodal}};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -5.12, 5.12); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    const T two_pi = T(2) * pi<T>();
    T f = T(10 * static_cast<long long>(x.size()));
    for (const T& xi : x) f += xi * xi - T(10) * cos(two_pi * xi);
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T two_pi = T(2) * pi<T>();
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * x[i] + T(10) * two_pi * sin(two_pi * x[i]);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    const T two_pi = T(2) * pi<T>();
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(2) + T(10) * two_pi * two_pi * cos(two_pi * x[i]);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Rastrigin);
}  // namespace gradlab::classic
