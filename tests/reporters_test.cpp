#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reporters/atomic_file.h"
#include "reporters/console_reporter.h"
#include "reporters/json_reporter.h"

namespace gradlab {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------- fixtures

Record accuracy_record(const std::string& problem, int n, const std::string& backend,
                       const std::string& point, Verdict verdict, double digits) {
  Record r;
  r.suite = "acc";
  r.kind = "accuracy";
  r.name = "acc/" + problem + "/n:" + std::to_string(n) + "/" + backend + "/point:" + point;
  r.problem = problem;
  r.n = n;
  r.backend = backend;
  r.point = point;
  r.verdict = verdict;
  r.tolerance = 1e-6;
  r.wall_seconds = 0.001;
  r.metrics["backend_kind"] = backend;
  r.metrics["backend_settings"] = Json::object();
  if (verdict == Verdict::kPass || verdict == Verdict::kFail) {
    const double rel = std::pow(10.0, -digits);
    r.metrics["max_rel_error"] = rel;
    r.metrics["digits"] = digits;
    r.metrics["max_abs_error"] = rel * 2;
    r.metrics["cosine"] = 1.0;
    r.metrics["worst_index"] = 0;
    r.metrics["worst_value"] = 1.0;
    r.metrics["worst_reference"] = 1.0;
    r.metrics["floor"] = 1e-16;
    r.metrics["evaluations"] = 5;
  } else if (verdict == Verdict::kNotApplicable) {
    r.message = "complex step needs a complex-safe problem";
  } else {
    r.message = "non-finite gradient: g[0] = nan";
  }
  return r;
}

// The failing point whose details the Failures section must show.
Record worst_failure() {
  Record r = accuracy_record("rosenbrock", 2, "fd-forward", "random:0", Verdict::kFail, 4.1);
  r.metrics["worst_index"] = 1;
  r.metrics["worst_value"] = -2.1234567890123457;
  r.metrics["worst_reference"] = -2.1234789012345678;
  r.metrics["max_rel_error"] = 1.0427e-05;
  r.message =
      "gradient[1] = -2.1234567890123457, reference -2.1234789012345678: mixed relative error 1.04e-05 > "
      "tolerance 1e-06";
  return r;
}

Record convergence_record(const std::string& problem, const std::string& optimizer, Verdict verdict) {
  Record r;
  r.suite = "conv";
  r.kind = "convergence";
  r.problem = problem;
  r.n = 2;
  r.backend = "analytic";
  r.point = "x0";
  r.name = "conv/" + problem + "/n:2/analytic/" + optimizer + "/start:x0";
  r.verdict = verdict;
  r.tolerance = 1e-6;
  r.wall_seconds = 0.01;
  return r;
}

Record timing_record(int n, const std::string& backend, Verdict verdict) {
  Record r;
  r.suite = "time";
  r.kind = "timing";
  r.problem = "sphere";
  r.n = n;
  r.backend = backend;
  r.point = n > 0 ? "x0" : "";
  r.name =
      n > 0 ? "time/sphere/n:" + std::to_string(n) + "/" + backend : "time/sphere/" + backend + "/complexity";
  r.verdict = verdict;
  if (verdict == Verdict::kNotApplicable) r.message = "fewer than three timed sizes for a complexity fit";
  return r;
}

struct SampleRun {
  RunInfo info;
  std::vector<Record> records;
  RunSummary summary;
};

SampleRun sample_run(const std::string& run_id = "20261124T150102Z-sample") {
  SampleRun run;
  auto& rs = run.records;
  // rosenbrock n=2: analytic 15.2 and 9.8 -> 9.8 (the minimum comes last here and
  // first for fd-forward, so neither "first" nor "last" passes); fd-forward one failure;
  // complex-step all n/a; fd-central one error.
  rs.push_back(accuracy_record("rosenbrock", 2, "analytic", "x0", Verdict::kPass, 15.2));
  rs.push_back(accuracy_record("rosenbrock", 2, "analytic", "random:0", Verdict::kPass, 9.8));
  rs.push_back(worst_failure());
  rs.push_back(accuracy_record("rosenbrock", 2, "fd-forward", "x0", Verdict::kPass, 7.3));
  rs.push_back(accuracy_record("rosenbrock", 2, "complex-step", "x0", Verdict::kNotApplicable, 0));
  rs.push_back(accuracy_record("rosenbrock", 2, "complex-step", "random:0", Verdict::kNotApplicable, 0));
  rs.push_back(accuracy_record("rosenbrock", 2, "fd-central", "x0", Verdict::kError, 0));
  rs.push_back(accuracy_record("rosenbrock", 2, "fd-central", "random:0", Verdict::kPass, 10.5));
  // rosenbrock n=10: two failures -> F2; sphere has one n -> no "n=" label.
  rs.push_back(accuracy_record("rosenbrock", 10, "analytic", "x0", Verdict::kPass, 16.0));
  Record f1 = accuracy_record("rosenbrock", 10, "fd-forward", "x0", Verdict::kFail, 3.2);
  Record f2 = accuracy_record("rosenbrock", 10, "fd-forward", "random:0", Verdict::kFail, 2.9);
  f1.message = f2.message = "gradient[0] = 1, reference 1.001: mixed relative error 1e-3 > tolerance 1e-06";
  rs.push_back(f1);
  rs.push_back(f2);
  rs.push_back(accuracy_record("sphere", 3, "analytic", "x0", Verdict::kPass, 17.0));
  rs.push_back(accuracy_record("sphere", 3, "fd-forward", "x0", Verdict::kPass, 8.0));

  Record c1 = convergence_record("rosenbrock", "lbfgs", Verdict::kPass);
  c1.metrics = {{"optimizer", "lbfgs"},
                {"status", "converged-gradient"},
                {"iterations", 35},
                {"f_evaluations", 45},
                {"g_evaluations", 45},
                {"backend_evaluations", 45},
                {"final_f", 1.234e-15},
                {"f_minus_fstar", 1.234e-15},
                {"grad_inf_norm", 4e-7},
                {"trace", Json::array({Json::array({0, 24.2, 215.6}), Json::array({35, 1.234e-15, 4e-7})})}};
  Record c2 = convergence_record("beale", "gd-armijo", Verdict::kFail);
  c2.metrics = {{"optimizer", "gd-armijo"}, {"status", "max-iterations"}, {"iterations", 1000},
                {"f_evaluations", 2100},    {"g_evaluations", 1000},      {"final_f", 0.0125},
                {"f_minus_fstar", nullptr}, {"grad_inf_norm", 3.5e-3},    {"trace", Json::array()}};
  c2.message = "max-iterations";
  Record c3 = convergence_record("beale", "lbfgs", Verdict::kError);
  c3.message = "optimizer threw: boom";
  rs.push_back(c1);
  rs.push_back(c2);
  rs.push_back(c3);

  Record t1 = timing_record(10, "analytic", Verdict::kPass);
  t1.metrics = {
      {"value_ns", 12.0}, {"gradient_ns", 1234.0}, {"ratio", 102.83}, {"gradient_iterations", 100000}};
  Record t2 = timing_record(100, "analytic", Verdict::kPass);
  t2.metrics = {
      {"value_ns", 120.0}, {"gradient_ns", 45.6e6}, {"ratio", 45.6e6 / 120.0}, {"gradient_iterations", 10}};
  Record t3 = timing_record(10, "complex-step", Verdict::kNotApplicable);
  t3.message = "complex step needs a complex-safe problem";
  Record t4 = timing_record(0, "analytic", Verdict::kPass);
  t4.metrics = {{"big_o", "N"}, {"coefficient_ns", 12.3}, {"rms", 0.042}};
  Record t5 = timing_record(0, "complex-step", Verdict::kNotApplicable);
  for (const Record& r : {t1, t2, t3, t4, t5}) rs.push_back(r);

  run.info.run_id = run_id;
  run.info.config_path = "configs/sample.json";
  run.info.suites = {{"acc", "accuracy", 13}, {"conv", "convergence", 3}, {"time", "timing", 5}};
  run.info.meta = {{"gradlab_version", "0.1.0"},
                   {"git_commit", "0123456789ab"},
                   {"compiler", "GNU"},
                   {"compiler_version", "12.2.0"},
                   {"cxx_flags", "-O3 -DNDEBUG -std=c++20"},
                   {"build_type", "Release"},
                   {"cpu_model", "Test CPU"},
                   {"cores", 8},
                   {"utc_time", "2026-11-24T15:01:02Z"},
                   {"seed", 42},
                   {"run_id", run_id},
                   {"jobs", 4},
                   {"filter", nullptr},
                   {"config_path", "configs/sample.json"},
                   {"config", {{"name", "sample"}, {"suites", Json::array()}}}};
  for (const Record& r : rs) run.summary.counts.add(r.verdict);
  run.summary.wall_seconds = 1.53;
  run.summary.exit_code = 1;
  return run;
}

void replay(Reporter& reporter, const SampleRun& run) {
  reporter.on_run_start(run.info);
  for (const Record& r : run.records) reporter.on_record(r);
  reporter.on_run_end(run.summary);
}

std::string console_output(const SampleRun& run, bool color) {
  std::ostringstream out;
  ConsoleReporter reporter(out, color);
  replay(reporter, run);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// A table row split on runs of two or more spaces (cells never contain them).
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  const std::regex gap(" {2,}");
  const std::string t = trim(line);
  for (std::sregex_token_iterator it(t.begin(), t.end(), gap, -1), end; it != end; ++it) cells.push_back(*it);
  return cells;
}

// The first line whose first cell is `label`, split into cells.
std::vector<std::string> row(const std::string& text, const std::string& label) {
  for (const auto& line : lines_of(text)) {
    auto cells = cells_of(line);
    if (!cells.empty() && cells[0] == label) return cells;
  }
  return {};
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const auto b = text.find(from);
  if (b == std::string::npos) return "";
  const auto e = text.find(to, b + from.size());
  return text.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

std::string strip_ansi(const std::string& s) {
  return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), "");
}

// ---------------------------------------------------------------- console

TEST(ConsoleReporterTest, AccuracyCellsAreMinimumDigitsWithVerdictMarks) {
  const std::string out = console_output(sample_run(), false);
  EXPECT_EQ(row(out, "problem"),
            (std::vector<std::string>{"problem", "analytic", "fd-forward", "complex-step", "fd-central"}))
      << out;
  // 15.2 and 9.8 -> 9.8; one failure -> F; all n/a -> n/a; one error -> E.
  EXPECT_EQ(row(out, "rosenbrock n=2"),
            (std::vector<std::string>{"rosenbrock n=2", "9.8", "4.1 F", "n/a", "10.5 E"}))
      << out;
  EXPECT_EQ(row(out, "rosenbrock n=10"),
            (std::vector<std::string>{"rosenbrock n=10", "16.0", "2.9 F2", "-", "-"}))
      << out;
  // One n only for sphere: the label carries no "n=".
  EXPECT_EQ(row(out, "sphere"), (std::vector<std::string>{"sphere", "17.0", "8.0", "-", "-"})) << out;
  // Medians over every evaluated point, failures included:
  // analytic {9.8, 15.2, 16.0, 17.0} -> 15.6; fd-forward {2.9, 3.2, 4.1, 7.3, 8.0} -> 4.1.
  EXPECT_EQ(row(out, "median"), (std::vector<std::string>{"median", "15.6", "4.1", "-", "10.5"})) << out;
  EXPECT_NE(out.find("acc [accuracy] 13 cases: 7 passed, 3 failed, 1 error, 2 not applicable"),
            std::string::npos)
      << out;
}

TEST(ConsoleReporterTest, ConvergenceAndTimingTables) {
  const std::string out = console_output(sample_run(), false);
  EXPECT_EQ(row(out, "rosenbrock"),
            (std::vector<std::string>{"rosenbrock", "2", "analytic", "lbfgs", "x0", "converged-gradient",
                                      "35", "45", "45", "1.23e-15"}))
      << out;
  // Unknown f* prints a dash, not "null" or "nan".
  EXPECT_EQ(row(out, "beale"), (std::vector<std::string>{"beale", "2", "analytic", "gd-armijo", "x0",
                                                         "max-iterations", "1000", "2100", "1000", "—"}))
      << out;
  const std::string timing = section(out, "time [timing]", "Failures");
  EXPECT_EQ(row(timing, "sphere"),
            (std::vector<std::string>{"sphere", "10", "12.0 ns", "1.23 µs ×103", "n/a"}))
      << out;
  EXPECT_EQ(row(section(timing, "complexity", "\n\n"), "sphere"),
            (std::vector<std::string>{"sphere", "analytic", "O(N)", "12.3 ns", "4.2%"}))
      << out;
}

TEST(ConsoleReporterTest, TablesAlignWithTheirRules) {
  // Every table has a rule line of dashes under its header; wherever the
  // rule has a gap between columns, header and rows must have a space too.
  const auto lines = lines_of(console_output(sample_run(), false));
  int tables = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string t = trim(lines[i]);
    if (t.empty() || t.find_first_not_of("- ") != std::string::npos) continue;
    ++tables;
    const std::u32string rule = code_points(lines[i]);
    std::size_t rows = 0;
    for (std::size_t k = i - 1; k < lines.size(); ++k) {
      if (k == i) continue;
      const std::string& line = lines[k];
      if (k > i && (line.rfind("  cells:", 0) == 0 || (!line.empty() && line[0] != ' '))) break;
      if (line.empty()) continue;
      const std::u32string cps = code_points(line);
      for (std::size_t p = 2; p < rule.size() && p < cps.size(); ++p) {
        if (rule[p] != U' ') continue;
        EXPECT_EQ(cps[p], U' ') << "column " << p << " of: " << line << "\nrule: " << lines[i];
      }
      // Nothing may stick out beyond the last column.
      EXPECT_LE(cps.size(), rule.size()) << line;
      ++rows;
    }
    EXPECT_GE(rows, 2u) << "table at line " << i;
  }
  EXPECT_EQ(tables, 4);  // accuracy, convergence, timing, complexity
}

TEST(ConsoleReporterTest, LongTablesRepeatTheirHeader) {
  SampleRun run;
  run.info.run_id = "long";
  run.info.suites = {{"conv", "convergence", 120}};
  for (int i = 0; i < 120; ++i) {
    Record r = convergence_record(std::string("p").append(std::to_string(i)), "lbfgs", Verdict::kPass);
    r.metrics = {{"optimizer", "lbfgs"}, {"status", "converged-gradient"}, {"iterations", i}};
    run.records.push_back(r);
    run.summary.counts.add(r.verdict);
  }
  const std::string out = console_output(run, false);
  int headers = 0;
  for (const auto& line : lines_of(out)) {
    const auto cells = cells_of(line);
    if (!cells.empty() && cells[0] == "problem") ++headers;
  }
  EXPECT_EQ(headers, 3) << out;  // at the top, after row 50 and after row 100
  ASSERT_EQ(row(out, "p119").size(), 10u) << out;
  EXPECT_EQ(row(out, "p119")[6], "119");
}

TEST(ConsoleReporterTest, FailuresSectionListsEachFailureWithWorstComponentAndTolerance) {
  const std::string out = console_output(sample_run(), false);
  const std::string failures = section(out, "Failures (", "cases:");
  ASSERT_FALSE(failures.empty()) << out;
  EXPECT_NE(failures.find("Failures (6)"), std::string::npos) << failures;
  const Record w = worst_failure();
  const auto at = failures.find("FAIL   " + w.name);
  ASSERT_NE(at, std::string::npos) << failures;
  const auto next = std::min(failures.find("\n  FAIL", at), failures.find("\n  ERROR", at));
  const std::string entry = failures.substr(at, next == std::string::npos ? next : next - at);
  EXPECT_NE(entry.find(w.message), std::string::npos) << entry;
  EXPECT_NE(entry.find("worst component g[1]: value -2.1234567890123457, reference -2.1234789012345678"),
            std::string::npos)
      << entry;
  EXPECT_NE(entry.find("max relative error 1.04e-05, tolerance 1e-06"), std::string::npos) << entry;

  EXPECT_NE(failures.find("ERROR  acc/rosenbrock/n:2/fd-central/point:x0"), std::string::npos) << failures;
  EXPECT_NE(failures.find("non-finite gradient: g[0] = nan"), std::string::npos) << failures;
  EXPECT_NE(failures.find("FAIL   conv/beale/n:2/analytic/gd-armijo/start:x0"), std::string::npos)
      << failures;
  EXPECT_NE(failures.find("gd-armijo max-iterations after 1000 iterations"), std::string::npos) << failures;
  EXPECT_NE(failures.find("tolerance (gtol) 1e-06"), std::string::npos) << failures;
  EXPECT_NE(failures.find("ERROR  conv/beale/n:2/analytic/lbfgs/start:x0"), std::string::npos) << failures;
  // Passing and not-applicable cases are not failures.
  EXPECT_EQ(failures.find("acc/rosenbrock/n:2/analytic"), std::string::npos) << failures;
  EXPECT_EQ(failures.find("complex-step"), std::string::npos) << failures;
}

TEST(ConsoleReporterTest, NoFailuresSectionWhenEverythingPassed) {
  SampleRun run = sample_run();
  std::erase_if(run.records,
                [](const Record& r) { return r.verdict == Verdict::kFail || r.verdict == Verdict::kError; });
  const std::string out = console_output(run, false);
  EXPECT_EQ(out.find("Failures"), std::string::npos) << out;
}

TEST(ConsoleReporterTest, FinalLineCountsVerdicts) {
  const SampleRun run = sample_run();
  const auto lines = lines_of(console_output(run, false));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back(), "21 cases: 11 passed, 4 failed, 2 errors, 4 not applicable (1.5s)");
}

TEST(ConsoleReporterTest, ColourOnlyWhenAsked) {
  const SampleRun run = sample_run();
  const std::string plain = console_output(run, false);
  const std::string colored = console_output(run, true);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(colored.find("\x1b[32m"), std::string::npos);     // pass: green
  EXPECT_NE(colored.find("\x1b[31m"), std::string::npos);     // fail, error: red
  EXPECT_NE(colored.find("\x1b[33mn/a"), std::string::npos);  // not applicable: yellow
  EXPECT_NE(colored.find("\x1b[31m 4.1 F\x1b[0m"), std::string::npos) << colored;
  // Colour changes nothing else, so tables stay aligned on a terminal.
  EXPECT_EQ(strip_ansi(colored), plain);
}

TEST(ConsoleReporterTest, FormatsDurationsWithThreeSignificantDigits) {
  EXPECT_EQ(format_nanoseconds(812), "812 ns");
  EXPECT_EQ(format_nanoseconds(3.14159), "3.14 ns");
  EXPECT_EQ(format_nanoseconds(1234), "1.23 µs");
  EXPECT_EQ(format_nanoseconds(999.7), "1.00 µs");
  EXPECT_EQ(format_nanoseconds(45.6e6), "45.6 ms");
  EXPECT_EQ(format_nanoseconds(2.5e9), "2.50 s");
}

// ---------------------------------------------------------------- json

class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("gradlab_reporters_test-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Every path under root_, relative to it.
  std::set<std::string> tree() const {
    std::set<std::string> out;
    for (auto it = fs::recursive_directory_iterator(root_); it != fs::recursive_directory_iterator(); ++it) {
      out.insert(it->path().lexically_relative(root_).string());
      if (it->is_symlink()) it.disable_recursion_pending();
    }
    return out;
  }

  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  fs::path root_;
};

using JsonReporterTest = TempDirTest;
using AtomicFileTest = TempDirTest;

TEST_F(JsonReporterTest, WritesWholeDocumentWithRecordsInOrder) {
  SampleRun run = sample_run("run-1");
  // Non-finite numbers must come out as null, never as the invalid NaN/Infinity tokens.
  run.records[0].metrics["max_rel_error"] = std::numeric_limits<double>::infinity();
  run.records[0].metrics["cosine"] = std::numeric_limits<double>::quiet_NaN();
  JsonReporter reporter(root_);
  replay(reporter, run);
  EXPECT_EQ(reporter.results_file(), root_ / "run-1" / "results.json");

  const std::string text = read(root_ / "run-1" / "results.json");
  const nlohmann::json doc = nlohmann::json::parse(text);  // strict: throws on NaN/Infinity
  EXPECT_EQ(doc["schema_version"], 1);
  EXPECT_EQ(doc["meta"], nlohmann::json::parse(run.info.meta.dump()));
  const auto& s = doc["summary"];
  EXPECT_EQ(s["pass"], 11);
  EXPECT_EQ(s["fail"], 4);
  EXPECT_EQ(s["error"], 2);
  EXPECT_EQ(s["not_applicable"], 4);
  EXPECT_EQ(s["total"], 21);
  EXPECT_EQ(s["exit_code"], 1);
  EXPECT_DOUBLE_EQ(s["wall_seconds"].get<double>(), 1.53);
  ASSERT_EQ(doc["suites"].size(), 3u);
  EXPECT_EQ(doc["suites"][1], nlohmann::json({{"name", "conv"}, {"kind", "convergence"}, {"cases", 3}}));

  ASSERT_EQ(doc["records"].size(), run.records.size());
  for (std::size_t i = 0; i < run.records.size(); ++i) {
    EXPECT_EQ(doc["records"][i]["name"], run.records[i].name) << i;
    if (i == 0) continue;  // altered above
    EXPECT_EQ(doc["records"][i], nlohmann::json::parse(to_json(run.records[i]).dump())) << i;
  }
  EXPECT_TRUE(doc["records"][0]["metrics"]["max_rel_error"].is_null());
  EXPECT_TRUE(doc["records"][0]["metrics"]["cosine"].is_null());
  EXPECT_EQ(doc["records"][0]["metrics"]["digits"], 15.2);
  EXPECT_TRUE(doc["records"][14]["tolerance"].is_number());
  EXPECT_TRUE(doc["records"][14]["metrics"]["f_minus_fstar"].is_null());
  EXPECT_TRUE(doc["records"][16]["tolerance"].is_null());
}

TEST_F(JsonReporterTest, LatestPointsAtTheLastRunAndNoTemporaryFilesRemain) {
  JsonReporter first(root_);
  replay(first, sample_run("run-1"));
  ASSERT_TRUE(fs::is_symlink(root_ / "latest"));
  EXPECT_EQ(fs::read_symlink(root_ / "latest"), fs::path("run-1"));  // relative: the tree can move
  EXPECT_EQ(fs::canonical(root_ / "latest"), fs::canonical(root_ / "run-1"));

  JsonReporter second(root_);
  replay(second, sample_run("run-2"));
  ASSERT_TRUE(fs::is_symlink(root_ / "latest"));
  EXPECT_EQ(fs::read_symlink(root_ / "latest"), fs::path("run-2"));
  const auto doc = nlohmann::json::parse(read(root_ / "latest" / "results.json"));
  EXPECT_EQ(doc["meta"]["run_id"], "run-2");
  // The first run is untouched, and nothing else is left behind.
  EXPECT_EQ(nlohmann::json::parse(read(root_ / "run-1" / "results.json"))["meta"]["run_id"], "run-1");
  EXPECT_EQ(tree(),
            (std::set<std::string>{"latest", "run-1", "run-1/results.json", "run-2", "run-2/results.json"}));
}

TEST_F(JsonReporterTest, UnwritableRootThrowsNamingThePath) {
  std::ofstream(root_ / "blocker") << "a file where a directory should be";
  JsonReporter reporter(root_ / "blocker" / "results");
  try {
    reporter.on_run_start(sample_run("run-1").info);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find((root_ / "blocker" / "results" / "run-1").string()),
              std::string::npos)
        << e.what();
  }
}

TEST_F(JsonReporterTest, RefusesToReplaceALatestThatIsNotASymlink) {
  fs::create_directories(root_ / "latest" / "keep");
  JsonReporter reporter(root_);
  EXPECT_THROW(replay(reporter, sample_run("run-1")), std::runtime_error);
  EXPECT_TRUE(fs::is_directory(root_ / "latest" / "keep"));
  EXPECT_TRUE(fs::exists(root_ / "run-1" / "results.json"));
  EXPECT_EQ(tree(), (std::set<std::string>{"latest", "latest/keep", "run-1", "run-1/results.json"}));
}

// ---------------------------------------------------------------- schema

int run_validator(const fs::path& source_dir, const fs::path& file) {
  const std::string cmd = "/usr/bin/python3 " + (source_dir / "tests" / "validate_json_schema.py").string() +
                          " " + (source_dir / "schemas" / "results.schema.json").string() + " " +
                          file.string();
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(JsonReporterTest, ResultsFileMatchesTheSchema) {
  const char* source_dir = std::getenv("GRADLAB_SOURCE_DIR");
  if (!source_dir) GTEST_SKIP() << "GRADLAB_SOURCE_DIR not set (CTest sets it)";
  if (std::system("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    GTEST_SKIP() << "python3-jsonschema not installed";
  }
  SampleRun run = sample_run("run-1");
  run.records[0].metrics["max_rel_error"] = std::numeric_limits<double>::infinity();
  run.records[13].metrics["trace"][0][1] = std::numeric_limits<double>::quiet_NaN();
  JsonReporter reporter(root_);
  replay(reporter, run);
  EXPECT_EQ(run_validator(source_dir, reporter.results_file()), 0);

  // The schema must reject what matters, or the check above proves nothing.
  auto rejects = [&](const char* what, auto mutate) {
    auto doc = nlohmann::ordered_json::parse(read(reporter.results_file()));
    mutate(doc);
    const fs::path bad = root_ / "bad.json";
    std::ofstream(bad) << doc.dump(2);
    EXPECT_EQ(run_validator(source_dir, bad), 1) << what;
  };
  rejects("accuracy pass without digits", [](auto& d) { d["records"][0]["metrics"].erase("digits"); });
  rejects("convergence fail without trace", [](auto& d) { d["records"][14]["metrics"].erase("trace"); });
  rejects("timing pass without ratio", [](auto& d) { d["records"][16]["metrics"].erase("ratio"); });
  rejects("unknown record key", [](auto& d) { d["records"][0]["extra"] = 1; });
  rejects("unknown top-level key", [](auto& d) { d["extra"] = 1; });
  rejects("unknown verdict", [](auto& d) { d["records"][0]["verdict"] = "passed"; });
  rejects("negative n", [](auto& d) { d["records"][0]["n"] = -1; });
  rejects("failure without message", [](auto& d) { d["records"][2]["message"] = ""; });
  rejects("meta without seed", [](auto& d) { d["meta"].erase("seed"); });
  rejects("wrong schema version", [](auto& d) { d["schema_version"] = 2; });
}

// ---------------------------------------------------------------- atomic file

TEST_F(AtomicFileTest, WritesAndReplacesContents) {
  const fs::path p = root_ / "out.json";
  write_file_atomically(p, "one");
  EXPECT_EQ(read(p), "one");
  write_file_atomically(p, "two, longer");
  EXPECT_EQ(read(p), "two, longer");
  write_file_atomically(p, "");
  EXPECT_EQ(read(p), "");
  EXPECT_EQ(tree(), (std::set<std::string>{"out.json"}));
}

TEST_F(AtomicFileTest, MissingDirectoryThrowsAndCreatesNothing) {
  const fs::path p = root_ / "missing" / "out.json";
  try {
    write_file_atomically(p, "data");
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(p.string()), std::string::npos) << e.what();
  }
  EXPECT_TRUE(tree().empty());
}

TEST_F(AtomicFileTest, FailedWriteKeepsOldContents) {
  // A file-size limit makes write() fail half-way, like a full disk, even for
  // root. The child process keeps the limit away from the test runner.
  const fs::path p = root_ / "out.json";
  write_file_atomically(p, "old contents");
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(3);
    try {
      write_file_atomically(p, std::string(1 << 20, 'x'));
    } catch (const std::runtime_error& e) {
      ::_exit(std::string(e.what()).find(p.string()) != std::string::npos ? 0 : 2);
    }
    ::_exit(1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: did not throw, 2: message without the path, 3: setrlimit failed";
  EXPECT_EQ(read(p), "old contents");
  EXPECT_EQ(tree(), (std::set<std::string>{"out.json"}));  // the partial temporary file is gone
}

TEST_F(AtomicFileTest, FailedRenameLeavesTargetAndNoTemporary) {
  const fs::path p = root_ / "target";
  fs::create_directories(p / "inside");
  EXPECT_THROW(write_file_atomically(p, "data"), std::runtime_error);
  EXPECT_TRUE(fs::is_directory(p / "inside"));
  EXPECT_EQ(tree(), (std::set<std::string>{"target", "target/inside"}));
}

}  // namespace
}  // namespace gradlab
