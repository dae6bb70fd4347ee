// A sum of logarithms of numbers within 1e-11 of 1:
//   f(x) = C sum_i log(1 + (x_i - 1)^2 / C),  C = 1e12,
// equivalently C sum_i [log(C + (x_i - 1)^2) - log C], a difference of nearly
// equal logarithms. Either naive form loses about 12 of the 16 digits of f;
// this definition evaluates log1p stably, in every scalar type.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct Log1pCancellation {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "log1p_cancellation",
            .family = "pathological",
            .source =
                "defined here; the cancellation in log(1 + x) and its remedy as in D. Goldberg, What every "
                "computer scientist should know about floating-point arithmetic, ACM Computing Surveys "
                "23(1):5-48, 1991, and N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd "
                "ed., SIAM 2002",
            .dimension = Dimension::scalable(1, 4),
            .tags = {Tag::kSmooth},
            .notes =
                "f = C sum log1p(d_i^2 / C), d_i = x_i - 1, C = 1e12 (exact in binary), so f is close to "
                "sum d_i^2. log1p(u) is evaluated as 2 atanh(u / (2 + u)), accurate to a few ulps in "
                "double, 50-digit, Boost autodiff and complex arithmetic (neither Boost autodiff nor "
                "std::complex has log1p). Provokes: a value written naively as C log(1 + d^2/C) or "
                "C (log(C + d^2) - log C) has relative error about 1e-4 / d^2 (1 + d^2/C keeps only that "
                "much of d^2/C): 4 to 6 correct digits for |d| in [1, 5], none below |d| = 0.01; central "
                "differences of it are off by factors of 10 or more; forward AD and complex step "
                "of the same naive formula stay accurate because they never subtract the rounded values."};
  }

  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = 3.0 + static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 1.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -4.0, 6.0); }

  template <class T>
  T value(std::span<const T> x) const {
    const T c = big<T>();
    T f(0);
    for (const T& xi : x) {
      const T d = xi - T(1);
      f += log1p_stable<T>(d * d / c);
    }
    return c * f;
  }

  // d/dx C log1p(d^2/C) = 2 d / (1 + d^2/C).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const T c = big<T>();
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(1);
      g[i] = T(2) * d / (T(1) + d * d / c);
    }
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    const T c = big<T>();
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - T(1);
      const T q = d * d / c;
      h(i, i) = T(2) * (T(1) - q) / ((T(1) + q) * (T(1) + q));
    }
  }

 private:
  template <class T>
  static T big() {
    return ratio<T>(1000000000000LL);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Log1pCancellation);
}  // namespace gradlab::pathological
