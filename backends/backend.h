// A gradient backend: one way of computing the gradient of a catalog problem.
// Backends never throw across this seam for a bad number; they return a Status.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"
#include "functions/problem.h"

namespace gradlab {

enum class BackendFamily { kAnalytic, kFiniteDifference, kComplexStep, kAutodiff };
std::string_view to_string(BackendFamily f);

struct EvalCount {
  long long value = 0;     // evaluations of f (in whatever scalar type)
  long long gradient = 0;  // evaluations of the problem's own gradient
  long long total() const { return value + gradient; }
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
  Status gradient(const Problem& problem, std::span<const double> x, std::span<double> g,
                  EvalCount& count) const;

 protected:
  virtual Status applicable(const Problem&) const { return Status::ok(); }
  virtual void compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                       EvalCount& count) const = 0;

 private:
  std::string name_;
};

}  // namespace gradlab
