// Moré, Garbow & Hillstrom problem (6), Jennrich and Sampson:
//   r_i = 2 + 2i - (exp(i x1) + exp(i x2)), i = 1..m.
#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kStandardM = 10;

struct JennrichSampson {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = kStandardM,
             .min_value = 2,
             .max_value = 100,
             .integer = true,
             .description =
                 "number of residuals (the paper: m >= n = 2, standard m = 10; the cap 100 is ours "
                 "and keeps exp(m x) finite and f below 1e100 over the domain)"}};
  }
  explicit JennrichSampson(const ProblemParameters& p) : m_(p.integer("m")) {}

  ProblemInfo info() const {
    return mgh_info(
        6, "jennrich_sampson", Dimension::fixed(2), "m >= 2 (parameter m, standard 10)",
        "for m = 10 the paper gives f = 124.362 at x1 = x2 = 0.2578; x* here is Newton's method in 50 "
        "digits from there (f* = 124.36218235561...); no minimum is listed for other m");
  }

  std::vector<double> x0(int) const { return {0.3, 0.4}; }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  std::vector<Minimum> minima(int) const;
  Box domain(int n) const { return Box::uniform(n, -0.5, 1.0); }

  int residual_count(int) const { return m_; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) r[i - 1] = T(2 + 2 * i) - (exp(T(i) * x[0]) + exp(T(i) * x[1]));
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> j) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) {
      j(i - 1, 0) = -T(i) * exp(T(i) * x[0]);
      j(i - 1, 1) = -T(i) * exp(T(i) * x[1]);
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    using std::exp;
    for (int i = 1; i <= m_; ++i) {
      h(0, 0) -= w[i - 1] * T(i * i) * exp(T(i) * x[0]);
      h(1, 1) -= w[i - 1] * T(i * i) * exp(T(i) * x[1]);
    }
  }

 private:
  int m_;
};

std::vector<Minimum> JennrichSampson::minima(int) const {
  if (m_ != kStandardM) return {};
  static const std::vector<Minimum> kMinima = [] {
    const LeastSquares<JennrichSampson> p{ProblemParameters(parameter_specs())};
    const std::vector<double> x = polish_minimizer(p, {0.2578, 0.2578});
    return std::vector<Minimum>{
        {x, static_cast<double>(p.value<Real50>(std::vector<Real50>(x.begin(), x.end())))}};
  }();
  return kMinima;
}

}  // namespace
GRADLAB_REGISTER_PROBLEM(LeastSquares<JennrichSampson>);
}  // namespace gradlab::mgh
