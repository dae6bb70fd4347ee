// Runs the selected cases of every suite: ordinary jobs on a pool of
// threads, then exclusive (timing) jobs one at a time on an idle machine.
// Records come back in case order whatever the number of threads.
#pragma once

#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "runner/config.h"

namespace gradlab {

struct SelectedCases {
  // Per suite, the indices of the cases --filter kept.
  std::vector<std::vector<std::size_t>> per_suite;
  std::size_t total = 0;
};

SelectedCases select_cases(const RunConfig& config, const std::optional<std::regex>& filter);

// Called after each finished job with (cases done, cases selected).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

std::vector<Record> execute(const RunConfig& config, const SelectedCases& selected, int threads,
                            const ProgressFn& progress = {});

}  // namespace gradlab
