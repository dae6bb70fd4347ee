// Brown's function (Jamil & Yang 2013, function 25):
//   f(x) = sum_{i=1}^{n-1} (x_i^2)^(x_{i+1}^2 + 1) + (x_{i+1}^2)^(x_i^2 + 1).
#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Brown {
  static constexpr bool kComplexSafe = true;
  static constexpr bool kControlFlowDependsOnX = true;  // u = 0 is a separate branch

  ProblemInfo info() const {
    return {
        .name = "brown",
        .family = "classic",
        .source =
            "O. Begambre and J. E. Laier, A hybrid particle swarm optimization - simplex algorithm (PSOS) "
            "for structural damage identification, Advances in Engineering Software 40(9):883-891, 2009; "
            "as in M. Jamil and X.-S. Yang, A literature survey of benchmark functions for global "
            "optimization problems, Int. J. Mathematical Modelling and Numerical Optimisation "
            "4(2):150-194, 2013 (arXiv:1308.4008), function 25",
        .dimension = Dimension::scalable(2, 10),
        .tags = {Tag::kSmooth},
        .notes =
            "Each power (u^2)^(v^2 + 1) = |u|^(2 v^2 + 2) is C^2 but not C^3 at u = 0, and its derivatives "
            "carry log(u^2) factors whose products have limit 0 there. Where a coordinate is exactly 0, "
            "value(), gradient() and hessian() use those limits (value() uses the term's second-order "
            "Taylor polynomial, so AD types do not meet log(0)). Minimizer x* = 0, f* = 0, Hessian "
            "2 diag(1, 2, ..., 2, 1) there"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -1.0, 4.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) f += power(x[i], x[i + 1]) + power(x[i + 1], x[i]);
    return f;
  }

  // (u^2)^(v^2 + 1). AD types differentiate pow through log(u^2), which is
  // -inf at u = 0; there the term is replaced by its second-order Taylor
  // polynomial in (u, v), exact through the Hessian: u^2 when v = 0 (the
  // power is u^2 (u^2)^(v^2)), else 0 (a power of |u| above 2). A complex
  // step in u moves u off 0; one in v keeps the term 0, whose v-derivative
  // is indeed 0 there.
  template <class T>
  static T power(const T& u, const T& v) {
    using std::pow;
    const T a = u * u;
    if (value_of(u) == 0) return value_of(v) == 0 ? a : T(0);
    return pow(a, v * v + T(1));
  }

  // Derivatives of P(u, v) = (u^2)^(v^2 + 1) with respect to its base
  // variable u and exponent variable v.
  template <class T>
  struct PowerTerm {
    T du, dv, duu, duv, dvv;
  };
  template <class T>
  static PowerTerm<T> power_term(const T& u, const T& v) {
    using std::log;
    using std::pow;
    const T a = u * u;
    const T b = v * v;
    const T base = pow(a, b);  // (u^2)^(v^2), 1 when u = v = 0
    PowerTerm<T> t;
    t.du = T(2) * u * (b + T(1)) * base;
    t.duu = T(2) * (b + T(1)) * (T(2) * b + T(1)) * base;
    if (value_of(u) == 0) {
      t.dv = t.duv = t.dvv = T(0);
      return t;
    }
    const T p = a * base;  // (u^2)^(v^2 + 1)
    const T l = log(a);
    t.dv = T(2) * v * l * p;
    t.duv = T(4) * u * v * base * (T(1) + (b + T(1)) * l);
    t.dvv = T(2) * l * p * (T(2) * b * l + T(1));
    return t;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (auto& gi : g) gi = T(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      const PowerTerm<T> p = power_term(x[i], x[i + 1]);  // (x_i^2)^(x_{i+1}^2 + 1)
      const PowerTerm<T> q = power_term(x[i + 1], x[i]);  // (x_{i+1}^2)^(x_i^2 + 1)
      g[i] += p.du + q.dv;
      g[i + 1] += p.dv + q.du;
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
      const PowerTerm<T> p = power_term(x[i], x[i + 1]);
      const PowerTerm<T> q = power_term(x[i + 1], x[i]);
      h(i, i) += p.duu + q.dvv;
      h(i + 1, i + 1) += p.dvv + q.duu;
      const T cross = p.duv + q.duv;
      h(i, i + 1) += cross;
      h(i + 1, i) += cross;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Brown);
}  // namespace gradlab::classic
