// Moré, Garbow & Hillstrom problem (16), Brown and Dennis:
//   r_i = (x1 + t_i x2 - exp(t_i))^2 + (x3 + x4 sin(t_i) - cos(t_i))^2,
//   t_i = i / 5, i = 1..m.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kStandardM = 20;

struct BrownDennis {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = kStandardM,
             .min_value = 4,
             .max_value = 100,
             .integer = true,
             .description =
                 "number of residuals (the paper: m >= n = 4, standard m = 20; the cap 100 is ours "
                 "and keeps exp(t_i)^4 finite)"}};
  }
  explicit BrownDennis(const ProblemParameters& p) : m_(p.integer("m")) {}

  ProblemInfo info() const {
    return mgh_info(16, "brown_dennis", Dimension::fixed(4), "m >= 4 (parameter m, standard 20)",
                    "for m = 20 the paper gives f = 85822.2...; x* is Newton's method in 50 digits from "
                    "(-11.5944, 13.2036, -0.403439, 0.236779), the minimizer tabulated in later literature, "
                    "giving f* = 85822.201626356...; no minimum is listed for other m");
  }

  std::vector<double> x0(int) const { return {25.0, 5.0, -5.0, -1.0}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int) const { return {{-20.0, 0.0, -6.0, -2.0}, {30.0, 20.0, 1.0, 1.0}}; }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    for (int i = 1; i <= m_; ++i) {
      const Data<T> d(i);
      const T a = x[0] + d.t * x[1] - d.exp_t;
      const T b = x[2] + x[3] * d.sin_t - d.cos_t;
      r[i - 1] = a * a + b * b;
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    for (int i = 1; i <= m_; ++i) {
      const Data<T> d(i);
      const T a2 = T(2) * (x[0] + d.t * x[1] - d.exp_t);
      const T b2 = T(2) * (x[2] + x[3] * d.sin_t - d.cos_t);
      j(i - 1, 0) = a2;
      j(i - 1, 1) = a2 * d.t;
      j(i - 1, 2) = b2;
      j(i - 1, 3) = b2 * d.sin_t;
    }
  }

  // Hessian(r_i) = 2 (v v^T + u u^T), v = (1, t, 0, 0), u = (0, 0, 1, sin t).
  template <class T>
  void add_residual_hessians(std::span<const T>, std::span<const T> w, MatrixRef<T> h) const {
    for (int i = 1; i <= m_; ++i) {
      const Data<T> d(i);
      const T c = T(2) * w[i - 1];
      h(0, 0) += c;
      h(0, 1) += c * d.t;
      h(1, 0) += c * d.t;
      h(1, 1) += c * d.t * d.t;
      h(2, 2) += c;
      h(2, 3) += c * d.sin_t;
      h(3, 2) += c * d.sin_t;
      h(3, 3) += c * d.sin_t * d.sin_t;
    }
  }

 private:
  // t_i and the constants exp(t_i), sin(t_i), cos(t_i), computed in the real type of T.
  template <class T>
  struct Data {
    explicit Data(int i) {
      using std::cos;
      using std::exp;
      using std::sin;
      using R = real_of_t<T>;
      const R tr = R(i) / R(5);
      t = T(tr);
      exp_t = T(exp(tr));
      sin_t = T(sin(tr));
      cos_t = T(cos(tr));
    }
    T t, exp_t, sin_t, cos_t;
  };

  int m_;
};

std::vector<Minimum> BrownDennis::minima(int) const {
  if (m_ != kStandardM) return {};
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<BrownDennis> p{ProblemParameters(parameter_specs())};
    const std::vector<double> x = polish_minimizer(p, {-11.5944, 13.2036, -0.403439, 0.236779});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<BrownDennis>);
}  // namespace gradlab::mgh
