// Moré, Garbow & Hillstrom problem (14), Wood:
//   r1 = 10 (x2 - x1^2), r2 = 1 - x1, r3 = 90^(1/2) (x4 - x3^2), r4 = 1 - x3,
//   r5 = 10^(1/2) (x2 + x4 - 2), r6 = 10^(-1/2) (x2 - x4).
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct Wood {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const { return mgh_info(14, "wood", Dimension::fixed(4), "m = 6"); }

  std::vector<double> x0(int) const { return {-3.0, -1.0, -3.0, -1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 4.0); }

  int residual_count(int) const { return 6; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const T s10 = root10<T>();
    r[0] = T(10) * (x[1] - x[0] * x[0]);
    r[1] = T(1) - x[0];
    r[2] = T(3) * s10 * (x[3] - x[2] * x[2]);
    r[3] = T(1) - x[2];
    r[4] = s10 * (x[1] + x[3] - T(2));
    r[5] = (x[1] - x[3]) / s10;
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    const T s10 = root10<T>();
    j.fill(T(0));
    j(0, 0) = T(-20) * x[0];
    j(0, 1) = T(10);
    j(1, 0) = T(-1);
    j(2, 2) = T(-6) * s10 * x[2];
    j(2, 3) = T(3) * s10;
    j(3, 2) = T(-1);
    j(4, 1) = s10;
    j(4, 3) = s10;
    j(5, 1) = T(1) / s10;
    j(5, 3) = T(-1) / s10;
  }

  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T> w, MatrixRef<T> h) const {
    h(0, 0) += T(-20) * w[0];
    h(2, 2) += T(-6) * root10<T>() * w[2];
  }

 private:
  // 90^(1/2) = 3 10^(1/2).
  template <class T>
  static T root10() {
    using std::sqrt;
    return T(sqrt(real_of_t<T>(10)));
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<Wood>);
}  // namespace gradlab::mgh
