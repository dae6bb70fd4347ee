// Reading a run config: JSON with comments, validated completely before
// anything runs. Every problem is a ConfigError naming the file and the JSON
// path (or line and column for malformed JSON).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "suites/suite.h"

namespace gradlab {

struct RunConfig {
  std::string path;
  std::string name;
  std::uint64_t seed = 0;
  Json document;  // as parsed, comments removed: recorded in results as "the config as run"
  std::vector<std::unique_ptr<Suite>> suites;
};

// Parses JSON text (comments allowed); `origin` names the file in errors.
Json parse_config_text(const std::string& text, const std::string& origin);

// Throws ConfigError("FILE: JSON.PATH", ...).
RunConfig load_config(const std::string& path, std::optional<std::uint64_t> seed_override = std::nullopt);

}  // namespace gradlab
