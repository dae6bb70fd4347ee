// accuracy: each case compares one backend's derivative at one point with the
// 50-digit reference and judges it against the backend's tolerance. The
// derivative is the gradient, the Hessian, or directional derivatives along
// seeded random directions (the backend's own JVP, or its gradient projected
// onto the directions), which check a gradient of any n in O(1) evaluations.
#pragma once

#include <map>

#include "suites/selection.h"
#include "suites/suite.h"

namespace gradlab {

enum class DerivativeCheck { kGradient, kHessian, kJvp, kProjection };
std::string_view to_string(DerivativeCheck d);

struct AccuracyCase {
  const Problem* problem;
  int n;
  const Backend* backend;
  PointSpec point;
};

class AccuracySuite final : public Suite {
 public:
  AccuracySuite(const Json& section, const std::string& path, const RunSettings& settings);

  std::string_view kind() const override { return "accuracy"; }
  const std::vector<std::string>& case_names() const override { return names_; }
  std::vector<Job> jobs(const std::vector<std::size_t>& selected) const override;
  Record case_record(std::size_t index) const override;

  // Exposed for tests: the record for one case (its name left empty).
  Record run_case(const AccuracyCase& c) const;
  const std::vector<AccuracyCase>& cases() const { return cases_; }

 private:
  double tolerance_for(const Backend& b) const;
  Record identity(const AccuracyCase& c) const;
  // Each fills rec's metrics and returns the verdict and message.
  std::pair<Verdict, std::string> check_gradient(const AccuracyCase& c, std::span<const double> x,
                                                 Record& rec) const;
  std::pair<Verdict, std::string> check_hessian(const AccuracyCase& c, std::span<const double> x,
                                                Record& rec) const;
  std::pair<Verdict, std::string> check_directional(const AccuracyCase& c, std::span<const double> x,
                                                    Record& rec) const;

  std::vector<std::unique_ptr<Backend>> backends_;
  std::map<std::string, double> tolerances_;  // by backend instance name
  double floor_factor_ = 1;
  DerivativeCheck derivative_ = DerivativeCheck::kGradient;
  int directions_ = 4;
  // A failed directional check compares the full gradient too, up to this n.
  int full_check_max_n_ = 10000;
  std::uint64_t seed_ = 0;
  std::vector<AccuracyCase> cases_;
  std::vector<std::string> names_;
};

}  // namespace gradlab
