#include "reporters/json_reporter.h"

#include <stdexcept>
#include <system_error>

#include "reporters/atomic_file.h"

namespace gradlab {

namespace fs = std::filesystem;

namespace {

void create_directory_or_throw(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create directory " + dir.string() + ": " + ec.message());
  if (!fs::is_directory(dir, ec))
    throw std::runtime_error("cannot create directory " + dir.string() + ": not a directory");
}

}  // namespace

JsonReporter::JsonReporter(fs::path results_root) : root_(std::move(results_root)) {}

fs::path JsonReporter::run_directory() const { return root_ / info_.run_id; }

fs::path JsonReporter::results_file() const { return run_directory() / "results.json"; }

void JsonReporter::on_run_start(const RunInfo& info) {
  // An empty or path-like id would write into results_root itself or elsewhere.
  if (info.run_id.empty() || info.run_id == "." || info.run_id == ".." ||
      info.run_id.find('/') != std::string::npos) {
    throw std::runtime_error("invalid run id \"" + info.run_id + "\" for " + root_.string());
  }
  info_ = info;
  records_ = Json::array();
  create_directory_or_throw(run_directory());
}

void JsonReporter::on_record(const Record& record) { records_.push_back(to_json(record)); }

Json results_document(const RunInfo& info, const RunSummary& summary, const Json& records) {
  Json doc;
  doc["schema_version"] = JsonReporter::kSchemaVersion;
  doc["meta"] = info.meta;
  const VerdictCounts& c = summary.counts;
  doc["summary"] = {{"pass", c.pass},
                    {"fail", c.fail},
                    {"not_applicable", c.not_applicable},
                    {"error", c.error},
                    {"total", c.total()},
                    {"wall_seconds", summary.wall_seconds},
                    {"exit_code", summary.exit_code}};
  Json suites = Json::array();
  for (const SuiteInfo& s : info.suites)
    suites.push_back({{"name", s.name}, {"kind", s.kind}, {"cases", s.cases}});
  doc["suites"] = std::move(suites);
  doc["records"] = records;
  return doc;
}

void JsonReporter::on_run_end(const RunSummary& summary) {
  create_directory_or_throw(run_directory());
  // nlohmann writes NaN and ±Inf as null (the schema allows null wherever a
  // computed double can be non-finite). Messages may quote bytes from a
  // backend or an exception: replacing invalid UTF-8 beats throwing away the
  // results of a whole run.
  const std::string text =
      results_document(info_, summary, records_).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  write_file_atomically(results_file(), text);
  replace_symlink_atomically(root_ / "latest", info_.run_id);
}

}  // namespace gradlab
