// timing: Google Benchmark measurements of one value and one gradient per
// problem x backend x n, the ratio gradient/value, and Google Benchmark's
// complexity fit over the n sweep of scalable problems.
#pragma once

#include "suites/selection.h"
#include "suites/suite.h"

namespace gradlab {

struct TimingCase {
  const Problem* problem;
  int n;  // 0 for a complexity-fit case
  const Backend* backend;
};

class TimingSuite final : public Suite {
 public:
  TimingSuite(const Json& section, const std::string& path, const RunSettings& settings);

  std::string_view kind() const override { return "timing"; }
  const std::vector<std::string>& case_names() const override { return names_; }
  std::vector<Job> jobs(const std::vector<std::size_t>& selected) const override;
  Record case_record(std::size_t index) const override;

 private:
  std::vector<Record> run_problem(const Problem* problem, const std::vector<std::size_t>& cases) const;

  std::vector<std::unique_ptr<Backend>> backends_;
  double min_time_ = 0.01;
  std::vector<TimingCase> cases_;
  std::vector<std::string> names_;
};

}  // namespace gradlab
