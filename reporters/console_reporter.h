// Human-readable summary on a terminal: one table per suite, then every
// failure with the numbers needed to act on it, then one line of totals.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "reporters/reporter.h"

namespace gradlab {

class ConsoleReporter final : public Reporter {
 public:
  // `color`: emit ANSI colours; the caller decides (isatty), so redirected
  // output and tests stay plain.
  ConsoleReporter(std::ostream& out, bool color);

  void on_run_start(const RunInfo& info) override;
  void on_record(const Record& record) override;
  void on_run_end(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  bool color_;
  RunInfo info_;
  std::vector<Record> records_;
};

// 3 significant digits in ns, µs, ms or s: "812 ns", "1.23 µs", "45.6 ms".
std::string format_nanoseconds(double ns);

}  // namespace gradlab
