// The Salomon function (Jamil & Yang 2013, function 110): with r = |x|_2,
//   f(x) = 1 - cos(2 pi r) + r / 10.
#include <cmath>

#include "functions/classic/start_points.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct Salomon {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "salomon",
        .family = "classic",
        .source =
            "R. Salomon, Re-evaluating genetic algorithm performance under coordinate rotation of benchmark "
            "functions, BioSystems 39(3):263-278, 1996; as in M. Jamil and X.-S. Yang, A literature survey "
            "of benchmark functions for global optimization problems, Int. J. Mathematical Modelling and "
            "Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), function 110",
        .dimension = Dimension::scalable(1, 10),
        .tags = {Tag::kNonsmooth, Tag::kMultimodal},
        .notes =
            "f depends on x only through r = |x|_2; 1 - cos(2 pi r) is smooth in r^2 but r / 10 is a cone, "
            "so the gradient is undefined at the global minimizer x* = 0 (f* = 0) and nowhere else. "
            "Jamil & Yang call the function differentiable and use the box [-100, 100]^n. The double "
            "gradient's error grows in proportion to r (the argument 2 pi r of sin carries a rounding "
            "error of a few eps r), so random points come from the cube inscribed in the ball r <= 20, "
            "[-20/sqrt(n), 20/sqrt(n)]^n, where it stays within about 3e-14 of the gradient scale",
        .kink_convention = "at x = 0 the gradient is 0, the minimal-norm subgradient"};
  }

  // The staircase direction scaled to |x0| = 5/4, on the ring where the
  // ripple is steepest (sin(2 pi r) = 1), so |grad f(x0)| has the problem's
  // natural size 2 pi + 1/10 rather than an accidental small value.
  std::vector<double> x0(int n) const {
    std::vector<double> x = staircase_start(n);
    double norm = 0;
    for (double v : x) norm += v * v;
    norm = std::sqrt(norm);
    for (double& v : x) v *= 1.25 / norm;
    return x;
  }
  std::vector<Minimum> minima(int n) const { return {{std::vector<double>(n, 0.0), 0.0}}; }
  // The cube inscribed in the ball |x|_2 <= 20 (see notes).
  Box domain(int n) const {
    const double h = 20.0 / std::sqrt(static_cast<double>(n));
    return Box::uniform(n, -h, h);
  }

  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const {
    for (double xi : x) {
      if (xi != 0.0) return std::nullopt;
    }
    return "salomon: |x|_2 / 10 has a cone point at x = 0";
  }

  template <class T>
  static T radius(std::span<const T> x) {
    using std::sqrt;
    T s(0);
    for (const T& xi : x) s += xi * xi;
    return sqrt(s);
  }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    const T r = radius(x);
    return T(1) - cos(T(2) * pi<T>() * r) + r / T(10);
  }

  // With phi(r) = 1 - cos(2 pi r) + r / 10: grad f = phi'(r) x / r.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T r = radius(x);
    if (value_of(r) == 0) {
      for (auto& gi : g) gi = T(0);
      return;
    }
    const T dphi_over_r = (T(2) * pi<T>() * sin(T(2) * pi<T>() * r) + ratio<T>(1, 10)) / r;
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = dphi_over_r * x[i];
  }

  //   H = (phi'/r) I + (phi'' - phi'/r) x x^T / r^2.
  // At x = 0 only the smooth part 1 - cos(2 pi r) has a Hessian, (2 pi)^2 I.
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    using std::sin;
    const std::size_t n = x.size();
    const T two_pi = T(2) * pi<T>();
    const T r = radius(x);
    h.fill(T(0));
    if (value_of(r) == 0) {
      for (std::size_t i = 0; i < n; ++i) h(i, i) = two_pi * two_pi;
      return;
    }
    const T dphi_over_r = (two_pi * sin(two_pi * r) + ratio<T>(1, 10)) / r;
    const T d2phi = two_pi * two_pi * cos(two_pi * r);
    const T outer = (d2phi - dphi_over_r) / (r * r);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) h(i, j) = outer * x[i] * x[j];
      h(i, i) += dphi_over_r;
    }
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Salomon);
}  // namespace gradlab::classic
