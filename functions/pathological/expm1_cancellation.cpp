// The exponential of a small quadratic, minus one:
//   f(x) = C (exp(q / C) - 1),  q = sum_i (x_i - 1)^2,  C = 1e12.
// exp(q/C) is within 1e-10 of 1, so the naive difference keeps about 5 of 16
// digits; this definition forms expm1 without the subtraction.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct Expm1Cancellation {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "expm1_cancellation",
            .family = "pathological",
            .source =
                "defined here; the cancellation in exp(x) - 1 and its remedy as in D. Goldberg, What every "
                "computer scientist should know about floating-point arithmetic, ACM Computing Surveys "
                "23(1):5-48, 1991, and N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd "
                "ed., SIAM 2002",
            .dimension = Dimension::scalable(1, 4),
            .tags = {Tag::kSmooth},
            .notes =
                "f = C expm1(q / C), q = sum (x_i - 1)^2, C = 1e12 (exact in binary), so f is close to q but "
                "couples all coordinates (the Hessian is exp(q/C) (2 I + (4/C) d d^T)). expm1(u) is "
                "evaluated as 2 exp(u/2) sinh(u/2), accurate in double, 50-digit, Boost autodiff and "
                "complex arithmetic (neither Boost autodiff nor std::complex has expm1). Provokes: a value "
                "written naively as C (exp(q/C) - 1) has relative error about 1e-4 / q: 4 to 6 correct "
                "digits for typical q, none for q below 1e-4; central differences of it are off by "
                "factors of 10 or more, while forward AD and complex step of the same naive formula stay "
                "accurate."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = -1.0 - static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 6.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T c = big<T>();
    return c * expm1_stable<T>(squared_distance(x) / c);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    const T e = exp(squared_distance(x) / big<T>());
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * e * (x[i] - T(1));
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    const T c = big<T>();
    const T e = exp(squared_distance(x) / c);
    for (std::size_t i = 0; i < x.size(); ++i) {
      for (std::size_t j = 0; j < x.size(); ++j) {
        h(i, j) = T(4) * e * (x[i] - T(1)) * (x[j] - T(1)) / c;
        if (i == j) h(i, j) += T(2) * e;
      }
    }
  }

 private:
  template <class T>
  static T big() {
    return ratio<T>(1000000000000LL);
  }

  template <class T>
  static T squared_distance(std::span<const T> x) {
    T q(0);
    for (const T& xi : x) q += (xi - T(1)) * (xi - T(1));
    return q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Expm1Cancellation);
}  // namespace gradlab::pathological
