// Whitley's function F8F2, Griewank's F8 composed with Rosenbrock's F2 (Jamil
// & Yang 2013, function 167): with y_ij = 100 (x_i^2 - x_j)^2 + (1 - x_j)^2,
//   f(x) = sum_i sum_j [y_ij^2 / 4000 - cos(y_ij) + 1].
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Whitley {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "whitley",
        .family = "classic",
        .source =
            "D. Whitley, K. Mathias, S. Rana and J. Dzubera, Evaluating evolutionary algorithms, Artificial "
            "Intelligence 85:245-276, 1996 (F8F2); as in M. Jamil and X.-S. Yang, A literature survey of "
            "benchmark functions for global optimization problems, Int. J. Mathematical Modelling and "
            "Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 167",
        .dimension = Dimension::scalable(1, 4),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "The double sum includes i = j. Jamil & Yang print cos(y_ij + 1); followed here is Whitley et "
            "al.'s composition, where the +1 stands outside the cosine so that f(1, ..., 1) = 0, the global "
            "minimum. The usual box is [-10.24, 10.24]^n, but the double gradient F'(y) grad y carries an "
            "error of about eps y |grad y| from rounding in y, against a size |y/2000 + sin y| |grad y| "
            "that can be far smaller: on [0.5, 1.5]^n (y up to ~200) it already misses 1e-13 of the "
            "gradient scale. Random points come from [0.8, 1.2]^n (y <= 41, still several ripples of "
            "cos y), where it stays within about 3e-14"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, 0.8, 1.2); }

  template <class T>
  static T inner(const T& xi, const T& xj) {
    const T a = xi * xi - xj;
    const T b = T(1) - xj;
    return T(100) * a * a + b * b;
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    T f(0);
    for (const T& xi : x) {
      for (const T& xj : x) {
        const T y = inner(xi, xj);
        f += y * y / T(4000) - cos(y) + T(1);
      }
    }
    return f;
  }

  // With F(y) = y^2/4000 - cos y + 1: each (i, j) term adds F'(y) grad y;
  // when i = j both partials land on the same coordinate, which is the
  // derivative of y_ii(x_i).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    for (auto& gi : g) gi = T(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) {
        const T a = x[i] * x[i] - x[j];
        const T y = inner(x[i], x[j]);
        const T dF = y / T(2000) + sin(y);
        g[i] += dF * T(400) * x[i] * a;
        g[j] += dF * (T(-200) * a - T(2) * (T(1) - x[j]));
      }
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) {
        const T a = x[i] * x[i] - x[j];
        const T y = inner(x[i], x[j]);
        const T dF = y / T(2000) + sin(y);
        const T d2F = T(1) / T(2000) + cos(y);
        const T yi = T(400) * x[i] * a;
        const T yj = T(-200) * a - T(2) * (T(1) - x[j]);
        const T yii = T(400) * (T(3) * x[i] * x[i] - x[j]);
        const T yij = T(-400) * x[i];
        const T yjj(202);
        h(i, i) += d2F * yi * yi + dF * yii;
        h(i, j) += d2F * yi * yj + dF * yij;
        h(j, i) += d2F * yj * yi + dF * yij;
        h(j, j) += d2F * yj * yj + dF * yjj;
      }
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Whitley);
}  // namespace gradlab::classic
