#include "suites/suite.h"

#include "core/json_reader.h"
#include "suites/accuracy_suite.h"
#include "suites/convergence_suite.h"
#include "suites/timing_suite.h"

namespace gradlab {

std::vector<Job> Suite::job_per_case(const std::vector<std::size_t>& selected,
                                     std::function<Record(std::size_t)> run) const {
  std::vector<Job> out;
  for (std::size_t i : selected) {
    out.push_back({{i}, false, [run, i] { return std::vector<Record>{run(i)}; }});
  }
  return out;
}

const std::vector<SuiteKindInfo>& suite_kind_infos() {
  static const std::vector<SuiteKindInfo> kKinds = {
      {"accuracy", "each backend's gradient vs the 50-digit reference at x0, known minima, random points",
       "problems, backends, dimensions, points{x0,minima,random,named}, tolerances{backend: tol}, floor"},
      {"convergence", "L-BFGS and gradient descent (Armijo) driven by each backend's gradient",
       "problems, backends, dimensions, optimizers, starts{x0,minima,random,named}, "
       "optimizer{max_iterations,gtol,ftol,lbfgs_memory,c1,c2,trace}"},
      {"timing", "Google Benchmark: one value, one gradient, ratio, complexity over the n sweep",
       "problems, backends, dimensions, min_time"},
  };
  return kKinds;
}

std::vector<std::string> suite_kinds() {
  std::vector<std::string> out;
  for (const auto& k : suite_kind_infos()) out.push_back(k.kind);
  return out;
}

std::unique_ptr<Suite> make_suite(const Json& section, const std::string& path, const RunSettings& settings) {
  JsonReader r(section, path);
  const auto kind = r.string("kind");
  if (!kind) throw ConfigError(r.path_of("kind"), "missing (required; valid: " + join(suite_kinds()) + ")");
  if (const auto name = r.string("name")) {
    check_name_part(r.path_of("name"), "suite", *name);
  }
  if (*kind == "accuracy") return std::make_unique<AccuracySuite>(section, path, settings);
  if (*kind == "convergence") return std::make_unique<ConvergenceSuite>(section, path, settings);
  if (*kind == "timing") return std::make_unique<TimingSuite>(section, path, settings);
  throw unknown_name(r.path_of("kind"), "suite kind", *kind, suite_kinds());
}

}  // namespace gradlab
