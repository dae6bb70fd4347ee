// A chain of n tanh units, one input per layer, with a squared output:
//   h_0 = 0,  h_k = tanh(h_{k-1} + x_k),  f(x) = h_n^2 / 2.
// df/dx_k = h_n prod_{j=k}^{n} (1 - h_j^2): each layer multiplies by the
// slope of tanh, which saturating units make small, so the early components
// vanish (near 1e-35 at n = 64 on the domain) while the last stays O(1).
#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct TanhChain {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "tanh_chain",
        .family = "pathological",
        .source =
            "S. Hochreiter, Untersuchungen zu dynamischen neuronalen Netzen, Diploma thesis, TU Muenchen, "
            "1991; Y. Bengio, P. Simard and P. Frasconi, Learning long-term dependencies with gradient "
            "descent is difficult, IEEE Trans. Neural Networks 5(2):157-166, 1994; this chain is defined "
            "here",
        .dimension = {.fixed_n = 0, .min_n = 2, .max_n = 64, .multiple_of = 1, .default_n = 16},
        .tags = {Tag::kSmooth},
        .notes =
            "n = depth, one input per layer: h_0 = 0, h_k = tanh(h_{k-1} + x_k), f = h_n^2 / 2. The "
            "gradient is multiplied by 1 - h_k^2 per layer: at random points of [-2, 2]^n the first "
            "component has median 1e-1 at n = 2, 3e-9 at n = 16 and 3e-35 at n = 64 (range 1e-49 to "
            "1e-23; 2e-41 at x0), the largest stays near 0.2. Provokes: vanishing components far below the "
            "gradient's scale "
            "(finite differences return rounding noise for them), and Boost autodiff's tanh, formed as "
            "(exp(2a) - 1)/(exp(2a) + 1), loses digits of the value where a is near 0. Minimizers: the "
            "manifold h_n = 0; x* = 0 is the one listed."};
  }

  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  Box domain(int n) const { return Box::uniform(n, -2.0, 2.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::tanh;
    T h(0);
    for (const T& xk : x) h = tanh(h + xk);
    return h * h / T(2);
  }

  // B_k = dh_n/dx_k = tanh'(a_k) B_{k+1} (B_{n+1} = 1); g = h_n B.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    const Layers<T> c = forward(x);
    const std::size_t n = x.size();
    T b(1);
    for (std::size_t k = n; k-- > 0;) {
      b *= c.slope[k];
      g[k] = c.h[n - 1] * b;
    }
  }

  // H = B B^T + h_n d2h_n, d2h_n/dx_k dx_l = B_k T_l for k <= l with
  // T_l = psi_l + tanh'(a_l) T_{l+1}, T_{n+1} = 0, psi = tanh''/tanh' = -2 h.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> hm) const {
    const Layers<T> c = forward(x);
    const std::size_t n = x.size();
    std::vector<T> b(n), t(n);
    T bk(1), tk(0);
    for (std::size_t k = n; k-- > 0;) {
      bk *= c.slope[k];
      b[k] = bk;
      tk = T(-2) * c.h[k] + c.slope[k] * tk;
      t[k] = tk;
    }
    const T& hn = c.h[n - 1];
    for (std::size_t k = 0; k < n; ++k) {
      for (std::size_t l = k; l < n; ++l) {
        hm(k, l) = b[k] * b[l] + hn * b[k] * t[l];
        hm(l, k) = hm(k, l);
      }
    }
  }

 private:
  template <class T>
  struct Layers {
    std::vector<T> h;      // tanh(a_k)
    std::vector<T> slope;  // tanh'(a_k)
  };

  // The slope is 1/cosh^2(a), not 1 - h^2, which would cancel where a unit
  // saturates (|h| near 1) and cost up to two digits there.
  template <class T>
  Layers<T> forward(std::span<const T> x) const {
    using std::cosh;
    using std::tanh;
    Layers<T> c{std::vector<T>(x.size()), std::vector<T>(x.size())};
    T hk(0);
    for (std::size_t k = 0; k < x.size(); ++k) {
      const T a = hk + x[k];
      const T ch = cosh(a);
      hk = tanh(a);
      c.h[k] = hk;
      c.slope[k] = T(1) / (ch * ch);
    }
    return c;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(TanhChain);
}  // namespace gradlab::pathological
