// 50-digit forward automatic differentiation of a problem's value: the
// independent oracle that proves each hand-derived gradient and Hessian.
#pragma once

#include <vector>

#include "functions/problem.h"

namespace gradlab {

// d f / d x_i by one Fvar50 pass per coordinate.
std::vector<Real50> ad_gradient_50(const Problem& problem, const std::vector<Real50>& x);
// d f_i / d x_k of a finite sum's term i, the same way.
std::vector<Real50> ad_sample_gradient_50(const Problem& problem, int sample, const std::vector<Real50>& x);
// Row-major H_ij from nested first-order duals: x_i seeded at the outer
// level, x_j at the inner one (both for i == j); n(n+1)/2 passes.
std::vector<Real50> ad_hessian_50(const Problem& problem, const std::vector<Real50>& x);

}  // namespace gradlab
