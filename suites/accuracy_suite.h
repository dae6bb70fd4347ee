// accuracy: each case compares one backend's gradient at one point with the
// 50-digit reference and judges it against the backend's tolerance.
#pragma once

#include <map>

#include "suites/selection.h"
#include "suites/suite.h"

namespace gradlab {

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

  std::vector<std::unique_ptr<Backend>> backends_;
  std::map<std::string, double> tolerances_;  // by backend instance name
  double floor_factor_ = 1;
  std::uint64_t seed_ = 0;
  std::vector<AccuracyCase> cases_;
  std::vector<std::string> names_;
};

}  // namespace gradlab
