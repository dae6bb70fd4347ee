// A scalar recurrence with gain a = 7/4 > 1 driven through tanh inputs, with
// a squared output: the exploding-gradient mechanism of recurrent networks in
// their linear regime.
//   h_0 = 0,  h_k = a h_{k-1} + tanh(x_k),  f(x) = h_n^2 / 2.
// dh_n/dh_k = a^(n-k), so df/dx_k = h_n a^(n-k) tanh'(x_k), and h_n itself
// grows like a^(n-1): at n = 64 the first component is near 1e30 and the last
// near 1e15.
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct ExplodingRecurrence {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "exploding_recurrence",
            .family = "pathological",
            .source =
                "R. Pascanu, T. Mikolov and Y. Bengio, On the difficulty of training recurrent neural "
                "networks, ICML 2013; Y. Bengio, P. Simard and P. Frasconi, IEEE Trans. Neural Networks "
                "5(2):157-166, 1994; this recurrence is defined here",
            .dimension = {.fixed_n = 0, .min_n = 2, .max_n = 64, .multiple_of = 1, .default_n = 16},
            .tags = {Tag::kSmooth},
            .notes =
                "n = number of steps, one input per step: h_0 = 0, h_k = (7/4) h_{k-1} + tanh(x_k), f = "
                "h_n^2 / 2. df/dx_k = h_n (7/4)^(n-k) / cosh^2(x_k): at x0 the first component is 1.75 at "
                "n = 2, 2e7 at n = 16 and 4e30 at n = 64, the last 1, 4e3 and 2e15 (at random points the "
                "first has median 1e30 at n = 64). On [-2, 2]^n with n <= 64, |f|, |g| and |H| stay below "
                "1.1e31: nothing overflows. Provokes: huge "
                "values and components next to much smaller ones (the spread is (7/4)^(n-1)); absolute "
                "tolerances that fail correct gradients; relative floors. h_n cancels where the inputs "
                "have mixed signs, so the double gradient is accurate relative to the gradient scale "
                "(which x0, all inputs positive, makes large), not componentwise. Minimizers: the "
                "hyperplane-like manifold h_n = 0; x* = 0 is the one listed."};
  }

  // All inputs positive: h_n = sum (7/4)^(n-k) tanh(1/2) with no cancellation.
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -2.0, 2.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::tanh;
    T h(0);
    for (const T& xk : x) h = gain<T>() * h + tanh(xk);
    return h * h / T(2);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::cosh;
    const T hn = last_state(x);
    T power(1);  // a^(n-k)
    for (std::size_t k = x.size(); k-- > 0;) {
      const T c = cosh(x[k]);
      g[k] = hn * power / (c * c);
      power *= gain<T>();
    }
  }

  // H = B B^T + h_n diag(a^(n-k) tanh''(x_k)), B_k = a^(n-k) tanh'(x_k),
  // tanh'' = -2 tanh tanh'.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cosh;
    using std::tanh;
    const std::size_t n = x.size();
    const T hn = last_state(x);
    std::vector<T> b(n), d(n);
    T power(1);
    for (std::size_t k = n; k-- > 0;) {
      const T c = cosh(x[k]);
      const T slope = T(1) / (c * c);
      b[k] = power * slope;
      d[k] = T(-2) * power * tanh(x[k]) * slope;
      power *= gain<T>();
    }
    for (std::size_t k = 0; k < n; ++k) {
      for (std::size_t l = 0; l < n; ++l) h(k, l) = b[k] * b[l];
      h(k, k) += hn * d[k];
    }
  }

 private:
  template <class T>
  static T gain() {
    return ratio<T>(7, 4);
  }

  template <class T>
  T last_state(std::span<const T> x) const {
    using std::tanh;
    T h(0);
    for (const T& xk : x) h = gain<T>() * h + tanh(xk);
    return h;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(ExplodingRecurrence);
}  // namespace gradlab::pathological
