// MGH (20), the Watson function: 2 <= n <= 31, m = 31, t_i = i / 29,
//   r_i = sum_{j=2}^n (j-1) x_j t_i^{j-2} - (sum_{j=1}^n x_j t_i^{j-1})^2 - 1  (i = 1..29),
//   r_30 = x1,  r_31 = x2 - x1^2 - 1.
#include <stdexcept>

#include "functions/mgh/mgh_problem.h"
#include "functions/newton_polish.h"

namespace gradlab::mgh {
namespace {

constexpr int kM = 31;

struct WatsonResiduals {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    Dimension d = Dimension::scalable(2, 6);
    d.max_n = 31;
    return mgh_info(
        20, "watson", d, "m = 31",
        "2 <= n <= 31, default n = 6 (the paper tabulates n = 6, 9, 12); a polynomial fit of "
        "the ODE y' - y^2 = 1 (Kowalik & Osborne), increasingly ill-conditioned with n. The "
        "paper gives f* = 2.28767...e-3 (n = 6), 1.39976...e-6 (n = 9), 4.72238...e-10 "
        "(n = 12) without x*; x* is listed for those n, found by Newton's method in 50 digits "
        "from damped-Newton solutions started at x0 (nondegenerate), and f* evaluated there agrees "
        "with the paper's digits. x0 = 0, so the extra starts are all10 (x_j = 10) and all100 (x_j = 100), "
        "as in the authors' MINPACK test code, instead of 10x0 and 100x0");
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.0); }
  std::vector<NamedPoint> starts(int n) const {
    // 10 x0 and 100 x0 would be x0 = 0 again; the authors' MINPACK test code uses x_j = 10 and 100.
    return {{"all10", std::vector<double>(n, 10.0)}, {"all100", std::vector<double>(n, 100.0)}};
  }
  // x* has entries up to 1.5 in size for n = 6, 4.1 for n = 9 and 10.3 for n = 12.
  Box domain(int n) const { return n < 9 ? Box::uniform(n, -3.0, 3.0) : Box::uniform(n, -11.0, 11.0); }

  int residual_count(int) const { return kM; }

  template <class T>
  void residuals(std::span<const T> x, std::span<T> r) const {
    const std::size_t n = x.size();
    for (int i = 0; i < 29; ++i) {
      const T t = ratio<T>(i + 1, 29);
      T s1(0), s2(x[0]), p(1);  // p = t^{j-1} for 0-based j
      for (std::size_t j = 1; j < n; ++j) {
        s1 += T(static_cast<int>(j)) * p * x[j];
        p *= t;
        s2 += p * x[j];
      }
      r[i] = s1 - s2 * s2 - T(1);
    }
    r[29] = x[0];
    r[30] = x[1] - x[0] * x[0] - T(1);
  }

  template <class T>
  void jacobian(std::span<const T> x, MatrixRef<T> jac) const {
    const std::size_t n = x.size();
    jac.fill(T(0));
    for (int i = 0; i < 29; ++i) {
      const T t = ratio<T>(i + 1, 29);
      const T s2 = polynomial(x, t);
      // d r_i / d x_j = (j-1) t^{j-2} - 2 s2 t^{j-1} (1-based j).
      T p(1), p_prev(0);
      for (std::size_t j = 0; j < n; ++j) {
        jac(i, j) = T(static_cast<int>(j)) * p_prev - T(2) * s2 * p;
        p_prev = p;
        p *= t;
      }
    }
    jac(29, 0) = T(1);
    jac(30, 0) = T(-2) * x[0];
    jac(30, 1) = T(1);
  }

  template <class T>
  void add_residual_hessians(std::span<const T> x, std::span<const T> w, MatrixRef<T> h) const {
    const std::size_t n = x.size();
    std::vector<T> powers(n);
    for (int i = 0; i < 29; ++i) {
      const T t = ratio<T>(i + 1, 29);
      // Hessian of r_i: -2 p p^T, p_j = t^{j-1}.
      T p(1);
      for (std::size_t j = 0; j < n; ++j) {
        powers[j] = p;
        p *= t;
      }
      const T c = T(-2) * w[i];
      for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) h(a, b) += c * powers[a] * powers[b];
      }
    }
    h(0, 0) += T(-2) * w[30];
  }

 private:
  template <class T>
  static T polynomial(std::span<const T> x, const T& t) {
    T s(0);
    for (std::size_t j = x.size(); j-- > 0;) s = s * t + x[j];
    return s;
  }
};

// Approximate minimizers (damped Newton in double from x0, 12 digits) that Newton's method in 50 digits
// polishes.
const std::vector<double> kStart6 = {-0.0157250864015, 1.01243486937,  -0.232991625957,
                                     1.2604300878,     -1.51372892272, 0.992996432431};
const std::vector<double> kStart9 = {-1.53070365214e-05, 0.999789703932, 0.0147639636936,
                                     0.146342328299,     1.000821103,    -2.61773114052,
                                     4.10440316448,      -3.14361227856, 1.05262640801};
const std::vector<double> kStart12 = {-6.63806046452e-09, 1.00000164412, -0.000563932210342, 0.347820540504,
                                      -0.156731504096,    1.05281517721, -3.24727115346,     7.28843489794,
                                      -10.2718482413,     9.07411364708, -4.54137546669,     1.01201188855};

struct Watson : LeastSquares<WatsonResiduals> {
  std::vector<Minimum> minima(int n) const {
    const std::vector<double>* start = n == 6 ? &kStart6 : n == 9 ? &kStart9 : n == 12 ? &kStart12 : nullptr;
    if (start == nullptr) return {};
    const std::vector<double> x = polish_minimizer(*this, *start);
    const std::vector<Real50> x50(x.begin(), x.end());
    return {{x, static_cast<double>(value<Real50>(x50))}};
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Watson);
}  // namespace gradlab::mgh
