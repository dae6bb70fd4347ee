// Reporters consume the stream of records of one run, shaped like GoogleTest
// listeners and Google Benchmark reporters: one small interface, one class
// per format, events in the order they fire.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/record.h"

namespace gradlab {

struct SuiteInfo {
  std::string name;
  std::string kind;
  std::size_t cases = 0;  // after --filter
};

struct RunInfo {
  std::string run_id;  // e.g. 20261124T150102Z-default
  std::string config_path;
  Json meta;  // see schemas/results.schema.json "meta"
  std::vector<SuiteInfo> suites;
};

struct VerdictCounts {
  std::size_t pass = 0, fail = 0, not_applicable = 0, error = 0;
  void add(Verdict v);
  std::size_t total() const { return pass + fail + not_applicable + error; }
};

struct RunSummary {
  VerdictCounts counts;
  double wall_seconds = 0;
  int exit_code = 0;  // 0 nothing failed, 1 a check failed or errored
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void on_run_start(const RunInfo&) {}
  // Records arrive in case order (suite by suite), whatever --jobs was.
  virtual void on_record(const Record&) {}
  virtual void on_run_end(const RunSummary&) {}
};

}  // namespace gradlab
