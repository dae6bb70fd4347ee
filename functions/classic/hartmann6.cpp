// The six-dimensional Hartmann function (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = -sum_{i=1}^{4} alpha_i exp(-sum_{j=1}^{6} A_ij (x_j - P_ij)^2),
// alpha = (1, 1.2, 3, 3.2) and A, P the tables below.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kDim = 6;
constexpr int kTerms = 4;
constexpr int kTenAlpha[kTerms] = {10, 12, 30, 32};
// A_ij times 100, so that the entries 0.05 are integers too.
constexpr int kHundredA[kTerms][kDim] = {{1000, 300, 1700, 350, 170, 800},
                                         {5, 1000, 1700, 10, 800, 1400},
                                         {300, 350, 170, 1000, 1700, 800},
                                         {1700, 800, 5, 1000, 10, 1400}};
constexpr int kTenThousandP[kTerms][kDim] = {{1312, 1696, 5569, 124, 8283, 5886},
                                             {2329, 4135, 8307, 3736, 1004, 9991},
                                             {2348, 1451, 3522, 2883, 3047, 6650},
                                             {4047, 8828, 8732, 5743, 1091, 381}};

struct Hartmann6 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "hartmann6",
            .family = "classic",
            .source =
                "J. K. Hartman, Some experiments in global optimization, Naval Research Logistics "
                "Quarterly 20(3):569-576, 1973; coefficients of L. C. W. Dixon and G. P. Szego, Towards "
                "Global Optimisation 2, North-Holland, 1978, as in Surjanovic & Bingham, Virtual Library "
                "of Simulation Experiments (sfu.ca/~ssurjano/hart6.html)",
            .dimension = Dimension::fixed(kDim),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "on [0, 1]^6, with six local minima. VLSE quotes x* = (0.20169, 0.150011, 0.476874, "
                "0.275332, 0.311652, 0.6573), f* = -3.32237; x* here is Newton's method in 50 digits "
                "from the quoted point and f* is evaluated at it (-3.322368011..., matching VLSE's f*)"};
  }

  // The centre of the box.
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Hartmann6 p;
      const std::vector<double> x =
          polish_minimizer(p, {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573});
      const std::vector<Real50> x50(x.begin(), x.end());
      return std::vector<Minimum>{{x, static_cast<double>(p.value<Real50>(x50))}};
    }();
    return kMinima;
  }
  Box domain(int n) const { return Box::uniform(n, 0.0, 1.0); }

  template <class T>
  T value(std::span<const T> x) const {
    using std::exp;
    T f(0);
    for (int i = 0; i < kTerms; ++i) f -= ratio<T>(kTenAlpha[i], 10) * exp(-exponent(x, i));
    return f;
  }

  // With e_i = alpha_i exp(-q_i): df/dx_j = sum_i 2 e_i A_ij (x_j - P_ij).
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    using std::exp;
    for (auto& gj : g) gj = T(0);
    for (int i = 0; i < kTerms; ++i) {
      const T e = ratio<T>(kTenAlpha[i], 10) * exp(-exponent(x, i));
      for (int j = 0; j < kDim; ++j) g[j] += T(2) * e * weight<T>(i, j) * (x[j] - center<T>(i, j));
    }
  }

  //   H_jk = sum_i e_i [2 A_ij delta_jk - 4 A_ij A_ik (x_j - P_ij)(x_k - P_ik)].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    using std::exp;
    h.fill(T(0));
    for (int i = 0; i < kTerms; ++i) {
      const T e = ratio<T>(kTenAlpha[i], 10) * exp(-exponent(x, i));
      for (int j = 0; j < kDim; ++j) {
        const T dj = weight<T>(i, j) * (x[j] - center<T>(i, j));
        for (int k = 0; k < kDim; ++k) h(j, k) -= T(4) * e * dj * weight<T>(i, k) * (x[k] - center<T>(i, k));
        h(j, j) += T(2) * e * weight<T>(i, j);
      }
    }
  }

 private:
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
GRADLAB_REGISTER_PROBLEM(Hartmann6);
}  // namespace gradlab::classic
