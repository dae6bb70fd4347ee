// Backends by name: what kinds exist, and building an instance from a config
// entry (a kind name, or an object with "kind", an optional "name" and the
// kind's parameters).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "backends/backend.h"

namespace gradlab {

struct BackendKindInfo {
  std::string kind;
  BackendFamily family;
  std::string description;
  std::string parameters;  // the config keys it accepts, for `gradlab list backends`
};

const std::vector<BackendKindInfo>& backend_kinds();
std::vector<std::string> backend_kind_names();

// Throws ConfigError naming `path` (e.g. "suites[0].backends[2]").
std::unique_ptr<Backend> make_backend(const Json& spec, const std::string& path);

}  // namespace gradlab
