// Facts about the machine, the build and the run, recorded in results.json.
#pragma once

#include <optional>
#include <string>

#include "core/record.h"

namespace gradlab {

std::string cpu_model();
std::string utc_timestamp_iso();      // 2026-11-24T15:01:02Z
std::string utc_timestamp_compact();  // 20261124T150102Z

struct RunMetaInput {
  std::string run_id;
  std::string config_path;
  const Json* config = nullptr;
  std::uint64_t seed = 0;
  int jobs = 1;
  std::optional<std::string> filter;
};

Json run_meta(const RunMetaInput& in);

}  // namespace gradlab
