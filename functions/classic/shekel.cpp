// The Shekel function with m = 5, 7 or 10 terms (Surjanovic & Bingham, Virtual
// Library of Simulation Experiments):
//   f(x) = -sum_{i=1}^{m} (sum_{j=1}^{4} (x_j - C_ji)^2 + beta_i)^(-1),
// beta = (1, 2, 2, 4, 4, 6, 3, 7, 5, 5) / 10 and C the 4 x 10 matrix below.
#include <stdexcept>

#include "functions/classic/start_points.h"
#include "functions/newton_polish.h"
#include "functions/registry.h"

namespace gradlab::classic {
namespace {

constexpr int kDim = 4;
constexpr int kMaxTerms = 10;
// C_ji times 5, so that the entries 3.6 are integers too.
constexpr int kFiveC[kDim][kMaxTerms] = {{20, 5, 40, 30, 15, 10, 25, 40, 30, 35},
                                         {20, 5, 40, 30, 35, 45, 15, 5, 10, 18},
                                         {20, 5, 40, 30, 15, 10, 25, 40, 30, 35},
                                         {20, 5, 40, 30, 35, 45, 15, 5, 10, 18}};
constexpr int kTenBeta[kMaxTerms] = {1, 2, 2, 4, 4, 6, 3, 7, 5, 5};

struct Shekel {
  static constexpr bool kComplexSafe = true;

  static std::vector<ParameterSpec> parameter_specs() {
    return {{.name = "m",
             .default_value = 10,
             .min_value = 5,
             .max_value = 10,
             .integer = true,
             .description = "number of terms: 5, 7 or 10 (the three published variants)",
             .allowed_values = {5, 7, 10}}};
  }

  explicit Shekel(const ProblemParameters& p) : m_(p.integer("m")) {
    // Newton from the published (4, 4, 4, 4), which is within 1e-3 of the minimizer for each m.
    const std::vector<double> x = polish_minimizer(*this, {4.0, 4.0, 4.0, 4.0});
    const std::vector<Real50> x50(x.begin(), x.end());
    minimum_ = {x, static_cast<double>(value<Real50>(x50))};
  }

  ProblemInfo info() const {
    return {.name = "shekel",
            .family = "classic",
            .source =
                "J. Shekel, Test functions for multimodal search techniques, Fifth Annual Princeton "
                "Conference on Information Science and Systems, 1971; coefficients as in Surjanovic & "
                "Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano/shekel.html)",
            .dimension = Dimension::fixed(kDim),
            .tags = {Tag::kSmooth, Tag::kMultimodal},
            .notes =
                "one well per term, at column i of C. VLSE quotes x* = (4, 4, 4, 4) with f* = -10.1532, "
                "-10.4029, -10.5364 for m = 5, 7, 10; the other wells shift the true minimizer by up to "
                "8e-4 from (4, 4, 4, 4), so x* here is found by Newton's method in 50 digits from there "
                "and f* evaluated at it (it agrees with VLSE's f* to the digits quoted)"};
  }

  std::vector<double> x0(int n) const { return staircase_start(n); }
  std::vector<Minimum> minima(int /*n*/) const { return {minimum_}; }
  Box domain(int n) const { return Box::uniform(n, 0.0, 10.0); }

  template <class T>
  T value(std::span<const T> x) const {
    T f(0);
    for (int i = 0; i < m_; ++i) f -= T(1) / well(x, i);
    return f;
  }

  // With t_i = |x - c_i|^2 + beta_i: df/dx_j = sum_i 2 (x_j - c_ij) / t_i^2.
  template <class T>
  void gradient(std::span<const T> x, std::span<T> g) const {
    for (auto& gj : g) gj = T(0);
    for (int i = 0; i < m_; ++i) {
      const T t = well(x, i);
      const T w = T(2) / (t * t);
      for (int j = 0; j < kDim; ++j) g[j] += w * (x[j] - center<T>(j, i));
    }
  }

  //   H_jk = sum_i [2 delta_jk / t_i^2 - 8 (x_j - c_ij)(x_k - c_ik) / t_i^3].
  template <class T>
  void hessian(std::span<const T> x, MatrixRef<T> h) const {
    h.fill(T(0));
    for (int i = 0; i < m_; ++i) {
      const T t = well(x, i);
      const T w2 = T(2) / (t * t);
      const T w3 = T(8) / (t * t * t);
      for (int j = 0; j < kDim; ++j) {
        const T dj = x[j] - center<T>(j, i);
        for (int k = 0; k < kDim; ++k) h(j, k) -= w3 * dj * (x[k] - center<T>(k, i));
        h(j, j) += w2;
      }
    }
  }

 private:
  template <class T>
  static T center(int j, int i) {
    return ratio<T>(kFiveC[j][i], 5);
  }

  template <class T>
  static T well(std::span<const T> x, int i) {
    T t = ratio<T>(kTenBeta[i], 10);
    for (int j = 0; j < kDim; ++j) {
      const T d = x[j] - center<T>(j, i);
      t += d * d;
    }
    return t;
  }

  int m_;
  Minimum minimum_;
};

}  // namespace
GRADLAB_REGISTER_PROBLEM(Shekel);
}  // namespace gradlab::classic
