// Newton's method on a problem's own analytic gradient and Hessian, in double
// or in 50 digits: how the catalog states minimizers the literature gives only
// approximately (or not at all) to full double precision.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <stdexcept>
#include <vector>

#include "core/matrix.h"
#include "core/scalar.h"

namespace gradlab {

// Solves A s = r in place (A row-major n x n) by Gaussian elimination with
// partial pivoting; r becomes s.
template <class R>
void solve_linear(std::vector<R>& a, std::vector<R>& r) {
  using std::abs;
  const std::size_t n = r.size();
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t piv = c;
    for (std::size_t i = c + 1; i < n; ++i) {
      if (abs(a[i * n + c]) > abs(a[piv * n + c])) piv = i;
    }
    if (a[piv * n + c] == 0) throw std::runtime_error("solve_linear: singular Hessian");
    if (piv != c) {
      for (std::size_t k = 0; k < n; ++k) std::swap(a[c * n + k], a[piv * n + k]);
      std::swap(r[c], r[piv]);
    }
    for (std::size_t i = c + 1; i < n; ++i) {
      const R m = a[i * n + c] / a[c * n + c];
      for (std::size_t k = c; k < n; ++k) a[i * n + k] -= m * a[c * n + k];
      r[i] -= m * r[c];
    }
  }
  for (std::size_t c = n; c-- > 0;) {
    for (std::size_t k = c + 1; k < n; ++k) r[c] -= a[c * n + k] * r[k];
    r[c] /= a[c * n + c];
  }
}

// Newton's method in the real type R on the problem's own analytic gradient
// and Hessian, halving the step while f increases, until the Newton step is
// below step_tolerance in the max norm. Near the solution f changes by less
// than R resolves, so an increase of a few thousand ulps is rounding, not
// overshoot, and is accepted.
template <class R, class P>
std::vector<R> newton_minimize(const P& problem, std::vector<R> x, const R& step_tolerance,
                               int max_iterations = 100) {
  using std::abs;
  const std::size_t n = x.size();
  const R rounding_slack = R(10000) * std::numeric_limits<R>::epsilon();
  std::vector<R> g(n), h(n * n), trial(n);
  R f = problem.template value<R>(std::span<const R>(x));
  for (int it = 0; it < max_iterations; ++it) {
    problem.template gradient<R>(std::span<const R>(x), std::span<R>(g));
    problem.template hessian<R>(std::span<const R>(x), MatrixRef<R>(h, n));
    std::vector<R> step = g;
    solve_linear(h, step);
    R step_norm = 0;
    for (const R& s : step) step_norm = std::max(step_norm, R(abs(s)));
    R alpha = 1;
    R f_trial;
    for (int halvings = 0;; ++halvings) {
      for (std::size_t i = 0; i < n; ++i) trial[i] = x[i] - alpha * step[i];
      f_trial = problem.template value<R>(std::span<const R>(trial));
      if (f_trial <= f + rounding_slack * (1 + abs(f))) break;
      if (halvings == 200) throw std::runtime_error("newton_minimize: no decrease along the Newton step");
      alpha /= 2;
    }
    x = trial;
    f = f_trial;
    if (step_norm < step_tolerance) return x;
  }
  throw std::runtime_error("newton_minimize: no convergence");
}

// The minimizer of a smooth problem with a unique nondegenerate minimum, to
// about 50 digits. Newton in double from `start` does the many cheap global
// iterations; Newton in Real50 then needs only about three (quadratic
// convergence: 1e-16, 1e-32, then a step below 1e-40), which keeps the
// problem constructors, run at program start-up, fast.
template <class P>
std::vector<Real50> minimize_to_50_digits(const P& problem, const std::vector<double>& start) {
  const std::vector<double> rough = newton_minimize<double>(problem, start, 1e-10);
  return newton_minimize<Real50>(problem, std::vector<Real50>(rough.begin(), rough.end()), Real50("1e-40"));
}

// A quoted approximate minimizer polished in 50 digits and rounded to double.
template <class P>
std::vector<double> polish_minimizer(const P& problem, const std::vector<double>& quoted) {
  const auto x =
      newton_minimize<Real50>(problem, std::vector<Real50>(quoted.begin(), quoted.end()), Real50("1e-40"));
  std::vector<double> out;
  for (const Real50& v : x) out.push_back(static_cast<double>(v));
  return out;
}

}  // namespace gradlab
