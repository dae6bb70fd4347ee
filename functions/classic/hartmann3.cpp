// The three-dimensional Hartmann function (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = -sum_{i=1}^{4} alpha_i exp(-sum_{j=1}^{3} A_ij (x_j - P_ij)^2),
// alpha = (1, 1.2, 3, 3.2) and A, P the tables below.
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kDim = 3;
constexpr int kTerms = 4;
constexpr int kTenAlpha[kTerms] = {10, 12, 30, 32};
constexpr int kTenA[kTerms][kDim] = {{30, 100, 300}, {1, 100, 350}, {30, 100, 300}, {1, 100, 350}};
constexpr int kTenThousandP[kTerms][kDim] = {
    {3689, 1170, 2673}, {4699, 4387, 7470}, {1091, 8732, 5547}, {381, 5743, 8828}};

struct Hartmann3 {
  static constexpr bool kComplexSafe = true;

  ProblemInfo info() const {
    return {.name = "hartmann3",
            .family = "classic",
            .source =
                "J. K. Hartman, Some experiments in global optimization, Naval Research Logistics "
                "Quarterly 20(3):569-576, 1973; coefficients of L. C. W. Dixon and G. P. Szego, Towards "
                "Global Optimisation 2, North-Holland, 1978, as in Surjanovic & Bingham, Virtual Library "
                "of Simulation Experiments (sfu.ca/~ssurjano/hart3.html)",
            .dimension = Dimension::fixed(kDim),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "on [0, 1]^3, with four local minima. VLSE quotes x* = (0.114614, 0.555649, 0.852547), "
                "f* = -3.86278; the gradient there is 3e-5 (the true x1 is 0.1145889), so x* "
                "here is Newton's method in 50 digits from the quoted point and f* is evaluated at it "
                "(-3.862779787..., matching VLSE's f*)"};
  }

  // The centre of the box.
  std::vector<double> x0(int n) const { return std::vector<double>(n, 0.5); }
  std::vector<Minimum> minima(int /*n*/) const {
    static const std::vector<Minimum> kMinima = [] {
      const Hartmann3 p;
      const std::vector<double> x = polish_minimizer(p, {0.114614, 0.555649, 0.852547});
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
    return ratio<T>(kTenA[i][j], 10);
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
GRADLAB_REGISTER_PROBLEM(Hartmann3);
}  // namespace gradlab::classic
