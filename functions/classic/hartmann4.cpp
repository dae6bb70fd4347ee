// The four-dimensional Hartmann function (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = (1.1 - sum_{i=1}^{4} alpha_i exp(-sum_{j=1}^{4} A_ij (x_j - P_ij)^2)) / 0.839,
// alpha = (1, 1.2, 3, 3.2) and A, P the first four columns of the six-dimensional
// function's tables.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kDim = 4;
constexpr int kTerms = 4;
constexpr int kTenAlpha[kTerms] = {10, 12, 30, 32};
// A_ij times 100, so that the entries 0.05 are integers too.
constexpr int kHundredA[kTerms][kDim] = {
    {1000, 300, 1700, 350}, {5, 1000, 1700, 10}, {300, 350, 170, 1000}, {1700, 800, 5, 1000}};
constexpr int kTenThousandP[kTerms][kDim] = {
    {1312, 1696, 5569, 124}, {2329, 4135, 8307, 3736}, {2348, 1451, 3522, 2883}, {4047, 8828, 8732, 5743}};

struct Hartmann4 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "hartmann4",
            .family = "classic",
            .source =
                "V. Picheny, T. Wagner and D. Ginsbourger, A benchmark of kriging-based infill criteria "
                "for noisy optimization, Structural and Multidisciplinary Optimization 48:607-626, 2013 "
                "(after J. K. Hartman, Naval Research Logistics Quarterly 20(3):569-576, 1973); as in "
                "Surjanovic & Bingham, Virtual Library of Simulation Experiments "
                "(sfu.ca/~ssurjano/hart4.html)",
            .dimension = Dimension::fixed(kDim),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "the six-dimensional Hartmann function truncated to four coordinates and rescaled; on "
                "[0, 1]^4. The published x* = (0.1873, 0.1906, 0.5566, 0.2647) and f* = -3.135474 "
                "disagree: f there is -3.13435, and a 4000-start search finds nothing below -3.134494. "
                "x* here is Newton's method in 50 digits from the published point (the deepest minimum "
                "that search found), and f* is evaluated at it: -3.1344941412..."};
  }

  // The centre of the box.
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Hartmann4 p;
      const std::vector<double> x = polish_minimizer(p, {0.1873, 0.1906, 0.5566, 0.2647});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, 1.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    T f = ratio<T>(11, 10);
    for (int i = 0; i < kTerms; ++i) f -= ratio<T>(kTenAlpha[i], 10) * exp(-exponent(x, i));
    return f * scale<T>();
  }

  // With e_i = alpha_i exp(-q_i) / 0.839: df/dx_j = sum_i 2 e_i A_ij (x_j - P_ij).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    for (auto& gj : g) gj = T(0);
    for (int i = 0; i < kTerms; ++i) {
      const T e = ratio<T>(kTenAlpha[i], 10) * scale<T>() * exp(-exponent(x, i));
      for (int j = 0; j < kDim; ++j) g[j] += T(2) * e * weight<T>(i, j) * (x[j] - center<T>(i, j));
    }
  }

  //   H_jk = sum_i e_i [2 A_ij delta_jk - 4 A_ij A_ik (x_j - P_ij)(x_k - P_ik)].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    h.fill(T(0));
    for (int i = 0; i < kTerms; ++i) {
      const T e = ratio<T>(kTenAlpha[i], 10) * scale<T>() * exp(-exponent(x, i));
      for (int j = 0; j < kDim; ++j) {
        const T dj = weight<T>(i, j) * (x[j] - center<T>(i, j));
        for (int k = 0; k < kDim; ++k) h(j, k) -= T(4) * e * dj * weight<T>(i, k) * (x[k] - center<T>(i, k));
        h(j, j) += T(2) * e * weight<T>(i, j);
      }
    }
  }

 private:
  // 1 / 0.839.
  template <class T>
  static T scale() {
    return ratio<T>(1000, 839);
  }
  template <class T>
  static T weight(int i, int j) {
    return ratio<T>(kHundredA[i][j], 100);
  }
  template <class T>
  static T center(int i, int j) {
    return ratio<T>(kTenThousandP[i][j], 10000);
  }
  template <class T>
  static T exponent(std::span<const T> x, int i) {
    T q(0);
    for (int j = 0; j < kDim; ++j) {
      const T d = x[j] - center<T>(i, j);
      q += weight<T>(i, j) * d * d;
    }
    return q;
  }
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Hartmann4);
}  // namespace gradlab::classic
