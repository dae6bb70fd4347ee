// The reference derivatives: the problem's analytic formulas evaluated in 50
// digits and rounded once to double.
#pragma once

#include <span>
#include <vector>

#include "functions/problem.h"

namespace gradlab {

std::vector<Real50> to_real50(std::span<const double> x);

double reference_value(const Problem& problem, std::span<const double> x);
// The analytic gradient in 50 digits, not yet rounded.
std::vector<Real50> reference_gradient_50(const Problem& problem, std::span<const double> x);
std::vector<double> reference_gradient(const Problem& problem, std::span<const double> x);
// Row-major n x n.
std::vector<double> reference_hessian(const Problem& problem, std::span<const double> x);

}  // namespace gradlab

namespace gradlab {
// The scale S a gradient is judged against at x: the larger of |r(x)|_inf and
// |r(x0)|_inf, so a stationary point (r = 0) still has the problem's natural
// gradient scale. Components smaller than S are judged by absolute error.
double gradient_scale(const Problem& problem, std::span<const double> reference_gradient_at_x);
// The same for a Hessian (n x n, row-major): the largest entry magnitude of
// the reference Hessian at x and at x0.
double hessian_scale(const Problem& problem, int n, std::span<const double> reference_hessian_at_x);
}  // namespace gradlab
