// The automatic-differentiation scalar types core/scalar.h declares, defined:
// EigenAd (Eigen's AutoDiffScalar<VectorXd>) and ADOL-C's adouble, with the
// math functions written for them. Included by functions/registry.h, which
// instantiates every catalog problem for them, and by the backends that
// evaluate with them.
#pragma once

#include "core/adolc_math.h"
#include "core/eigen_ad.h"
#include "core/scalar.h"
