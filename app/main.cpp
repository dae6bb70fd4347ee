// The gradlab command line: parse, dispatch, exit code.
//   0  nothing failed;  1  a check failed or errored;  2  bad usage or bad config.
#include <signal.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "backends/backend_registry.h"
#include "backends/child_process.h"
#include "core/build_info.h"
#include "core/config_error.h"
#include "functions/registry.h"
#include "reporters/console_reporter.h"
#include "reporters/json_reporter.h"
#include "runner/config.h"
#include "runner/executor.h"
#include "runner/run_meta.h"
#include "suites/suite.h"

namespace gradlab {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

constexpr const char* kMainHelp = R"(gradlab - gradient checking and optimization test harness

Usage:
  gradlab run CONFIG [--out DIR] [--filter REGEX] [--jobs N] [--seed S]
  gradlab validate CONFIG
  gradlab list problems|backends|suites [--json|--markdown] [--family F] [--tag T]
  gradlab eval PROBLEM [--n N] --x v1,v2,... [--backend B] [--json]
  gradlab --version
  gradlab COMMAND --help

Exit codes: 0 nothing failed, 1 a check failed or errored, 2 bad usage or bad config.
)";

constexpr const char* kRunHelp =
    R"(Usage: gradlab run CONFIG [--out DIR] [--filter REGEX] [--jobs N] [--seed S]

Runs every suite of CONFIG and reports to the console and to
DIR/<run-id>/results.json (DIR defaults to "results"; DIR/latest points to
the last run).

  --out DIR       where results go (default: results)
  --filter REGEX  run only cases whose name matches (ECMAScript regex, searched
                  anywhere in the name), e.g. 'accuracy/rosenbrock/.*/fd-central'
  --jobs N        worker threads (default: the hardware threads); never changes
                  a record except its timings. Timing cases always run alone.
  --seed S        overrides the config's seed (random points)
)";

constexpr const char* kValidateHelp = R"(Usage: gradlab validate CONFIG

Checks CONFIG completely (keys, types, values, problem and backend names)
without running anything. Prints the number of cases per suite; exit code 2
and one line naming the JSON path on the first error.
)";

constexpr const char* kListHelp =
    R"(Usage: gradlab list problems|backends|suites [--json] [--family F] [--tag T]
       gradlab list problems --markdown    (the page docs/catalog.md)

  problems   the catalog: name, family, dimension, tags, source
  backends   the gradient backends and their config parameters
  suites     the suite kinds and their config keys
  --json     one JSON array on stdout
  --family F, --tag T   (problems) only those of family F / with tag T
)";

constexpr const char* kEvalHelp = R"(Usage: gradlab eval PROBLEM [--n N] --x v1,v2,... [--backend B] [--json]

Prints f(x) and the gradient from backend B (default: analytic) with 17
significant digits. --n may be left out for fixed-dimension problems (and is
taken from the length of --x otherwise); if given it must match.
With --json: one object {"problem", "n", "backend", "x", "value", "gradient"}.
)";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A tiny flag parser: positional arguments and --flag VALUE / --flag=VALUE.
class Args {
 public:
  Args(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i) items_.emplace_back(argv[i]);
  }

  bool flag(const std::string& name) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (items_[i] == name) {
        items_.erase(items_.begin() + static_cast<long>(i));
        return true;
      }
    }
    return false;
  }

  std::optional<std::string> option(const std::string& name) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (items_[i] == name) {
        if (i + 1 >= items_.size()) throw UsageError(name + ": missing value");
        std::string v = items_[i + 1];
        items_.erase(items_.begin() + static_cast<long>(i), items_.begin() + static_cast<long>(i) + 2);
        return v;
      }
      if (items_[i].rfind(name + "=", 0) == 0) {
        std::string v = items_[i].substr(name.size() + 1);
        items_.erase(items_.begin() + static_cast<long>(i));
        return v;
      }
    }
    return std::nullopt;
  }

  // What is left must be exactly `count` positionals.
  std::vector<std::string> positionals(std::size_t count, const std::string& what) {
    for (const auto& a : items_) {
      if (a.rfind("--", 0) == 0) throw UsageError("unknown option " + a);
    }
    if (items_.size() < count) throw UsageError("missing " + what);
    if (items_.size() > count) throw UsageError("unexpected argument \"" + items_[count] + "\"");
    return items_;
  }

 private:
  std::vector<std::string> items_;
};

long long parse_integer(const std::string& flag, const std::string& text, long long lo, long long hi) {
  std::size_t used = 0;
  long long v = 0;
  try {
    v = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || v < lo || v > hi) {
    throw UsageError(flag + ": expected an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) +
                     "], got \"" + text + "\"");
  }
  return v;
}

std::vector<double> parse_vector(const std::string& flag, const std::string& text) {
  std::vector<double> out;
  std::stringstream ss(text);
  for (std::string item; std::getline(ss, item, ',');) {
    const char* begin = item.c_str();
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(begin, &end);
    while (end && *end == ' ') ++end;
    if (item.empty() || end == begin || *end != '\0' || errno == ERANGE) {
      throw UsageError(flag + ": \"" + item + "\" is not a number (expected comma-separated numbers)");
    }
    out.push_back(v);
  }
  if (out.empty()) throw UsageError(flag + ": expected comma-separated numbers");
  return out;
}

std::string fmt17(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string vector17(std::span<const double> v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + fmt17(v[i]);
  return s + "]";
}

// ---------------------------------------------------------------- run

// Claims a fresh run directory under `out`: create_directory fails when the
// directory exists, so two runs started in the same second never share one.
std::string claim_run_directory(const std::filesystem::path& out, const std::string& config_name) {
  std::string safe;
  for (char c : config_name)
    safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  const std::string base = utc_timestamp_compact() + "-" + safe;
  try {
    std::filesystem::create_directories(out);
    for (int k = 1;; ++k) {
      const std::string id = k == 1 ? base : base + "-" + std::to_string(k);
      if (std::filesystem::create_directory(out / id)) return id;
    }
  } catch (const std::filesystem::filesystem_error& e) {
    throw UsageError("--out: cannot create a run directory under \"" + out.string() +
                     "\": " + e.code().message());
  }
}

int cmd_run(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::cout << kRunHelp;
    return kExitOk;
  }
  const std::string out_dir = args.option("--out").value_or("results");
  const auto filter_text = args.option("--filter");
  const auto jobs_text = args.option("--jobs");
  const auto seed_text = args.option("--seed");
  const auto config_path = args.positionals(1, "CONFIG (the config file to run)")[0];

  const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const int jobs = jobs_text ? static_cast<int>(parse_integer("--jobs", *jobs_text, 1, 1024)) : hardware;
  std::optional<std::uint64_t> seed;
  if (seed_text) seed = static_cast<std::uint64_t>(parse_integer("--seed", *seed_text, 0, 1LL << 53));
  std::optional<std::regex> filter;
  if (filter_text) {
    try {
      filter = std::regex(*filter_text, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      throw UsageError("--filter: bad regular expression \"" + *filter_text + "\": " + e.what());
    }
  }

  RunConfig config = load_config(config_path, seed);
  const SelectedCases selected = select_cases(config, filter);
  if (selected.total == 0) throw UsageError("--filter \"" + filter_text.value_or("") + "\" matches no case");

  const std::string run_id = claim_run_directory(out_dir, config.name);
  RunInfo info;
  info.run_id = run_id;
  info.config_path = config_path;
  info.meta = run_meta({run_id, config_path, &config.document, config.seed, jobs, filter_text});
  for (std::size_t s = 0; s < config.suites.size(); ++s) {
    info.suites.push_back(
        {config.suites[s]->name(), std::string(config.suites[s]->kind()), selected.per_suite[s].size()});
  }

  const bool stdout_tty = isatty(STDOUT_FILENO);
  const bool stderr_tty = isatty(STDERR_FILENO);
  ConsoleReporter console(std::cout, stdout_tty);
  JsonReporter json(out_dir);
  // The JSON reporter first: it fails on an unusable --out before anything is printed.
  std::vector<Reporter*> reporters{&json, &console};
  for (Reporter* r : reporters) r->on_run_start(info);

  const auto start = std::chrono::steady_clock::now();
  ProgressFn progress;
  if (stderr_tty) {
    progress = [](std::size_t done, std::size_t total) {
      std::fprintf(stderr, "\r[%zu/%zu] cases", done, total);
      if (done == total) std::fprintf(stderr, "\r\033[K");
      std::fflush(stderr);
    };
  }
  const std::vector<Record> records = execute(config, selected, jobs, progress);

  RunSummary summary;
  for (const Record& r : records) {
    summary.counts.add(r.verdict);
    for (Reporter* rep : reporters) rep->on_record(r);
  }
  summary.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  summary.exit_code = (summary.counts.fail + summary.counts.error) > 0 ? kExitFailed : kExitOk;
  for (Reporter* r : reporters) r->on_run_end(summary);
  std::cout << "results: " << json.results_file().string() << "\n";
  return summary.exit_code;
}

int cmd_validate(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::cout << kValidateHelp;
    return kExitOk;
  }
  const auto path = args.positionals(1, "CONFIG (the config file to check)")[0];
  RunConfig config = load_config(path);
  std::size_t total = 0;
  for (const auto& s : config.suites) {
    std::cout << s->name() << " (" << s->kind() << "): " << s->case_names().size() << " cases\n";
    total += s->case_names().size();
  }
  std::cout << path << ": valid, " << total << " cases\n";
  return kExitOk;
}

// ---------------------------------------------------------------- list

Json problem_json(const Problem& p) {
  const ProblemInfo& info = p.info();
  Json j;
  j["name"] = info.name;
  j["family"] = info.family;
  const Dimension& d = info.dimension;
  if (d.is_scalable()) {
    j["dimension"] = nullptr;
    j["dimensions"] = {{"min", d.min_n},
                       {"max", d.max_n == INT_MAX ? Json(nullptr) : Json(d.max_n)},
                       {"multiple_of", d.multiple_of},
                       {"default", d.default_n}};
  } else {
    j["dimension"] = d.fixed_n;
  }
  Json tags = Json::array();
  for (Tag t : info.tags) tags.push_back(std::string(to_string(t)));
  j["tags"] = tags;
  j["source"] = info.source;
  const auto minima = p.minima(d.default_n);
  j["f_star"] = minima.empty() ? Json(nullptr) : Json(minima.front().f);
  j["known_minima"] = minima.size();
  j["hessian"] = info.hessian;
  Json parameters = Json::array();
  const ProblemParameters& values = info.parameters;
  for (std::size_t k = 0; k < values.specs().size(); ++k) {
    const ParameterSpec& spec = values.specs()[k];
    parameters.push_back({{"name", spec.name},
                          {"value", values.values()[k]},
                          {"default", spec.default_value},
                          {"min", spec.min_value},
                          {"max", spec.max_value},
                          {"integer", spec.integer},
                          {"description", spec.description}});
  }
  j["parameters"] = parameters;
  if (p.sample_count() > 0) j["samples"] = p.sample_count();
  if (!info.kink_convention.empty()) j["kink_convention"] = info.kink_convention;
  // Taping AD backends (adolc-reverse) record such a problem anew at every point.
  j["control_flow_depends_on_x"] = info.control_flow_depends_on_x;
  if (!info.notes.empty()) j["notes"] = info.notes;
  return j;
}

// docs/catalog.md is this page for the whole catalog; a test keeps it current.
std::string catalog_markdown(const std::vector<const Problem*>& problems) {
  auto cell = [](std::string s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
  };
  std::ostringstream md;
  md << "# The gradlab catalog\n\n"
     << "Generated by `gradlab list problems --markdown`; do not edit (a test fails when this page is "
        "stale).\n"
     << "Every problem's analytic gradient and Hessian equal 50-digit forward AD of its value\n"
     << "(tests/catalog_selfcheck_test.cpp). f* is for the default n of scalable problems;\n"
     << "digits: how many significant digits of x* and f* are known (17: exact to double).\n"
     << "A problem with parameters is selected with other values as `name(key=value,...)`.\n\n";
  std::string current_family;
  for (const Problem* p : problems) {
    const ProblemInfo& info = p->info();
    if (info.family != current_family) {
      current_family = info.family;
      std::size_t count = 0;
      for (const Problem* q : problems) count += q->info().family == current_family;
      md << (current_family == problems.front()->info().family ? "" : "\n") << "## " << current_family << " ("
         << count << ")\n\n"
         << "| name | dimension (default) | parameters | tags | f* | digits | Hessian | source |\n"
         << "|---|---|---|---|---|---|---|---|\n";
    }
    std::vector<std::string> tags;
    for (Tag t : info.tags) tags.emplace_back(to_string(t));
    const auto minima = p->minima(info.dimension.default_n);
    std::string f_star = "unknown", digits = "-";
    if (!minima.empty()) {
      f_star = fmt17(minima.front().f);
      digits = std::to_string(minima.front().digits);
      if (minima.size() > 1) f_star += " (" + std::to_string(minima.size()) + " minimizers)";
    }
    std::vector<std::string> parameters;
    for (const ParameterSpec& spec : info.parameters.specs()) {
      parameters.push_back(spec.name + " = " + format_parameter_value(spec.default_value) + " (" +
                           spec.describe_range() + ")");
    }
    md << "| `" << info.name << "` | " << info.dimension.describe() << " (" << info.dimension.default_n
       << ") | " << (parameters.empty() ? std::string("-") : cell(join(parameters, "; "))) << " | "
       << join(tags, ", ") << " | " << f_star << " | " << digits << " | " << cell(info.hessian) << " | "
       << cell(info.source) << " |\n";
  }
  return md.str();
}

void print_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    width.resize(std::max(width.size(), row.size()));
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(width[c] - row[c].size() + 2, ' ');
    }
    std::cout << line << "\n";
  }
}

int cmd_list(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::cout << kListHelp;
    return kExitOk;
  }
  const bool as_json = args.flag("--json");
  const bool as_markdown = args.flag("--markdown");
  if (as_json && as_markdown) throw UsageError("--json and --markdown: choose one");
  const auto family = args.option("--family");
  const auto tag_text = args.option("--tag");
  const auto what = args.positionals(1, "what to list (problems, backends or suites)")[0];

  if (what == "problems") {
    if (family) {
      std::vector<std::string> families;
      for (const Problem* p : ProblemRegistry::instance().all()) {
        if (std::find(families.begin(), families.end(), p->info().family) == families.end())
          families.push_back(p->info().family);
      }
      if (std::find(families.begin(), families.end(), *family) == families.end())
        throw unknown_name("--family", "family", *family, families);
    }
    std::optional<Tag> tag;
    if (tag_text) {
      tag = tag_from_string(*tag_text);
      if (!tag) {
        std::vector<std::string> names;
        for (Tag t : all_tags()) names.emplace_back(to_string(t));
        throw unknown_name("--tag", "tag", *tag_text, names);
      }
    }
    Json arr = Json::array();
    std::vector<const Problem*> listed;
    std::vector<std::vector<std::string>> rows{{"NAME", "FAMILY", "DIMENSION", "TAGS", "F*"}};
    for (const Problem* p : ProblemRegistry::instance().all()) {
      if (family && p->info().family != *family) continue;
      if (tag && !p->info().has(*tag)) continue;
      Json j = problem_json(*p);
      std::vector<std::string> tags;
      for (const auto& t : j["tags"]) tags.push_back(t.get<std::string>());
      rows.push_back({p->name(), p->info().family, p->info().dimension.describe(), join(tags, ","),
                      j["f_star"].is_null() ? "-" : fmt17(j["f_star"].get<double>())});
      arr.push_back(std::move(j));
      listed.push_back(p);
    }
    if (as_json) {
      std::cout << arr.dump(2) << "\n";
    } else if (as_markdown) {
      std::stable_sort(listed.begin(), listed.end(), [](const Problem* a, const Problem* b) {
        return a->info().family < b->info().family;
      });
      std::cout << catalog_markdown(listed);
    } else {
      print_table(rows);
    }
    return kExitOk;
  }
  if (what == "backends") {
    Json arr = Json::array();
    std::vector<std::vector<std::string>> rows{{"NAME", "FAMILY", "DESCRIPTION", "PARAMETERS"}};
    for (const auto& k : backend_kinds()) {
      arr.push_back({{"name", k.kind},
                     {"family", to_string(k.family)},
                     {"description", k.description},
                     {"parameters", k.parameters}});
      rows.push_back({k.kind, std::string(to_string(k.family)), k.description, k.parameters});
    }
    if (as_json) {
      std::cout << arr.dump(2) << "\n";
    } else {
      print_table(rows);
    }
    return kExitOk;
  }
  if (what == "suites") {
    std::vector<std::vector<std::string>> rows{{"KIND", "WHAT IT DOES", "CONFIG KEYS"}};
    for (const auto& k : suite_kind_infos()) rows.push_back({k.kind, k.description, k.keys});
    if (as_json) {
      Json arr = Json::array();
      for (std::size_t r = 1; r < rows.size(); ++r)
        arr.push_back({{"kind", rows[r][0]}, {"description", rows[r][1]}, {"keys", rows[r][2]}});
      std::cout << arr.dump(2) << "\n";
    } else {
      print_table(rows);
    }
    return kExitOk;
  }
  throw UsageError("list: unknown list \"" + what + "\" (valid: problems, backends, suites)");
}

// ---------------------------------------------------------------- eval

int cmd_eval(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::cout << kEvalHelp;
    return kExitOk;
  }
  const bool as_json = args.flag("--json");
  const auto n_text = args.option("--n");
  const auto x_text = args.option("--x");
  const std::string backend_name = args.option("--backend").value_or("analytic");
  const auto name = args.positionals(1, "PROBLEM (see gradlab list problems)")[0];

  const Problem* p = nullptr;
  try {
    p = ProblemRegistry::instance().find(name);
  } catch (const std::invalid_argument& e) {
    throw UsageError("PROBLEM: \"" + name + "\": " + e.what());
  }
  if (!p) {
    throw unknown_name("PROBLEM", "problem", name.substr(0, name.find('(')),
                       ProblemRegistry::instance().names());
  }
  if (!x_text) throw UsageError("--x: required (comma-separated coordinates)");
  const std::vector<double> x = parse_vector("--x", *x_text);
  const int n_from_x = static_cast<int>(x.size());
  const Dimension& d = p->info().dimension;
  if (n_text) {
    const int n = static_cast<int>(parse_integer("--n", *n_text, 1, 100'000'000));
    if (n != n_from_x) {
      throw UsageError("--n " + std::to_string(n) + " does not match the " + std::to_string(n_from_x) +
                       " coordinates given with --x");
    }
  }
  if (!d.allows(n_from_x)) {
    throw UsageError("--x: " + name + " takes n = " + d.describe() + ", got " + std::to_string(n_from_x) +
                     " coordinates");
  }
  auto backend = make_backend(Json(backend_name), "--backend");
  std::vector<double> g(x.size());
  EvalCount count;
  const double f = p->value(std::span<const double>(x));
  const Status s = backend->gradient(*p, x, g, count);
  if (!s.is_ok()) {
    std::cerr << "gradlab eval: " << backend_name << " on " << name << ": " << to_string(s.code) << ": "
              << s.message << "\n";
    return kExitFailed;
  }
  if (as_json) {
    Json j;
    j["problem"] = name;
    j["n"] = n_from_x;
    j["backend"] = backend_name;
    j["x"] = x;
    j["value"] = f;
    j["gradient"] = g;
    std::cout << j.dump() << "\n";
  } else {
    std::cout << "problem   " << name << "\nn         " << n_from_x << "\nbackend   " << backend_name
              << "\nx         " << vector17(x) << "\nvalue     " << fmt17(f) << "\ngradient  " << vector17(g)
              << "\n";
  }
  return kExitOk;
}

int dispatch(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kMainHelp;
    return kExitUsage;
  }
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kMainHelp;
    return kExitOk;
  }
  if (cmd == "--version") {
    std::cout << "gradlab " << build::kVersion << " (" << build::kGitCommit << ", " << build::kBuildType
              << ", " << build::kCompilerId << " " << build::kCompilerVersion << ")\n";
    return kExitOk;
  }
  Args args(argc, argv, 2);
  if (cmd == "run") return cmd_run(args);
  if (cmd == "validate") return cmd_validate(args);
  if (cmd == "list") return cmd_list(args);
  if (cmd == "eval") return cmd_eval(args);
  throw unknown_name("", "command", cmd, {"run", "validate", "list", "eval"}, "see gradlab --help");
}

}  // namespace
}  // namespace gradlab

namespace {

// External-process backends run their children in process groups of their
// own, out of reach of the terminal's Ctrl-C: take them down with gradlab,
// then die of the same signal so the exit status still says why.
extern "C" void end_children_and_reraise(int signal_number) {
  gradlab::kill_child_process_groups();
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// A signal the caller set to be ignored (SIGHUP under nohup, SIGINT for a
// background job) stays ignored: gradlab must not die of it now.
void kill_children_on_termination_signals() {
  struct sigaction action = {};
  action.sa_handler = end_children_and_reraise;
  sigemptyset(&action.sa_mask);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current = {};
    if (sigaction(s, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaction(s, &action, nullptr);
  }
}

}  // namespace

int main(int argc, char** argv) {
  kill_children_on_termination_signals();
  try {
    return gradlab::dispatch(argc, argv);
  } catch (const gradlab::ConfigError& e) {
    std::cerr << "gradlab: " << e.what() << "\n";
    return gradlab::kExitUsage;
  } catch (const gradlab::UsageError& e) {
    std::cerr << "gradlab: " << e.what() << "\n";
    return gradlab::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "gradlab: " << e.what() << "\n";
    return gradlab::kExitFailed;
  }
}
