#include "runner/executor.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace gradlab {

SelectedCases select_cases(const RunConfig& config, const std::optional<std::regex>& filter) {
  SelectedCases out;
  for (const auto& suite : config.suites) {
    std::vector<std::size_t> keep;
    const auto& names = suite->case_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (!filter || std::regex_search(names[i], *filter)) keep.push_back(i);
    }
    out.total += keep.size();
    out.per_suite.push_back(std::move(keep));
  }
  return out;
}

namespace {

struct Slot {
  std::size_t suite;
  Job job;
};

Record error_record(const Suite& suite, std::size_t index, const std::string& message) {
  Record r = suite.case_record(index);
  r.verdict = Verdict::kError;
  r.message = message;
  return r;
}

}  // namespace

std::vector<Record> execute(const RunConfig& config, const SelectedCases& selected, int threads,
                            const ProgressFn& progress) {
  // Results land in slots keyed by (suite, case) so their order never
  // depends on scheduling.
  std::vector<std::vector<std::optional<Record>>> results(config.suites.size());
  std::vector<Slot> shared, exclusive;
  for (std::size_t s = 0; s < config.suites.size(); ++s) {
    results[s].resize(config.suites[s]->case_names().size());
    for (Job& job : config.suites[s]->jobs(selected.per_suite[s])) {
      (job.exclusive ? exclusive : shared).push_back({s, std::move(job)});
    }
  }

  std::mutex mutex;
  std::size_t done = 0;
  auto run = [&](const Slot& slot) {
    const Suite& suite = *config.suites[slot.suite];
    std::vector<Record> records;
    try {
      records = slot.job.run();
      if (records.size() != slot.job.cases.size())
        throw std::logic_error("job returned the wrong number of records");
    } catch (const std::exception& e) {
      // One broken case never ends the run.
      records.clear();
      for (std::size_t i : slot.job.cases)
        records.push_back(error_record(suite, i, std::string("case threw: ") + e.what()));
    } catch (...) {
      records.clear();
      for (std::size_t i : slot.job.cases)
        records.push_back(error_record(suite, i, "case threw a non-standard exception"));
    }
    std::lock_guard lock(mutex);
    for (std::size_t k = 0; k < records.size(); ++k)
      results[slot.suite][slot.job.cases[k]] = std::move(records[k]);
    done += slot.job.cases.size();
    if (progress) progress(done, selected.total);
  };

  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < shared.size();) run(shared[i]);
  };
  const int n_threads = std::max(1, std::min<int>(threads, static_cast<int>(shared.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < n_threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  for (const Slot& slot : exclusive) run(slot);

  std::vector<Record> out;
  for (auto& suite_results : results) {
    for (auto& r : suite_results) {
      if (r) out.push_back(std::move(*r));
    }
  }
  return out;
}

}  // namespace gradlab
