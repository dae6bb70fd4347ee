// Moré, Garbow & Hillstrom problem (13), Powell singular:
//   r1 = x1 + 10 x2, r2 = 5^(1/2) (x3 - x4), r3 = (x2 - 2 x3)^2,
//   r4 = 10^(1/2) (x1 - x4)^2.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct PowellSingular {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(
        13, "powell_singular", Dimension::fixed(4), "m = 4",
        "f = 0 at the origin, where the Hessian is singular (rank 2): Newton-type methods converge "
        "only linearly there");
  }

  std::vector<double> x0(int) const { return {3.0, -1.0, 0.0, 1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 5.0); }

  int residual_count(int) const { return 4; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T a = x[1] - T(2) * x[2];
    const T b = x[0] - x[3];
    r[0] = x[0] + T(10) * x[1];
    r[1] = root<T>(5) * (x[2] - x[3]);
    r[2] = a * a;
    r[3] = root<T>(10) * b * b;
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const T a = x[1] - T(2) * x[2];
    const T b = x[0] - x[3];
    j.fill(T(0));
    j(0, 0) = T(1);
    j(0, 1) = T(10);
    j(1, 2) = root<T>(5);
    j(1, 3) = -root<T>(5);
    j(2, 1) = T(2) * a;
    j(2, 2) = T(-4) * a;
    j(3, 0) = T(2) * root<T>(10) * b;
    j(3, 3) = T(-2) * root<T>(10) * b;
  }

  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T> w, MatrixRef<T> h) const {
    const T u = T(2) * w[2];
    const T v = T(2) * root<T>(10) * w[3];
    h(1, 1) += u;
    h(1, 2) -= T(2) * u;
    h(2, 1) -= T(2) * u;
    h(2, 2) += T(4) * u;
    h(0, 0) += v;
    h(0, 3) -= v;
    h(3, 0) -= v;
    h(3, 3) += v;
  }

 private:
  template <class T>
  static T root(int k) {
    using std::sqrt;
    using R = real_of_t<T>;
    return T(sqrt(R(k)));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<PowellSingular>);
}  // namespace gradlab::mgh
