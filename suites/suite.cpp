#include "suites/suite.h"

#include "core/json_reader.h"
#include "suites/accuracy_suite.h"
#include "suites/convergence_suite.h"
#include "suites/timing_suite.h"

namespace gradlab {

std::vector<std::string> suite_kinds() { return {"accuracy", "convergence", "timing"}; }

std::unique_ptr<Suite> make_suite(const Json& section, const std::string& path, const RunSettings& settings) {
  JsonReader r(section, path);
  const auto kind = r.string("kind");
  if (!kind) throw ConfigError(r.path_of("kind"), "missing (required; valid: " + join(suite_kinds()) + ")");
  if (const auto name = r.string("name")) {
    if (name->empty() || name->find_first_of("/ \t") != std::string::npos) {
      throw ConfigError(r.path_of("name"),
                        "a suite name must be non-empty without '/' or spaces, got \"" + *name + "\"");
    }
  }
  if (*kind == "accuracy") return std::make_unique<AccuracySuite>(section, path, settings);
  if (*kind == "convergence") return std::make_unique<ConvergenceSuite>(section, path, settings);
  if (*kind == "timing") return std::make_unique<TimingSuite>(section, path, settings);
  std::string msg = "unknown suite kind \"" + *kind + "\"";
  if (auto near = nearest(*kind, suite_kinds()); !near.empty()) msg += "; did you mean \"" + near + "\"?";
  throw ConfigError(r.path_of("kind"), msg + " (valid: " + join(suite_kinds()) + ")");
}

}  // namespace gradlab
