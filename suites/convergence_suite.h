// convergence: each case runs one optimizer from one start, driven by one
// backend's gradient, and records how (and whether) it converged.
#pragma once

#include "optimizers/optimizer.h"
#include "suites/selection.h"
#include "suites/suite.h"

namespace gradlab {

enum class OptimizerKind { kLbfgs, kGradientDescent };

// NIST's LRE of x against a known minimizer (see convergence_suite.cpp).
double log_relative_error(std::span<const double> x, const Minimum& m);

struct ConvergenceCase {
  const Problem* problem;
  int n;
  const Backend* backend;
  OptimizerKind optimizer;
  PointSpec start;
};

class ConvergenceSuite final : public Suite {
 public:
  ConvergenceSuite(const Json& section, const std::string& path, const RunSettings& settings);

  std::string_view kind() const override { return "convergence"; }
  const std::vector<std::string>& case_names() const override { return names_; }
  std::vector<Job> jobs(const std::vector<std::size_t>& selected) const override;
  Record case_record(std::size_t index) const override;

  Record run_case(const ConvergenceCase& c) const;
  const std::vector<ConvergenceCase>& cases() const { return cases_; }

 private:
  std::vector<std::unique_ptr<Backend>> backends_;
  Record identity(const ConvergenceCase& c) const;

  OptimizerSettings settings_;
  std::uint64_t seed_ = 0;
  std::vector<ConvergenceCase> cases_;
  std::vector<std::string> names_;
};

}  // namespace gradlab
