// The cosine mixture function (Jamil & Yang 2013, function 38), in the sign
// convention of Breiman & Cutler and Ali et al.:
//   f(x) = sum_i x_i^2 - (1/10) sum_i cos(5 pi x_i).
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

struct CosineMixture {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {
        .name = "cosine_mixture",
        .family = "classic",
        .source =
            "L. Breiman and A. Cutler, A deterministic algorithm for global optimization, Mathematical "
            "Programming 58:179-199, 1993; M. M. Ali, C. Khompatraporn and Z. B. Zabinsky, A numerical "
            "evaluation of several stochastic algorithms on selected continuous global optimization test "
            "problems, J. Global Optimization 31:635-672, 2005 (problem CM); M. Jamil and X.-S. Yang, "
            "A literature survey of benchmark functions for global optimization problems, Int. J. "
            "Mathematical Modelling and Numerical Optimisation 4(2):150-194, 2013 (arXiv:1308.4008), "
            "function 38",
        .dimension = Dimension::scalable(1, 4),
        .tags = {Tag::kSmooth, Tag::kMultimodal},
        .notes =
            "Jamil & Yang print -0.1 sum cos(5 pi x_i) - sum x_i^2 with f(0) = 0.2 or 0.4 for n = 2 or 4: "
            "that is the negated (maximization) form with the sign of the quadratic also flipped, whose "
            "minimum over [-1, 1]^n sits at the corners (f = -0.9 n) where the gradient does not vanish. "
            "Followed here: the minimization form of Ali et al., with global minimizer x* = 0 and "
            "f* = -n/10 (-0.2 and -0.4 for n = 2 and 4, matching the survey's magnitudes)"};
  }

  // x0_i = i / (n + 1): inside the box [-1, 1]^n.
  std::vector<double> x0(int n) const {
    std::vector<double> x(n);
    for (int i = 0; i < n; ++i) x[i] = static_cast<double>(i + 1) / (n + 1);
    return x;
  }
  std::vector<Minimum> minima(int n) const {
    const Real50 fs = -Real50(n) / Real50(10);
    return {{std::vector<double>(n, 0.0), static_cast<double>(fs)}};
  }
  Box domain(int n) const { return Box::uniform(n, -1.0, 1.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::cos;
    const T c = T(5) * pi<T>();
    T quad(0), wave(0);
    for (const T& xi : x) {
      quad += xi * xi;
      wave += cos(c * xi);
    }
    return quad - wave / T(10);
  }

  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::sin;
    const T c = T(5) * pi<T>();
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = T(2) * x[i] + c * sin(c * x[i]) / T(10);
  }

  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::cos;
    const T c = T(5) * pi<T>();
    h.fill(T(0));
    for (std::size_t i = 0; i < x.size(); ++i) h(i, i) = T(2) + c * c * cos(c * x[i]) / T(10);
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(CosineMixture);
}  // namespace gradlab::classic
