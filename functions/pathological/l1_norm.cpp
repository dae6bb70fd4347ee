// A weighted l1 distance:
//   f(x) = sum_{i=1}^n i |x_i - c_i|,  c_i = i / 4,
// piecewise linear, with a kink on every hyperplane x_i = c_i and the
// minimizer x* = c on all n of them at once.
#include <optional>

#include "functions/pathological/pathological.h"
#include "functions/registry.h"

namespace gradlab::pathological {
namespace {

struct L1Norm {
  static constexpr bool kComplexSafe = false;
  static constexpr bool kControlFlowDependsOnX = true;  // |.| chosen by sign

  ProblemInfo info() const {
    return {.name = "l1_norm",
            .family = "pathological",
            .source =
                "the l1 norm as the model nonsmooth convex function (Yu. Nesterov, Introductory Lectures on "
                "Convex Optimization, Kluwer 2004, Ch. 3); the weights and centres are defined here",
            .dimension = Dimension::scalable(1, 8),
            .tags = {Tag::kNonsmooth},
            .notes =
                "f = sum i |x_i - i/4| (weights 1..n so that no two coordinates are alike). Gradient "
                "i sign(x_i - i/4); the Hessian is 0 off the kinks. x* = (1/4, 2/4, ..., n/4), f* = 0, "
                "at a kink in every coordinate; the named start `kink` is x0 with x_1 = 1/4, on one kink. "
                "Provokes: a gradient that is piecewise constant, so optimizers zigzag and never see a "
                "small gradient near x*; finite differences are exact away from the kinks but wrong when "
                "the step straddles one (one-sided differences give +-i at a kink, central differences "
                "give 0, which happens to be the convention here).",
            .kink_convention = "sign(0) = 0: at x_i = i/4 component i of the gradient is 0"};
  }

  // 3/2 from each centre, alternately below and above: on no kink.
  std::vector<double> x0(int n) const {
    std::vector<double> x = centre(n);
    for (int i = 0; i < n; ++i) x[i] += (i % 2 == 0) ? -1.5 : 1.5;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{centre(n), 0.0}}; }
  std::vector<NamedPoint> starts(int n) const {
    std::vector<double> x = x0(n);
    x[0] = 0.25;
    return {{"kink", x}};
  }
  Box domain(int n) const {
    Box b = Box::uniform(n, 0.0, 0.0);
    for (int i = 0; i < n; ++i) {
      b.lower[i] = (i + 1) / 4.0 - 3.0;
      b.upper[i] = (i + 1) / 4.0 + 3.0;
    }
    return b;
  }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (x[i] == (static_cast<double>(i) + 1) / 4) {
        return "|x_" + index_text(i) + " - " + index_text(i) + "/4| has a kink there";
      }
    }
    return std::nullopt;
  }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T d = x[i] - centre_of<T>(i);
      f += T(static_cast<int>(i) + 1) * (value_of(d) < 0 ? T(-d) : d);
    }
    return f;
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
      g[i] = T((static_cast<int>(i) + 1) * sign_of(value_of(x[i] - centre_of<T>(i))));
    }
  }

  template <class T>
  void hessian(std::span<const T>, MatrixRef<T> h) const {
    h.fill(T(0));
  }

 private:
  template <class T>
  static T centre_of(std::size_t i) {
    return T(static_cast<int>(i) + 1) / T(4);
  }

  static std::vector<double> centre(int n) {
    std::vector<double> c(n);
    for (int i = 0; i < n; ++i) c[i] = (i + 1) / 4.0;
    return c;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(L1Norm);
}  // namespace gradlab::pathological
