// MGH (21), the extended Rosenbrock function: n even, m = n,
//   r_{2i-1} = 10 (x_{2i} - x_{2i-1}^2),  r_{2i} = 1 - x_{2i-1}.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct ExtendedRosenbrock {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return mgh_info(21, "extended_rosenbrock", Dimension::scalable(2, 10, 2), "m = n",
                    "n even, the paper leaves n free and n = 10 is our default; decoupled 2-variable blocks, "
                    "so f is a sum of n/2 independent Rosenbrock functions");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = (i % 2 == 0) ? -1.2 : 1.0;
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -3.0, 3.0); }

  int residual_count(int n) const { return n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    for (std::size_t k = 0; k + 1 < x.size(); k += 2) {
      r[k] = T(10) * (x[k + 1] - x[k] * x[k]);
      r[k + 1] = T(1) - x[k];
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    j.fill(T(0));
    for (std::size_t k = 0; k + 1 < x.size(); k += 2) {
      j(k, k) = T(-20) * x[k];
      j(k, k + 1) = T(10);
      j(k + 1, k) = T(-1);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    for (std::size_t k = 0; k + 1 < x.size(); k += 2) h(k, k) += T(-20) * w[k];
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<ExtendedRosenbrock>);
}  // namespace gradlab::mgh
