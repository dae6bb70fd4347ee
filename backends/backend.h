// A gradient backend: one way of computing the gradient of a catalog problem.
// Backends never throw across this seam for a bad number; they return a Status.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"
#include "functions/problem.h"

namespace gradlab {

enum class BackendFamily { kAnalytic, kFiniteDifference, kComplexStep, kAutodiff, kExternal };
std::string_view to_string(BackendFamily f);

struct EvalCount {
  long long value = 0;     // evaluations of f (in whatever scalar type)
  long long gradient = 0;  // evaluations of the problem's own gradient
  long long total() const { return value + gradient; }
};

// Thrown by compute() for a failure the backend has already described in full
// (an external process that crashed, a plugin's error reply): the status
// message is its text as is, not "<kind> threw: ...".
class BackendFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What a backend may report beside the gradient; the accuracy suite stores
// each part that is present in the case's record.
struct GradientExtras {
  // Finite differences: the step h_i actually used for coordinate i.
  std::vector<double> steps;
  // Extrapolation: the backend's own estimate of |g_i - true g_i|, to be
  // compared with the true error.
  std::vector<double> error_estimates;
  // External backends: the time the backend measured for the call itself,
  // so that protocol overhead can be reported apart from it.
  std::optional<double> self_timed_seconds;
};

class Backend {
 public:
  explicit Backend(std::string name) : name_(std::move(name)) {}
  virtual ~Backend() = default;

  // The instance name (a config may rename an instance, e.g. fd-central-h1e-4).
  const std::string& name() const { return name_; }
  virtual std::string_view kind() const = 0;
  virtual BackendFamily family() const = 0;
  // The tolerance on the max mixed relative error used when the config names
  // none; docs/accuracy.md justifies each.
  virtual double default_tolerance() const = 0;
  // The parameters this instance runs with, recorded in results.
  virtual Json settings() const { return Json::object(); }

  // g = grad f(x). Checks applicability first, turns exceptions into kError
  // and non-finite components into kNonFinite.
  Status gradient(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
                  GradientExtras* extras = nullptr) const;

  // Second order. A backend that computes Hessians overrides
  // provides_hessian() and compute_hessian(); h is n x n, row-major. Same
  // status rules as gradient().
  virtual bool provides_hessian() const { return false; }
  Status hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                 EvalCount& count) const;

  // The directional derivative D_v f(x) = grad f(x) . v. Backends with a
  // native one (a difference along v, one forward pass seeded with v) override
  // compute_directional() and say so here, so that the gradient of a large
  // problem can be checked in O(1) evaluations; the others take the gradient
  // and dot it with v.
  virtual bool has_native_directional() const { return false; }
  Status directional_derivative(const Problem& problem, std::span<const double> x, std::span<const double> v,
                                double& derivative, EvalCount& count) const;

  // Whether, at a problem's kinks, this backend returns the subgradient the
  // problem's kink_convention names: then it is checked there; otherwise
  // accuracy at a kink is not applicable. A config declares it per instance
  // ("follows_kink_convention": true for every problem's convention, or the
  // list of conventions followed); the analytic backend follows every one by
  // definition.
  bool follows_kink_convention(const std::string& convention) const {
    if (!followed_conventions_.empty()) {
      return std::find(followed_conventions_.begin(), followed_conventions_.end(), convention) !=
             followed_conventions_.end();
    }
    return follows_every_convention_.value_or(default_follows_kink_convention());
  }
  void declare_kink_convention(bool follows_every) {
    follows_every_convention_ = follows_every;
    followed_conventions_.clear();
  }
  void declare_kink_conventions(std::vector<std::string> conventions) {
    follows_every_convention_ = false;
    followed_conventions_ = std::move(conventions);
  }

 protected:
  virtual bool default_follows_kink_convention() const { return false; }
  virtual Status applicable(const Problem&) const { return Status::ok(); }
  virtual void compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                       EvalCount& count, GradientExtras& extras) const = 0;
  // Only called when provides_hessian().
  virtual void compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                               EvalCount& count) const;
  // The default dots compute()'s gradient with v.
  virtual double compute_directional(const Problem& problem, std::span<const double> x,
                                     std::span<const double> v, EvalCount& count) const;

 private:
  std::string name_;
  std::optional<bool> follows_every_convention_;
  std::vector<std::string> followed_conventions_;
};

}  // namespace gradlab
