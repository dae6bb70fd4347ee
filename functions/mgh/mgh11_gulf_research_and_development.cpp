// Moré, Garbow & Hillstrom problem (11), Gulf research and development:
//   r_i = exp(-|y_i - x2|^x3 / x1) - t_i, t_i = i / 100,
//   y_i = 25 + (-50 ln t_i)^(2/3), i = 1..m.
#include <cmath>
#include <optional>

#include "functions/mgh/mgh_problem.h"

namespace gradlab::mgh {
namespace {

constexpr int kStandardM = 99;

struct GulfResearchAndDevelopment {
  // |y_i - x2| branches on the sign of y_i - x2.
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |y_i - x2| chosen by sign

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = kStandardM,
             .min_value = 3,
             .max_value = 100,
             .integer = true,
             .description =
                 "number of residuals (the paper: n <= m <= 100; standard m = 99 as in Moré, Garbow & "
                 "Hillstrom's Fortran test set, TOMS Algorithm 566)"}};
  }
  explicit GulfResearchAndDevelopment(const ProblemParameters& p) : m_(p.integer("m")) {
    for (int i = 1; i <= m_; ++i) {
      using std::log;
      using std::pow;
      const Real50 t = Real50(i) / 100;
      // y_100 = 25 exactly (ln 1 = 0).
      const Real50 y = i == 100 ? Real50(25) : Real50(25) + pow(-50 * log(t), Real50(2) / 3);
      y50_.push_back(y);
      y_.push_back(static_cast<double>(y));
    }
  }

  ProblemInfo info() const {
    return mgh_info(
        11, "gulf_research_and_development", Dimension::fixed(3), "n <= m <= 100 (parameter m, standard 99)",
        "the paper prints the residual as exp(-|y_i mi x2|^x3 / x1) - t_i, where \"mi\" is a misprinted "
        "minus sign (the Fortran of TOMS Algorithm 566 computes |y_i - x2|); we follow the Fortran. f = 0 at "
        "(50, 25, 1.5) for every m (note 10 x0 is that minimizer). |y_i - x2|^x3 is not twice differentiable "
        "where x2 = y_i and x3 < 2 (not differentiable if x3 <= 1); y_i > 25.63 for i <= 99, so for m <= 99 "
        "the domain (x2 <= 25) avoids those planes, but for m = 100, y_100 = 25 = x2* and the Hessian is "
        "unbounded at the minimizer");
  }

  std::vector<double> x0(int) const { return {5.0, 2.5, 0.15}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const { return {{{50.0, 25.0, 1.5}, 0.0}}; }
  Box domain(int) const { return {{1.0, 0.0, 0.1}, {60.0, 25.0, 2.0}}; }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    if (x[2] > 1) return std::nullopt;
    for (double y : y_) {
      if (x[1] == y) return "|y_i - x2|^x3 is not differentiable at x2 = y_i when x3 <= 1";
    }
    return std::nullopt;
  }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 0; i < m_; ++i) {
      const Term<T> a = term(x, i);
      r[i] = exp(-a.p / x[0]) - ratio<T>(i + 1, 100);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    using std::pow;
    for (int i = 0; i < m_; ++i) {
      const Term<T> a = term(x, i);
      const T e = exp(-a.p / x[0]);
      j(i, 0) = e * a.p / (x[0] * x[0]);
      j(i, 1) = -e * a.sigma * x[2] * pow(a.s, x[2] - T(1)) / x[0];
      j(i, 2) = -e * a.p * a.log_s / x[0];
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    using std::pow;
    const T x1 = x[0];
    const T x3 = x[2];
    for (int i = 0; i < m_; ++i) {
      const Term<T> a = term(x, i);
      const T we = w[i] * exp(-a.p / x1);
      const T s1 = pow(a.s, x3 - T(1));  // s^(x3-1)
      // Derivatives of p = s^x3 (s = |y_i - x2|, ds/dx2 = sigma).
      const T p2 = x3 * s1 * a.sigma;
      const T p3 = a.p * a.log_s;
      const T p22 = x3 * (x3 - T(1)) * s1 / a.s;
      const T p23 = a.sigma * s1 * (T(1) + x3 * a.log_s);
      const T p33 = p3 * a.log_s;
      // r = exp(q) - t with q = -p / x1: Hessian(r) = exp(q) (grad q grad q^T + Hessian(q)).
      const T q[3] = {a.p / (x1 * x1), -p2 / x1, -p3 / x1};
      const T qq[3][3] = {{T(-2) * a.p / (x1 * x1 * x1), p2 / (x1 * x1), p3 / (x1 * x1)},
                          {p2 / (x1 * x1), -p22 / x1, -p23 / x1},
                          {p3 / (x1 * x1), -p23 / x1, -p33 / x1}};
      for (int k = 0; k < 3; ++k) {
        for (int l = 0; l < 3; ++l) h(k, l) += we * (q[k] * q[l] + qq[k][l]);
      }
    }
  }

 private:
  template <class T>
  struct Term {
    T s;      // |y_i - x2|
    T sigma;  // d s / d x2
    T p;      // s^x3
    T log_s;  // ln s, taken as 0 at s = 0 where it only multiplies p = 0
  };

  template <class T>
  Term<T> term(std::span<const T> x, int i) const {
    using std::log;
    using std::pow;
    using R = real_of_t<T>;
    T d;
    if constexpr (std::is_same_v<R, double>) {
      d = T(y_[i]) - x[1];
    } else {
      d = T(y50_[i]) - x[1];
    }
    const bool negative = value_of(d) < 0;
    Term<T> a{negative ? T(-d) : d, T(negative ? 1 : -1), T(0), T(0)};
    if (value_of(a.s) != 0) {
      a.p = pow(a.s, x[2]);
      a.log_s = log(a.s);
    }
    return a;
  }

  int m_;
  std::vector<double> y_;
  std::vector<Real50> y50_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<GulfResearchAndDevelopment>);
}  // namespace gradlab::mgh
