// MGH (35), the Chebyquad function: m >= n, T_i the Chebyshev polynomials
// shifted to [0, 1],
//   r_i = (1/n) sum_j T_i(x_j) - integral_0^1 T_i,
// where the integral is 0 for odd i and -1/(i^2 - 1) for even i.
#include <algorithm>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

struct ChebyquadResiduals {
  static constexpr bool kComplexSafe = true;

  explicit ChebyquadResiduals(const ProblemParameters& p) : m_(p.integer("m")) {}

  static std::vector<ParameterSpec> parameter_specs() {
    return {
        {.name = "m",
         .default_value = 0,
         .min_value = 0,
         .max_value = 1000,
         .integer = true,
         .description = "number of residuals, m >= n; 0 (the default) means m = n, the paper's standard"}};
  }

  ProblemInfo info() const {
    Dimension d = Dimension::scalable(1, m_ > 0 ? std::min(8, m_) : 8);
    if (m_ > 0) d.max_n = m_;
    return mgh_info(35, "chebyquad", d, "m >= n, a parameter (default m = n)",
                    "the paper leaves n free and n = 8 is our default; r = 0 means the x_j are the nodes of "
                    "an equal-weight (Chebyshev) quadrature rule on [0, 1], which exists for n <= 7 and "
                    "n = 9: there f* = 0 (m = n). The paper gives f* = 3.51687...e-3 for m = n = 8 and "
                    "6.50395...e-3 for m = n = 10, without x*. Minima are listed for m = n <= 10 (f* = 0 or "
                    "the paper's values, which f there agrees with), x* by Newton's method in 50 digits from "
                    "damped-Newton solutions started at x0 (all nondegenerate); f is symmetric under "
                    "permutations of x, so each minimizer stands for all its permutations (the one listed "
                    "is sorted; for n = 8 and 10 some entries coincide)");
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int j = 0; j < n; ++j) x[j] = (j + 1.0) / (n + 1);
    return x;
  }
  std::vector<NamedPoint> starts(int n) const { return mgh_starts(x0(n)); }
  Box domain(int n) const { return Box::uniform(n, 0.0, 1.0); }

  int residual_count(int n) const { return m_ > 0 ? m_ : n; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const int n = static_cast<int>(x.size());
    const int m = residual_count(n);
    for (int i = 0; i < m; ++i) r[i] = T(0);
    for (int j = 0; j < n; ++j) {
      const T y = T(2) * x[j] - T(1);
      T prev(1), cur = y;  // T_0, T_1
      for (int i = 0; i < m; ++i) {
        r[i] += cur;
        const T next = T(2) * y * cur - prev;
        prev = cur;
        cur = next;
      }
    }
    for (int i = 0; i < m; ++i) {
      r[i] /= T(n);
      if ((i + 1) % 2 == 0) r[i] += ratio<T>(1, (i + 1LL) * (i + 1LL) - 1);
    }
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> jac) const {
    const int n = static_cast<int>(x.size());
    const int m = residual_count(n);
    for (int j = 0; j < n; ++j) {
      const T y = T(2) * x[j] - T(1);
      // T_k and dT_k/dy by the three-term recurrence; d/dx_j = 2 d/dy.
      T t_prev(1), t_cur = y, d_prev(0), d_cur(1);
      for (int i = 0; i < m; ++i) {
        jac(i, j) = T(2) * d_cur / T(n);
        const T t_next = T(2) * y * t_cur - t_prev;
        const T d_next = T(2) * t_cur + T(2) * y * d_cur - d_prev;
        t_prev = t_cur;
        t_cur = t_next;
        d_prev = d_cur;
        d_cur = d_next;
      }
    }
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const int n = static_cast<int>(x.size());
    const int m = residual_count(n);
    for (int j = 0; j < n; ++j) {
      const T y = T(2) * x[j] - T(1);
      // Each residual depends on x_j through one term, so its Hessian is diagonal: 4 T_i''(y) / n.
      T t_prev(1), t_cur = y, d_prev(0), d_cur(1), s_prev(0), s_cur(0);
      T acc(0);
      for (int i = 0; i < m; ++i) {
        acc += w[i] * s_cur;
        const T t_next = T(2) * y * t_cur - t_prev;
        const T d_next = T(2) * t_cur + T(2) * y * d_cur - d_prev;
        const T s_next = T(4) * d_cur + T(2) * y * s_cur - s_prev;
        t_prev = t_cur;
        t_cur = t_next;
        d_prev = d_cur;
        d_cur = d_next;
        s_prev = s_cur;
        s_cur = s_next;
      }
      h(j, j) += T(4) * acc / T(n);
    }
  }

  int m_;
};

// Approximate minimizers for m = n (damped Newton in double from x0, 12 digits, sorted) that Newton's
// method in 50 digits polishes; kStarts[n - 1] for n = 1..10.
const std::vector<double> kStarts[10] = {
    {0.5},
    {0.211324865405, 0.788675134595},
    {0.146446609407, 0.5, 0.853553390593},
    {0.102672763854, 0.406203762957, 0.593796237043, 0.897327236146},
    {0.0837512564995, 0.312729295223, 0.5, 0.687270704777, 0.9162487435},
    {0.0668765909461, 0.288740673119, 0.366682299242, 0.633317700758, 0.711259326881, 0.933123409054},
    {0.058069149621, 0.235171612357, 0.33804409474, 0.5, 0.66195590526, 0.764828387643, 0.941930850379},
    {0.043152760151, 0.193090840384, 0.26632870689, 0.5, 0.5, 0.73367129311, 0.806909159616, 0.956847239849},
    {0.0442053461358, 0.19949067231, 0.235619108471, 0.416046907893, 0.5, 0.583953092107, 0.764380891529,
     0.80050932769, 0.955794653864},
    {0.0596199005358, 0.166708281836, 0.239170658943, 0.398884292306, 0.398884292306, 0.601115707694,
     0.601115707694, 0.760829341057, 0.833291718164, 0.940380099464},
};

struct Chebyquad : LeastSquares<ChebyquadResiduals> {
  using LeastSquares::LeastSquares;

  std::vector<Minimum> minima(int n) const {
    if ((m_ != 0 && m_ != n) || n > 10) return {};
    const std::vector<double> x = polish_minimizer(*this, kStarts[n - 1]);
    const std::vector<Real50> x50(x.begin(), x.end());
    const double f = static_cast<double>(value<Real50>(x50));
    // A zero-residual minimum is f* = 0 exactly; at x* rounded to double f is about 1e-33.
    return {{x, f < 1e-25 ? 0.0 : f}};
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Chebyquad);
}  // namespace gradlab::mgh
