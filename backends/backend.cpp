#include "backends/backend.h"

#include <cmath>
#include <exception>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace gradlab {

std::string_view to_string(BackendFamily f) {
  switch (f) {
    case BackendFamily::kAnalytic: return "analytic";
    case BackendFamily::kFiniteDifference: return "finite-difference";
    case BackendFamily::kComplexStep: return "complex-step";
    case BackendFamily::kAutodiff: return "autodiff";
    case BackendFamily::kExternal: return "external";
  }
  return "unknown";
}

namespace {

// Runs `body`, turning exceptions into an error status naming the backend kind.
template <class Body>
Status guarded(std::string_view kind, Body&& body) {
  try {
    body();
  } catch (const BackendFailure& e) {
    return Status::error(e.what());
  } catch (const std::exception& e) {
    return Status::error(std::string(kind) + " threw: " + e.what());
  } catch (...) {
    return Status::error(std::string(kind) + " threw a non-standard exception");
  }
  return Status::ok();
}

Status check_finite(std::string_view what, std::span<const double> v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!std::isfinite(v[i])) {
      return Status::non_finite(std::string(what) + "[" + std::to_string(i) + "] = " + std::to_string(v[i]));
    }
  }
  return Status::ok();
}

}  // namespace

Status Backend::gradient(const Problem& problem, std::span<const double> x, std::span<double> g,
                         EvalCount& count, GradientExtras* extras) const {
  if (Status s = applicable(problem); !s.is_ok()) return s;
  GradientExtras ignored;
  if (Status s = guarded(kind(), [&] { compute(problem, x, g, count, extras ? *extras : ignored); });
      !s.is_ok()) {
    return s;
  }
  return check_finite("gradient", g);
}

Status Backend::hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                        EvalCount& count) const {
  if (!provides_hessian()) return Status::not_applicable(name() + " computes no Hessians");
  if (Status s = applicable(problem); !s.is_ok()) return s;
  if (Status s = guarded(kind(), [&] { compute_hessian(problem, x, h, count); }); !s.is_ok()) return s;
  return check_finite("hessian", h.flat());
}

Status Backend::directional_derivative(const Problem& problem, std::span<const double> x,
                                       std::span<const double> v, double& derivative,
                                       EvalCount& count) const {
  if (Status s = applicable(problem); !s.is_ok()) return s;
  if (Status s = guarded(kind(), [&] { derivative = compute_directional(problem, x, v, count); });
      !s.is_ok()) {
    return s;
  }
  return check_finite("directional derivative", std::span<const double>(&derivative, 1));
}

void Backend::compute_hessian(const Problem&, std::span<const double>, MatrixRef<double>, EvalCount&) const {
  throw std::logic_error(name() + " computes no Hessians");
}

double Backend::compute_directional(const Problem& problem, std::span<const double> x,
                                    std::span<const double> v, EvalCount& count) const {
  std::vector<double> g(x.size());
  GradientExtras ignored;
  compute(problem, x, g, count, ignored);
  double d = 0;
  for (std::size_t i = 0; i < g.size(); ++i) d += g[i] * v[i];
  return d;
}

}  // namespace gradlab
