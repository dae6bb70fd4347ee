// Moré, Garbow & Hillstrom problem (12), Box three-dimensional:
//   r_i = exp(-t_i x1) - exp(-t_i x2) - x3 (exp(-t_i) - exp(-10 t_i)),
//   t_i = 0.1 i, i = 1..m.
#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

struct BoxThreeDimensional {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {
        {.name = "m",
         .default_value = 10,
         .min_value = 3,
         .max_value = 100,
         .integer = true,
         .description = "number of residuals (the paper: m >= n = 3, standard m = 10; the cap 100 is ours)"}};
  }
  explicit BoxThreeDimensional(const ProblemParameters& p) : m_(p.integer("m")) {}

  ProblemInfo info() const {
    return mgh_info(
        12, "box_three_dimensional", Dimension::fixed(3), "m >= 3 (parameter m, standard 10)",
        "f = 0 at (1, 10, 1) and (10, 1, -1) for every m (listed as minima), and on the whole line "
        "x1 = x2, x3 = 0 (not listed); the domain keeps x1, x2 >= 0 so exp(-t_i x) stays below 1");
  }

  std::vector<double> x0(int) const { return {0.0, 10.0, 20.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{1.0, 10.0, 1.0}, 0.0}, {{10.0, 1.0, -1.0}, 0.0}}; }
  Box domain(int) const { return {{0.0, 0.0, -2.0}, {12.0, 12.0, 21.0}}; }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) {
      const T t = ratio<T>(i, 10);
      r[i - 1] = exp(-t * x[0]) - exp(-t * x[1]) - x[2] * c<T>(i);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) {
      const T t = ratio<T>(i, 10);
      j(i - 1, 0) = -t * exp(-t * x[0]);
      j(i - 1, 1) = t * exp(-t * x[1]);
      j(i - 1, 2) = -c<T>(i);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) {
      const T t = ratio<T>(i, 10);
      h(0, 0) += w[i - 1] * t * t * exp(-t * x[0]);
      h(1, 1) -= w[i - 1] * t * t * exp(-t * x[1]);
    }
  }

 private:
  // exp(-t_i) - exp(-10 t_i), a constant: computed in the real type of T.
  template <class T>
  static T c(int i) {
    using std::exp;
    using R = real_of_t<T>;
    const R t = R(i) / R(10);
    return T(exp(-t) - exp(R(-i)));
  }

  int m_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<BoxThreeDimensional>);
}  // namespace gradlab::mgh
