// A suite turns one config section into named cases, and cases into records.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/record.h"

namespace gradlab {

// Settings that come from the command line or the config's top level.
struct RunSettings {
  std::uint64_t seed = 0;
};

// Work the executor schedules: produces the records of `cases` (indices into
// the suite's case_names()), in that order.
struct Job {
  std::vector<std::size_t> cases;
  // Timing jobs must not share the machine with other work.
  bool exclusive = false;
  std::function<std::vector<Record>()> run;
};

class Suite {
 public:
  explicit Suite(std::string name) : name_(std::move(name)) {}
  virtual ~Suite() = default;

  const std::string& name() const { return name_; }
  virtual std::string_view kind() const = 0;

  // Hierarchical case ids in a stable order (the order records are reported).
  virtual const std::vector<std::string>& case_names() const = 0;
  // The jobs producing the selected cases' records; `selected` is sorted.
  virtual std::vector<Job> jobs(const std::vector<std::size_t>& selected) const = 0;
  // Case `index`'s identity (suite, kind, name, problem, n, backend, point),
  // verdict not yet set: what an error record for it starts from.
  virtual Record case_record(std::size_t index) const = 0;

 protected:
  // One job per selected case, each running `run(index)`.
  std::vector<Job> job_per_case(const std::vector<std::size_t>& selected,
                                std::function<Record(std::size_t)> run) const;

 private:
  std::string name_;
};

struct SuiteKindInfo {
  std::string kind;
  std::string description;
  std::string keys;  // the config keys it accepts
};
const std::vector<SuiteKindInfo>& suite_kind_infos();
std::vector<std::string> suite_kinds();
// Builds a suite from its config section; throws ConfigError with JSON paths.
std::unique_ptr<Suite> make_suite(const Json& section, const std::string& path, const RunSettings& settings);

}  // namespace gradlab
