// Writes <results_root>/<run_id>/results.json (see schemas/results.schema.json)
// and points <results_root>/latest at the run directory.
#pragma once

#include <filesystem>
#include <vector>

#include "reporters/reporter.h"

namespace gradlab {

class JsonReporter final : public Reporter {
 public:
  static constexpr int kSchemaVersion = 1;

  explicit JsonReporter(std::filesystem::path results_root);

  // Creates the run directory already here, so an unwritable --out fails
  // before the run rather than after it. Throws std::runtime_error.
  void on_run_start(const RunInfo& info) override;
  void on_record(const Record& record) override;
  // Writes results.json atomically, then replaces `latest`. Throws
  // std::runtime_error naming the path on any failure.
  void on_run_end(const RunSummary& summary) override;

  // <results_root>/<run_id>/results.json; valid after on_run_end.
  std::filesystem::path results_file() const;
  std::filesystem::path run_directory() const;

 private:
  std::filesystem::path root_;
  RunInfo info_;
  Json records_ = Json::array();
};

// The whole results.json document; exposed for tests and for tools that
// build one from records. Non-finite numbers are written as null.
Json results_document(const RunInfo& info, const RunSummary& summary, const Json& records);

}  // namespace gradlab
