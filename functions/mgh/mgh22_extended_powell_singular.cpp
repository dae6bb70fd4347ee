// MGH (22), the extended Powell singular function: n a multiple of 4, m = n,
// for each block (a, b, c, d) = x_{4i-3..4i}:
//   r = (a + 10 b,  sqrt(5) (c - d),  (b - 2 c)^2,  sqrt(10) (a - d)^2).
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct ExtendedPowellSingular {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(22, "extended_powell_singular", Dimension::scalable(4, 12, 4), "m = n",
                    "n a multiple of 4, the paper leaves n free and n = 12 is our default; the Hessian is "
                    "singular at the minimizer x* = 0 (rank n/2), so Newton-type methods converge only "
                    "linearly there");
  }

  std::vector<double> x0(int n) const {
    static constexpr double kStart[4] = {3.0, -1.0, 0.0, 1.0};
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = kStart[i % 4];
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 4.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T s5 = root<T>(5);
    const T s10 = root<T>(10);
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      const T u = x[k + 1] - T(2) * x[k + 2];
      const T v = x[k] - x[k + 3];
      r[k] = x[k] + T(10) * x[k + 1];
      r[k + 1] = s5 * (x[k + 2] - x[k + 3]);
      r[k + 2] = u * u;
      r[k + 3] = s10 * v * v;
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const T s5 = root<T>(5);
    const T s10 = root<T>(10);
    j.fill(T(0));
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      const T u = x[k + 1] - T(2) * x[k + 2];
      const T v = x[k] - x[k + 3];
      j(k, k) = T(1);
      j(k, k + 1) = T(10);
      j(k + 1, k + 2) = s5;
      j(k + 1, k + 3) = -s5;
      j(k + 2, k + 1) = T(2) * u;
      j(k + 2, k + 2) = T(-4) * u;
      j(k + 3, k) = T(2) * s10 * v;
      j(k + 3, k + 3) = T(-2) * s10 * v;
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const T s10 = root<T>(10);
    for (std::size_t k = 0; k + 3 < x.size(); k += 4) {
      // (b - 2c)^2 has Hessian 2 (1, -2)(1, -2)^T; sqrt(10) (a - d)^2 has 2 sqrt(10) (1, -1)(1, -1)^T.
      const T wu = T(2) * w[k + 2];
      const T wv = T(2) * s10 * w[k + 3];
      h(k + 1, k + 1) += wu;
      h(k + 1, k + 2) -= T(2) * wu;
      h(k + 2, k + 1) -= T(2) * wu;
      h(k + 2, k + 2) += T(4) * wu;
      h(k, k) += wv;
      h(k, k + 3) -= wv;
      h(k + 3, k) -= wv;
      h(k + 3, k + 3) += wv;
    }
  }

 private:
  // sqrt(v) in the precision of T, so the 50-digit reference is the exact function.
  template <class T>
  static T root(int v) {
    using std::sqrt;
    return T(sqrt(real_of_t<T>(v)));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<ExtendedPowellSingular>);
}  // namespace gradlab::mgh
