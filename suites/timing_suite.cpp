#include "suites/timing_suite.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <string_view>

namespace gradlab {

namespace {

// Google Benchmark filters by regular expression; problem names such as
// shekel(m=5) or scaled_sphere(exponent=1e+100) must match literally.
std::string regex_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Nanoseconds per gradient call that the backend itself measured.
constexpr const char* kSelfTimedCounter = "self_timed_ns";

// The timed loop of one gradient benchmark. A backend that times its own
// calls (an external one) reports the mean of those times as a counter, so
// that the protocol overhead can be told apart from the computation.
void time_gradient(benchmark::State& st, const Problem& problem, const Backend& backend,
                   const std::vector<double>& x) {
  std::vector<double> g(x.size());
  EvalCount count;
  GradientExtras extras;
  double self_timed = 0;
  bool every_call_self_timed = true;
  for (auto _ : st) {
    extras.self_timed_seconds.reset();
    const Status s = backend.gradient(problem, x, g, count, &extras);
    benchmark::DoNotOptimize(g.data());
    if (!s.is_ok()) {
      st.SkipWithError(s.message.c_str());
      break;
    }
    if (extras.self_timed_seconds) {
      self_timed += *extras.self_timed_seconds;
    } else {
      every_call_self_timed = false;
    }
  }
  if (every_call_self_timed && st.iterations() > 0) {
    st.counters[kSelfTimedCounter] = benchmark::Counter(self_timed * 1e9, benchmark::Counter::kAvgIterations);
  }
  st.SetComplexityN(static_cast<std::int64_t>(x.size()));
}

// Collects Google Benchmark's runs instead of printing them.
class CaptureReporter final : public benchmark::BenchmarkReporter {
 public:
  bool ReportContext(const Context&) override { return true; }
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) runs_.push_back(r);
  }
  const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

const char* big_o_name(benchmark::BigO b) {
  switch (b) {
    case benchmark::o1: return "1";
    case benchmark::oN: return "N";
    case benchmark::oNSquared: return "N^2";
    case benchmark::oNCubed: return "N^3";
    case benchmark::oLogN: return "lgN";
    case benchmark::oNLogN: return "NlgN";
    default: return "?";
  }
}

}  // namespace

TimingSuite::TimingSuite(const Json& section, const std::string& path, const RunSettings&)
    : Suite(JsonReader(section, path).string("name", "timing")) {
  JsonReader r(section, path);
  r.accept({"kind", "name"});
  const auto problems = select_problems(r.require("problems"), r.path_of("problems"));
  backends_ = read_backends(r, {"analytic"});
  const auto dims = read_dimensions(r);
  min_time_ = r.positive("min_time", min_time_);
  if (min_time_ > 60) throw ConfigError(r.path_of("min_time"), "expected seconds in (0, 60]");
  r.finish();

  for (const Problem* p : problems) {
    const auto ns = dimensions_for(*p, dims);
    for (const auto& b : backends_) {
      for (int n : ns) {
        cases_.push_back({p, n, b.get()});
        names_.push_back(name() + "/" + p->name() + "/n:" + std::to_string(n) + "/" + b->name());
      }
      // A complexity fit needs a sweep; three sizes is the least that says anything.
      if (ns.size() >= 3) {
        cases_.push_back({p, 0, b.get()});
        names_.push_back(name() + "/" + p->name() + "/" + b->name() + "/complexity");
      }
    }
  }
}

Record TimingSuite::case_record(std::size_t index) const {
  const TimingCase& c = cases_[index];
  Record rec;
  rec.suite = name();
  rec.kind = "timing";
  rec.name = names_[index];
  rec.problem = c.problem->name();
  rec.n = c.n;
  rec.backend = c.backend->name();
  rec.point = c.n > 0 ? "x0" : "";
  return rec;
}

std::vector<Job> TimingSuite::jobs(const std::vector<std::size_t>& selected) const {
  // One job per problem: its value timings are shared by every backend.
  std::map<const Problem*, std::vector<std::size_t>> by_problem;
  std::vector<const Problem*> order;
  for (std::size_t i : selected) {
    auto& v = by_problem[cases_[i].problem];
    if (v.empty()) order.push_back(cases_[i].problem);
    v.push_back(i);
  }
  std::vector<Job> out;
  for (const Problem* p : order) {
    auto cases = by_problem[p];
    out.push_back({cases, true, [this, p, cases] { return run_problem(p, cases); }});
  }
  return out;
}

std::vector<Record> TimingSuite::run_problem(const Problem* problem,
                                             const std::vector<std::size_t>& cases) const {
  using benchmark::State;
  std::map<std::size_t, Record> records;

  // A selected complexity fit times every size of its sweep, selected or not,
  // so its record does not depend on --filter; only selected sizes are reported.
  std::map<const Backend*, bool> wants_fit;
  for (std::size_t i : cases) {
    if (cases_[i].n == 0) wants_fit[cases_[i].backend] = true;
  }
  std::vector<std::size_t> timed;
  for (std::size_t i = 0; i < cases_.size(); ++i) {
    const TimingCase& c = cases_[i];
    if (c.problem != problem || c.n == 0) continue;
    if (wants_fit[c.backend] || std::binary_search(cases.begin(), cases.end(), i)) timed.push_back(i);
  }

  // Dimensions needing a value timing, and per backend the sizes to time.
  std::map<int, std::vector<double>> points;
  std::map<const Backend*, std::vector<int>> sizes;
  for (std::size_t i : timed) {
    const TimingCase& c = cases_[i];
    points.emplace(c.n, problem->x0(c.n));
    // Check once, outside the timed loop, that the backend can do this at all.
    std::vector<double> g(c.n);
    EvalCount count;
    const Status s = c.backend->gradient(*problem, points[c.n], g, count);
    Record rec = case_record(i);
    if (!s.is_ok()) {
      rec.verdict = s.code == StatusCode::kNotApplicable ? Verdict::kNotApplicable : Verdict::kError;
      rec.message = s.message;
    } else {
      rec.metrics["evaluations_per_gradient"] = count.total();
      sizes[c.backend].push_back(c.n);
    }
    records[i] = rec;
  }

  // Google Benchmark's registry is global and its entries point into this
  // frame: it must be empty again however this function is left.
  struct ClearRegistry {
    ~ClearRegistry() { benchmark::ClearRegisteredBenchmarks(); }
  } clear_registry;
  const std::string prefix = "gradlab/" + problem->name();
  for (auto& [n, x] : points) {
    const std::vector<double>* xp = &x;
    benchmark::RegisterBenchmark((prefix + "/value").c_str(),
                                 [problem, xp](State& st) {
                                   try {
                                     for (auto _ : st) benchmark::DoNotOptimize(problem->value(*xp));
                                   } catch (const std::exception& e) {
                                     st.SkipWithError(e.what());
                                   }
                                 })
        ->Arg(n)
        ->MinTime(min_time_)
        ->Unit(benchmark::kNanosecond);
  }
  for (auto& [backend, ns] : sizes) {
    auto* family = benchmark::RegisterBenchmark(
        (prefix + "/gradient/" + backend->name()).c_str(), [problem, backend, &points](State& st) {
          time_gradient(st, *problem, *backend, points.at(static_cast<int>(st.range(0))));
        });
    for (int n : ns) family->Arg(n);
    // The reported time is wall time, so iterations are counted by it too: an
    // external backend's work is done in another process, and this thread's
    // CPU time, mostly spent waiting, would stretch min_time many times over.
    family->MinTime(min_time_)->UseRealTime()->Unit(benchmark::kNanosecond);
    if (wants_fit[backend] && ns.size() >= 3) family->Complexity(benchmark::oAuto);
  }

  CaptureReporter capture;
  if (!points.empty()) benchmark::RunSpecifiedBenchmarks(&capture, "^" + regex_escape(prefix) + "/");

  std::map<int, double> value_ns;
  std::map<std::pair<std::string, int>, std::pair<double, long long>>
      gradient_ns;  // (backend, n) -> ns, iterations
  std::map<std::pair<std::string, int>, double> self_timed_ns;
  std::map<std::string, Json> fits;
  std::map<std::pair<std::string, int>, std::string> errors;
  for (const auto& run : capture.runs()) {
    const std::string bname = run.run_name.function_name;
    const bool is_value = bname == prefix + "/value";
    const std::string backend = is_value ? "" : bname.substr((prefix + "/gradient/").size());
    if (run.run_type == benchmark::BenchmarkReporter::Run::RT_Aggregate) {
      if (run.aggregate_name == "BigO") {
        fits[backend]["big_o"] = big_o_name(run.complexity);
        fits[backend]["coefficient_ns"] = run.GetAdjustedRealTime();
      } else if (run.aggregate_name == "RMS") {
        fits[backend]["rms"] = run.GetAdjustedRealTime();
      }
      continue;
    }
    const int n = std::stoi(run.run_name.args);
    if (run.error_occurred) {
      errors[{backend, n}] = run.error_message;
    } else if (is_value) {
      value_ns[n] = run.GetAdjustedRealTime();
    } else {
      gradient_ns[{backend, n}] = {run.GetAdjustedRealTime(), static_cast<long long>(run.iterations)};
      if (auto c = run.counters.find(kSelfTimedCounter); c != run.counters.end()) {
        self_timed_ns[{backend, n}] = c->second.value;
      }
    }
  }

  std::vector<Record> out;
  for (std::size_t i : cases) {
    const TimingCase& c = cases_[i];
    if (c.n == 0) {
      Record rec = case_record(i);
      auto it = fits.find(c.backend->name());
      if (it == fits.end()) {
        rec.verdict = Verdict::kNotApplicable;
        rec.message = "fewer than three timed sizes for a complexity fit";
      } else {
        rec.metrics = it->second;
      }
      out.push_back(rec);
      continue;
    }
    Record rec = records[i];
    if (rec.verdict == Verdict::kPass) {
      const auto key = std::make_pair(c.backend->name(), c.n);
      if (auto e = errors.find(key); e != errors.end()) {
        rec.verdict = Verdict::kError;
        rec.message = e->second;
      } else if (auto g = gradient_ns.find(key); g != gradient_ns.end() && value_ns.count(c.n)) {
        rec.metrics["value_ns"] = value_ns[c.n];
        rec.metrics["gradient_ns"] = g->second.first;
        rec.metrics["ratio"] = g->second.first / value_ns[c.n];
        rec.metrics["gradient_iterations"] = g->second.second;
        if (auto t = self_timed_ns.find(key); t != self_timed_ns.end()) {
          rec.metrics["self_timed_ns"] = t->second;
          rec.metrics["overhead_ns"] = g->second.first - t->second;
        }
        rec.wall_seconds = g->second.first * 1e-9 * static_cast<double>(g->second.second);
      } else {
        rec.verdict = Verdict::kError;
        rec.message = "Google Benchmark reported no run for this case";
      }
    }
    out.push_back(rec);
  }
  return out;
}

}  // namespace gradlab
