// A chain of n hard-tanh units (clip to [-1, 1]) with gain 1/2, one input per
// layer, and a squared output:
//   h_0 = 0,  a_k = h_{k-1} / 2 + x_k,  h_k = clip(a_k) = max(-1, min(1, a_k)),
//   f(x) = h_n^2 / 2.
// A saturated layer makes the gradient exactly zero for every earlier input
// (dead units), unsaturated layers halve it, and at a_k = +-1 f has a kink.
// The gain is below 1 on purpose: a gain g > 1 would amplify the forward
// pass's rounding errors by g per unsaturated layer, and after about
// 53 / log2(g) such layers the double gradient would have no correct digit.
#include <optional>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct HardTanhChain {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // clip chosen by value

  ProblemInfo info() const {
    return {
        .name = "hard_tanh_chain",
        .family = "pathological",
        .source =
            "R. Collobert, Large Scale Machine Learning, PhD thesis, Universite Paris VI, 2004 (HardTanh); "
            "Y. Bengio, P. Simard and P. Frasconi, Learning long-term dependencies with gradient descent "
            "is difficult, IEEE Trans. Neural Networks 5(2):157-166, 1994; this chain is defined here",
        .dimension = {.fixed_n = 0, .min_n = 2, .max_n = 64, .multiple_of = 1, .default_n = 16},
        .tags = {Tag::kNonsmooth},
        .notes =
            "n = depth, one input per layer: h_0 = 0, a_k = h_{k-1}/2 + x_k, h_k = clip(a_k, -1, 1), "
            "f = h_n^2 / 2. df/dx_k = h_n 2^(k-n) prod_{j=k}^{n} clip'(a_j): exactly zero behind a "
            "saturated layer, halving per layer through unsaturated ones. At x0 no layer saturates "
            "(every a_k = 1/2), so the gradient there is 2^(k-n-1): 5e-20 for the first input at "
            "n = 64. At random points of [-1.5, 1.5]^n each layer saturates with probability about 1/3, "
            "so component k is nonzero with probability about (2/3)^(n-k+1) and most components are "
            "exactly 0. Kinks where some a_k = +-1 and f is sensitive to h_k (a clip point behind a "
            "saturated "
            "layer, or with h_n = 0, is no kink of f); the named start `kink` puts a_n = 1 exactly. "
            "Provokes: exact zeros and geometrically small components next to O(1) ones; finite "
            "differences whose step crosses a clip point (they then return part of the slope); a "
            "subgradient convention at the clip points. The gain 1/2 keeps the double forward pass "
            "accurate to a few ulps; a gain above 1 would amplify its rounding errors geometrically.",
        .kink_convention =
            "clip'(a) = 1 for |a| <= 1 (the slope of the linear piece also at a = +-1, as AD through "
            "`|a| <= 1 ? a : sign(a)` gives) and 0 for |a| > 1"};
  }

  // Every layer sits at a_k = 1/2, inside the linear region.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n, 0.25);
    x[0] = 0.5;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  std::vector<NamedPoint> starts(int n) const {
    std::vector<double> x = x0(n);
    x[n - 1] = 0.75;  // a_n = (1/2)(1/2) + 3/4 = 1 exactly
    return {{"kink", x}};
  }
  Box domain(int n) const { return Box::uniform(n, -1.5, 1.5); }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    const std::size_t n = x.size();
    std::vector<double> a(n);
    double h = 0;
    for (std::size_t k = 0; k < n; ++k) {
      a[k] = h / 2 + x[k];
      h = clip(a[k]);
    }
    // df/dh_k under the convention; where it is 0 a clip point is no kink of f.
    double sensitivity = h;
    for (std::size_t k = n; k-- > 0;) {
      if (sensitivity != 0 && std::abs(a[k]) == 1) {
        return "hard tanh of layer " + index_text(k) + " is at its clip point a = " + (a[k] > 0 ? "1" : "-1");
      }
      sensitivity *= std::abs(a[k]) <= 1 ? 0.5 : 0.0;
    }
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    T h(0);
    for (const T& xk : x) h = clip<T>(h / T(2) + xk);
    return h * h / T(2);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    std::vector<T> b(x.size());
    const T hn = sensitivities(x, b);
    for (std::size_t k = 0; k < x.size(); ++k) g[k] = hn * b[k];
  }

  // d2h_n = 0 off the kinks, so H = B B^T.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    std::vector<T> b(x.size());
    sensitivities(x, b);
    for (std::size_t k = 0; k < x.size(); ++k) {
      for (std::size_t l = 0; l < x.size(); ++l) h(k, l) = b[k] * b[l];
    }
  }

 private:
  template <class T>
  static T clip(const T& a) {
    const double v = value_of(a);
    if (v > 1) return T(1);
    if (v < -1) return T(-1);
    return a;
  }

  // B_k = dh_n/dx_k: B_n = clip'(a_n), B_k = clip'(a_k) B_{k+1} / 2. Returns h_n.
  template <class T>
  T sensitivities(std::span<const T> x, std::vector<T>& b) const {
    const std::size_t n = x.size();
    std::vector<bool> linear(n);
    T h(0);
    for (std::size_t k = 0; k < n; ++k) {
      const T a = h / T(2) + x[k];
      linear[k] = std::abs(value_of(a)) <= 1;
      h = clip(a);
    }
    T bk(1);
    for (std::size_t k = n; k-- > 0;) {
      if (k + 1 < n) bk /= T(2);
      if (!linear[k]) bk = T(0);
      b[k] = bk;
    }
    return h;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(HardTanhChain);
}  // namespace gradlab::pathological
