// MGH (29), the discrete integral equation function: m = n, h = 1/(n+1),
// t_i = i h, u_j = x_j + t_j + 1,
//   r_i = x_i + h/2 [(1 - t_i) sum_{j<=i} t_j u_j^3 + t_i sum_{j>i} (1 - t_j) u_j^3].
#include <stdexcept>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

// Newton's method in 50 digits on this dense problem takes about 0.1 s at n = 50 (and grows like n^3),
// so the minimizer is computed only up to this n.
constexpr int kMaxSolvedN = 50;

struct DiscreteIntegralEquationResiduals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(29, "discrete_integral_equation", Dimension::scalable(1, 10), "m = n",
                    "the paper leaves n free and n = 10 is our default; the boundary value problem of "
                    "problem 28 written as an integral equation with the Green's function of u'' and "
                    "discretised by the trapezoidal rule (dense Jacobian). h G(t_i, t_j) is h^2 times the "
                    "inverse of the (-1, 2, -1) matrix, so for each n x* is exactly problem 28's; f* = 0 "
                    "(the paper gives no x*): x* by Newton's method from x0, in double and then in 50 "
                    "digits (for n <= 50), nondegenerate (J(x*) = I + a small perturbation)");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) {
      const double t = static_cast<double>(i + 1) / (n + 1);
      x[i] = t * (t - 1.0);
    }
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const int n = static_cast<int>(x.size());
    std::vector<T> cube(n);
    for (int j = 0; j < n; ++j) {
      const T u = x[j] + ratio<T>(j + 1, n + 1) + T(1);
      cube[j] = u * u * u;
    }
    for (int i = 0; i < n; ++i) {
      T s(0);
      for (int j = 0; j < n; ++j) s += kernel<T>(i, j, n) * cube[j];
      r[i] = x[i] + s;
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> jac) const {
    const int n = static_cast<int>(x.size());
    for (int j = 0; j < n; ++j) {
      const T u = x[j] + ratio<T>(j + 1, n + 1) + T(1);
      const T d = T(3) * u * u;
      for (int i = 0; i < n; ++i) jac(i, j) = kernel<T>(i, j, n) * d;
      jac(j, j) += T(1);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const int n = static_cast<int>(x.size());
    for (int j = 0; j < n; ++j) {
      const T u = x[j] + ratio<T>(j + 1, n + 1) + T(1);
      T s(0);
      for (int i = 0; i < n; ++i) s += w[i] * kernel<T>(i, j, n);
      h(j, j) += T(6) * u * s;
    }
  }

 private:
  // h/2 times (1 - t_i) t_j for j <= i and t_i (1 - t_j) for j > i (0-based i, j), an exact rational.
  template <class T>
  static T kernel(int i, int j, int n) {
    const long long q = n + 1;
    const long long a = j <= i ? (q - (i + 1)) * (j + 1) : (i + 1) * (q - (j + 1));
    return ratio<T>(a, 2 * q * q * q);
  }
};

struct DiscreteIntegralEquation : LeastSquares<DiscreteIntegralEquationResiduals> {
  std::vector<Minimum> minima(int n) const {
    if (n > kMaxSolvedN) return {};
    try {
      const std::vector<Real50> x = minimize_to_50_digits(*this, x0(n));
      return {{std::vector<double>(x.begin(), x.end()), 0.0}};
    } catch (const std::runtime_error&) {
      return {};
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(DiscreteIntegralEquation);
}  // namespace gradlab::mgh
