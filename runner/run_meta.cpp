#include "runner/run_meta.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <thread>

#include "core/build_info.h"

namespace gradlab {

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("model name", 0) == 0) {
      if (auto colon = line.find(':'); colon != std::string::npos) {
        auto v = line.substr(colon + 1);
        v.erase(0, v.find_first_not_of(' '));
        return v;
      }
    }
  }
  return "unknown";
}

namespace {
std::string utc_format(const char* format) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}
}  // namespace

std::string utc_timestamp_iso() { return utc_format("%Y-%m-%dT%H:%M:%SZ"); }
std::string utc_timestamp_compact() { return utc_format("%Y%m%dT%H%M%SZ"); }

Json run_meta(const RunMetaInput& in) {
  Json m;
  m["gradlab_version"] = build::kVersion;
  m["git_commit"] = build::kGitCommit;
  m["compiler"] = build::kCompilerId;
  m["compiler_version"] = build::kCompilerVersion;
  m["cxx_flags"] = build::kCxxFlags;
  m["build_type"] = build::kBuildType;
  m["cpu_model"] = cpu_model();
  m["cores"] = std::thread::hardware_concurrency();
  m["utc_time"] = utc_timestamp_iso();
  m["seed"] = in.seed;
  m["run_id"] = in.run_id;
  m["jobs"] = in.jobs;
  m["filter"] = in.filter ? Json(*in.filter) : Json(nullptr);
  m["config_path"] = in.config_path;
  m["config"] = in.config ? *in.config : Json::object();
  return m;
}

}  // namespace gradlab
