// The external-plugin backend: the example plugin's gradients against the
// 50-digit reference, every load-time refusal as a ConfigError, error replies
// as error records, the thread-safety flag, init/finalize, the ABI header's
// layout in C99, C++11 and C++20, and `gradlab run` over a plugin config.
#include <dlfcn.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "backends/backend_registry.h"
#include "cli_support.h"
#include "core/config_error.h"
#include "core/gradient_error.h"
#include "functions/reference.h"
#include "functions/registry.h"
#include "functions/sample_points.h"
#include "gradlab/gradient_plugin.h"

extern "C" std::size_t gradlab_c99_plugin_layout(std::size_t* offsets, std::size_t count);
extern "C" std::size_t gradlab_cxx11_plugin_layout(std::size_t* offsets, std::size_t count);

namespace gradlab {
namespace {

namespace fs = std::filesystem;
using testing::quote;
using testing::read_file;

const fs::path kExamplePlugin = GRADLAB_EXAMPLE_PLUGIN;
const fs::path kTestPlugins = GRADLAB_TEST_PLUGIN_DIR;
const fs::path kSource = GRADLAB_SOURCE_DIR;

fs::path test_plugin(const std::string& target) { return kTestPlugins / ("lib" + target + ".so"); }

std::unique_ptr<Backend> load(const fs::path& path, const std::string& name = "plugin") {
  return make_backend({{"kind", "external-plugin"}, {"name", name}, {"path", path.string()}}, "cfg");
}

const Problem& problem(const std::string& name) {
  const Problem* p = ProblemRegistry::instance().find(name);
  if (!p) throw std::logic_error(name + " is not in this build's catalog");
  return *p;
}

Status call(const Backend& b, const std::string& problem_name, std::vector<double> x) {
  std::vector<double> g(x.size());
  EvalCount count;
  return b.gradient(problem(problem_name), x, g, count);
}

// The ConfigError message for loading `path`, or "" when it loaded.
ConfigError load_error(const fs::path& path) {
  try {
    load(path);
  } catch (const ConfigError& e) {
    return e;
  }
  ADD_FAILURE() << path << " loaded";
  return ConfigError("", "");
}

struct ExamplePlugin {
  const char* language;
  const char* path;                                   // "" when this build has no compiler for the language
  std::vector<std::pair<std::string, int>> problems;  // (name, n)
};

// Test names shown by CTest, instead of the parameters' bytes.
void PrintTo(const ExamplePlugin& example, std::ostream* os) { *os << example.language; }

class ExamplePlugins : public ::testing::TestWithParam<ExamplePlugin> {};

// Every example's gradients agree with the 50-digit reference to the
// backend's default tolerance at seeded random points, n = 1000 included.
TEST_P(ExamplePlugins, GradientsMatchTheReference) {
  const ExamplePlugin& example = GetParam();
  if (example.path[0] == '\0') GTEST_SKIP() << "no " << example.language << " compiler in this build";
  const auto plugin = load(example.path);
  for (const auto& [name, n] : example.problems) {
    const Problem& p = problem(name);
    for (int k = 0; k < 5; ++k) {
      const auto x = random_point(p, n, 11, k);
      std::vector<double> g(x.size());
      EvalCount count;
      const Status s = plugin->gradient(p, x, g, count);
      ASSERT_TRUE(s.is_ok()) << name << ": " << s.message;
      EXPECT_EQ(count.gradient, 1);
      const auto r = reference_gradient(p, x);
      const GradientError e = compare_gradients(g, r, gradient_scale(p, r));
      EXPECT_LE(e.max_rel_error, plugin->default_tolerance())
          << name << " n = " << n << " point " << k << ": gradient[" << e.worst_index
          << "] = " << e.worst_value << ", reference " << e.worst_reference;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Languages, ExamplePlugins,
    ::testing::Values(ExamplePlugin{"C",
                                    GRADLAB_EXAMPLE_PLUGIN,
                                    {{"rosenbrock", 2},
                                     {"rosenbrock", 7},
                                     {"rosenbrock", 1000},
                                     {"sphere", 5},
                                     {"beale", 2},
                                     {"booth", 2},
                                     {"himmelblau", 2}}},
                      ExamplePlugin{"Cxx",
                                    GRADLAB_CPP_EXAMPLE_PLUGIN,
                                    {{"rosenbrock", 10},
                                     {"rastrigin", 10},
                                     {"styblinski_tang", 10},
                                     {"dixon_price", 10},
                                     {"dixon_price", 200}}},
                      ExamplePlugin{"Fortran",
                                    GRADLAB_FORTRAN_EXAMPLE_PLUGIN,
                                    {{"rosenbrock", 2}, {"rosenbrock", 1000}, {"sphere", 3}}},
                      ExamplePlugin{
                          "Rust", GRADLAB_RUST_EXAMPLE_PLUGIN, {{"rosenbrock", 1000}, {"booth", 2}}}),
    [](const auto& info) { return std::string(info.param.language); });

TEST(PluginBackend, RecordsThePluginInItsSettings) {
  const auto plugin = load(kExamplePlugin, "mine");
  EXPECT_EQ(plugin->name(), "mine");
  EXPECT_EQ(plugin->kind(), "external-plugin");
  EXPECT_EQ(plugin->family(), BackendFamily::kExternal);
  const Json s = plugin->settings();
  EXPECT_EQ(s["plugin"], "example-c");
  EXPECT_EQ(s["plugin_version"], "1.0.0");
  EXPECT_EQ(s["abi_version"], 1);
  EXPECT_EQ(s["thread_safe"], true);
  EXPECT_EQ(s["path"], kExamplePlugin.string());
  EXPECT_EQ(s["resolved_path"], kExamplePlugin.lexically_normal().string());
}

TEST(PluginBackend, ProblemsThePluginDoesNotListAreNotApplicable) {
  const auto plugin = load(kExamplePlugin);
  const Status s = call(*plugin, "ackley", {0.5, 0.5});
  EXPECT_EQ(s.code, StatusCode::kNotApplicable);
  EXPECT_NE(s.message.find("\"example-c\" does not implement ackley"), std::string::npos) << s.message;
  EXPECT_NE(s.message.find("beale, booth, himmelblau, rosenbrock, sphere"), std::string::npos) << s.message;
}

TEST(PluginBackend, AProblemOfTheWrongDimensionIsThePluginsErrorReply) {
  const auto plugin = load(kExamplePlugin);
  // beale is fixed at n = 2 in the catalog; the plugin refuses anything else.
  const Status s = call(*plugin, "beale", {1, 2, 3});
  EXPECT_EQ(s.code, StatusCode::kError);
  EXPECT_NE(s.message.find("beale is defined for n = 2 only, got n = 3"), std::string::npos) << s.message;
}

TEST(PluginBackend, ErrorRepliesBecomeErrorsWithThePluginsMessage) {
  const auto plugin = load(test_plugin("gradlab_probe_plugin_serial"));

  Status s = call(*plugin, "zakharov", {1, 2, 3});
  EXPECT_EQ(s.code, StatusCode::kError);
  EXPECT_NE(s.message.find("plugin \"probe\" returned 7 for zakharov at n = 3: deliberate failure at n = 3"),
            std::string::npos)
      << s.message;

  s = call(*plugin, "beale", {1, 2});
  EXPECT_EQ(s.code, StatusCode::kError);
  EXPECT_NE(s.message.find("returned 2 for beale at n = 2 without a message"), std::string::npos)
      << s.message;

  // Control characters would split the one-line console report.
  s = call(*plugin, "himmelblau", {1, 2});
  EXPECT_EQ(s.code, StatusCode::kError);
  EXPECT_NE(s.message.find(": first line second line"), std::string::npos) << s.message;
  EXPECT_EQ(s.message.find('\n'), std::string::npos);
  EXPECT_EQ(s.message.find('\t'), std::string::npos);

  s = call(*plugin, "rosenbrock", {1, 2, 3});
  EXPECT_EQ(s.code, StatusCode::kNonFinite);
  EXPECT_NE(s.message.find("gradient[2]"), std::string::npos) << s.message;

  // The run goes on: the next call is answered as usual.
  EXPECT_TRUE(call(*plugin, "sphere", {1, 2}).is_ok());
}

// The probe writes only trid's gradient[0] and returns success: whatever the
// caller's buffer held (zeros, a gradient from an earlier call) must not
// pass for the other components.
TEST(PluginBackend, ComponentsThePluginLeavesUnwrittenAreNonFinite) {
  const auto plugin = load(test_plugin("gradlab_probe_plugin_serial"));
  const Problem& trid = problem("trid");
  const std::vector<double> x = {1, 2, 3};
  std::vector<double> g = {0.0, 0.0, 0.0};
  EvalCount count;
  const Status s = plugin->gradient(trid, x, g, count);
  EXPECT_EQ(s.code, StatusCode::kNonFinite) << s.message;
  EXPECT_NE(s.message.find("gradient[1] = nan"), std::string::npos) << s.message;
  EXPECT_EQ(g[0], 1.0);
  EXPECT_TRUE(std::isnan(g[2]));
}

TEST(PluginBackend, AnUnterminatedMessageIsReadWithinItsBuffer) {
  const auto plugin = load(test_plugin("gradlab_probe_plugin_serial"));
  const Status s = call(*plugin, "booth", {1, 2});
  EXPECT_EQ(s.code, StatusCode::kError);
  const auto x_run = s.message.find(": xxx");
  ASSERT_NE(x_run, std::string::npos) << s.message;
  const std::string filler = s.message.substr(x_run + 2);
  // The whole buffer but the byte kept for the terminator, nothing beyond it.
  EXPECT_EQ(filler, std::string(GRADLAB_PLUGIN_MIN_ERROR_SIZE - 1, 'x'));
}

struct Refusal {
  const char* target;  // a library in the test plugin directory
  std::vector<std::string> says;
};

void PrintTo(const Refusal& refusal, std::ostream* os) { *os << refusal.target; }

class PluginRefused : public ::testing::TestWithParam<Refusal> {};

// Each broken plugin is a ConfigError at the "path" key naming the file and
// what was expected.
TEST_P(PluginRefused, WithAConfigErrorAtItsPath) {
  const fs::path path = test_plugin(GetParam().target);
  ASSERT_TRUE(fs::exists(path)) << path;
  const ConfigError e = load_error(path);
  EXPECT_EQ(e.where(), "cfg.path");
  EXPECT_NE(e.message().find(path.string()), std::string::npos) << e.message();
  for (const auto& part : GetParam().says)
    EXPECT_NE(e.message().find(part), std::string::npos) << e.message();
}

INSTANTIATE_TEST_SUITE_P(
    BrokenPlugins, PluginRefused,
    ::testing::Values(
        Refusal{"gradlab_broken_abi_mismatch",
                {"abi_version 2, expected 1", "rebuild it against", "gradient_plugin.h"}},
        Refusal{"gradlab_broken_v2_only",
                {"does not export gradlab_plugin_entry_v1", "it exports gradlab_plugin_entry_v2",
                 "speaks version 1"}},
        Refusal{"gradlab_broken_no_entry",
                {"does not export gradlab_plugin_entry_v1", "undefined symbol",
                 "const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void)", "extern \"C\""}},
        Refusal{"gradlab_broken_null_table", {"gradlab_plugin_entry_v1 returned NULL"}},
        Refusal{"gradlab_broken_null_gradient", {"gradient function is NULL; it is required"}},
        Refusal{"gradlab_broken_unknown_problem",
                {"problems[1] = \"rosenbrok\" is not a catalog problem", "did you mean \"rosenbrock\"?"}},
        Refusal{"gradlab_broken_unknown_flags",
                {"flags set bits 0x6", "the only flag is GRADLAB_PLUGIN_THREAD_SAFE"}},
        Refusal{"gradlab_broken_duplicate_problem", {"lists \"sphere\" twice"}},
        Refusal{"gradlab_broken_no_problems", {"lists no problems", "NULL-terminated"}},
        Refusal{"gradlab_broken_init_fails", {"its init returned 3: no licence server at localhost:27000"}}),
    [](const auto& info) {
      return std::string(info.param.target).substr(std::string("gradlab_broken_").size());
    });

TEST(PluginBackend, AMissingFileIsAConfigErrorWithTheLoadersReason) {
  const fs::path missing = kTestPlugins / "no_such_plugin.so";
  const ConfigError e = load_error(missing);
  EXPECT_EQ(e.where(), "cfg.path");
  EXPECT_NE(e.message().find("cannot load plugin \"" + missing.string() + "\""), std::string::npos)
      << e.message();
  EXPECT_NE(e.message().find("No such file or directory"), std::string::npos) << e.message();
  EXPECT_NE(e.message().find("expected a shared library"), std::string::npos) << e.message();
}

TEST(PluginBackend, AFileThatIsNotALibraryIsAConfigError) {
  const fs::path source = kSource / "examples/plugins/c/example_plugin.c";
  const ConfigError e = load_error(source);
  EXPECT_EQ(e.where(), "cfg.path");
  EXPECT_NE(e.message().find("cannot load plugin"), std::string::npos) << e.message();
  EXPECT_NE(e.message().find("invalid ELF header"), std::string::npos) << e.message();
}

TEST(PluginBackend, PathIsRequired) {
  try {
    make_backend({{"kind", "external-plugin"}}, "cfg");
    FAIL() << "loaded without a path";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.where(), "cfg.path");
    EXPECT_NE(e.message().find("missing (required"), std::string::npos) << e.message();
  }
  // The bare kind name, as "backends": ["external-plugin"] would give it.
  EXPECT_THROW(make_backend(Json("external-plugin"), "cfg"), ConfigError);
}

// A relative path is a file relative to the current directory, even without
// a slash (where dlopen alone would search the system's library path).
TEST(PluginBackend, RelativePathsAreResolvedFromTheCurrentDirectory) {
  const fs::path before = fs::current_path();
  fs::current_path(kExamplePlugin.parent_path());
  std::unique_ptr<Backend> bare, nested;
  EXPECT_NO_THROW(bare = load(kExamplePlugin.filename()));
  fs::current_path(kExamplePlugin.parent_path().parent_path());
  const fs::path relative = kExamplePlugin.parent_path().filename() / kExamplePlugin.filename();
  EXPECT_NO_THROW(nested = load(relative));
  fs::current_path(before);
  ASSERT_TRUE(bare && nested);
  EXPECT_EQ(bare->settings()["path"], kExamplePlugin.filename().string());
  EXPECT_EQ(bare->settings()["resolved_path"], kExamplePlugin.lexically_normal().string());
  EXPECT_EQ(nested->settings()["resolved_path"], kExamplePlugin.lexically_normal().string());
  EXPECT_TRUE(call(*bare, "booth", {1, 3}).is_ok());
}

// The test's own handle on a probe plugin, to read its counters: dlopen
// returns the instance the backends loaded.
class Probe {
 public:
  explicit Probe(const fs::path& path) : handle_(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
    if (!handle_) throw std::runtime_error(dlerror());
  }
  ~Probe() { dlclose(handle_); }
  int count(const char* counter) const {
    auto f = reinterpret_cast<int (*)()>(dlsym(handle_, counter));
    if (!f) throw std::runtime_error(std::string("no ") + counter);
    return f();
  }

 private:
  void* handle_;
};

// Two instances of the probe, four threads each making `calls` calls.
void hammer(const Backend& a, const Backend& b, int calls) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      const Backend& backend = t % 2 ? a : b;
      for (int i = 0; i < calls; ++i) {
        if (!call(backend, "sphere", {1.0, 2.0, 3.0}).is_ok()) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
}

TEST(PluginBackend, CallsIntoAPluginThatIsNotThreadSafeNeverOverlap) {
  const fs::path path = test_plugin("gradlab_probe_plugin_serial");
  Probe probe(path);
  const auto a = load(path, "a");
  const auto b = load(path, "b");
  EXPECT_EQ(a->settings()["thread_safe"], false);
  const int before = probe.count("probe_overlaps");
  hammer(*a, *b, 20);
  EXPECT_EQ(probe.count("probe_overlaps") - before, 0);
}

// The other side of the flag: gradlab does not serialize a thread-safe
// plugin (if it did, this probe would see no overlap either).
TEST(PluginBackend, CallsIntoAThreadSafePluginRunConcurrently) {
  const fs::path path = test_plugin("gradlab_probe_plugin_thread_safe");
  Probe probe(path);
  const auto a = load(path, "a");
  const auto b = load(path, "b");
  EXPECT_EQ(a->settings()["thread_safe"], true);
  const int before = probe.count("probe_overlaps");
  hammer(*a, *b, 20);
  EXPECT_GT(probe.count("probe_overlaps") - before, 0);
}

TEST(PluginBackend, InitRunsPerInstanceAndFinalizeGetsItsContext) {
  const fs::path path = test_plugin("gradlab_probe_plugin_serial");
  Probe probe(path);
  const int inits = probe.count("probe_inits");
  const int finalizes = probe.count("probe_finalizes");
  {
    const auto a = load(path, "a");
    const auto b = load(path, "b");
    EXPECT_EQ(probe.count("probe_inits") - inits, 2);
    EXPECT_EQ(probe.count("probe_finalizes") - finalizes, 0);
    // The probe refuses any call whose context is not the one its init stored.
    EXPECT_TRUE(call(*a, "sphere", {1.0}).is_ok());
  }
  EXPECT_EQ(probe.count("probe_finalizes") - finalizes, 2);
}

// The layout is the ABI: C99, C++11 and this C++20 translation unit must
// agree on it, and on LP64 it is frozen at these offsets.
TEST(PluginAbiHeader, LayoutIsTheSameInC99Cxx11AndCxx20) {
  std::size_t c99[8], cxx11[8];
  const std::size_t c99_size = gradlab_c99_plugin_layout(c99, 8);
  const std::size_t cxx11_size = gradlab_cxx11_plugin_layout(cxx11, 8);
  const std::size_t here[8] = {
      offsetof(gradlab_plugin_v1, abi_version), offsetof(gradlab_plugin_v1, flags),
      offsetof(gradlab_plugin_v1, name),        offsetof(gradlab_plugin_v1, version),
      offsetof(gradlab_plugin_v1, problems),    offsetof(gradlab_plugin_v1, init),
      offsetof(gradlab_plugin_v1, finalize),    offsetof(gradlab_plugin_v1, gradient)};
  EXPECT_EQ(c99_size, sizeof(gradlab_plugin_v1));
  EXPECT_EQ(cxx11_size, sizeof(gradlab_plugin_v1));
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(c99[i], here[i]) << "member " << i;
    EXPECT_EQ(cxx11[i], here[i]) << "member " << i;
  }
  if (sizeof(void*) == 8) {
    EXPECT_EQ(sizeof(gradlab_plugin_v1), 56u);
    const std::size_t lp64[8] = {0, 4, 8, 16, 24, 32, 40, 48};
    for (int i = 0; i < 8; ++i) EXPECT_EQ(here[i], lp64[i]) << "member " << i;
  }
}

// `gradlab run` with the command's working directory set to `dir`.
testing::CommandResult run_in(const fs::path& dir, const std::string& args) {
  const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  const std::string cmd = "cd " + quote(dir.string()) + " && " + GRADLAB_BINARY + " " + args + " <&- >" +
                          quote(out.string()) + " 2>" + quote(err.string());
  const int status = std::system(cmd.c_str());
  testing::CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

// The shipped config, run from a directory laid out like the source tree
// after `make` (build/examples/plugins/c/...), passes: accuracy and timing.
TEST(PluginEndToEnd, ShippedPluginConfigRunsFromTheRepositoryRoot) {
  const fs::path root = testing::temp_dir("plugin-root");
  fs::create_directories(root / "build/examples/plugins/c");
  fs::create_symlink(kExamplePlugin, root / "build/examples/plugins/c" / kExamplePlugin.filename());
  const auto r = run_in(root, "run " + quote((kSource / "configs/plugin.json").string()) + " --out out");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const Json results = Json::parse(read_file(root / "out/latest/results.json"));
  int accuracy = 0, timing = 0;
  for (const Json& rec : results["records"]) {
    if (rec["backend"] != "example-c") continue;
    if (rec["kind"] == "accuracy" && rec["verdict"] == "pass") {
      ++accuracy;
      EXPECT_EQ(rec["metrics"]["backend_kind"], "external-plugin");
      EXPECT_EQ(rec["metrics"]["backend_settings"]["plugin"], "example-c");
    }
    if (rec["kind"] == "timing" && rec["verdict"] == "pass" && rec["n"] != 0) {
      ++timing;
      EXPECT_GT(rec["metrics"]["gradient_ns"].get<double>(), 0) << rec.dump();
    }
  }
  EXPECT_GT(accuracy, 10);
  EXPECT_GT(timing, 0);
  EXPECT_EQ(results["summary"]["error"], 0);
  EXPECT_EQ(results["summary"]["fail"], 0);
}

// One plugin failure is one error record; the other cases still pass and
// the run reports exit code 1.
TEST(PluginEndToEnd, AFailingPluginCallIsThatCasesErrorRecord) {
  const fs::path dir = testing::temp_dir("plugin-errors");
  const Json config = {{"name", "plugin-errors"},
                       {"suites",
                        {{{"kind", "accuracy"},
                          {"problems", {"sphere", "zakharov", "ackley"}},
                          {"dimensions", {3}},
                          {"points", {{"x0", true}, {"minima", false}, {"random", 0}}},
                          {"backends",
                           {{{"kind", "external-plugin"},
                             {"name", "probe"},
                             {"path", test_plugin("gradlab_probe_plugin_thread_safe").string()}}}}}}}};
  std::ofstream(dir / "config.json") << config.dump(2);
  const auto r = run_in(dir, "run config.json --out out --jobs 2");
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;
  const Json results = Json::parse(read_file(dir / "out/latest/results.json"));
  std::map<std::string, std::pair<std::string, std::string>> by_problem;
  for (const Json& rec : results["records"]) {
    by_problem[rec["problem"]] = {rec["verdict"], rec.value("message", "")};
  }
  EXPECT_EQ(by_problem["sphere"].first, "pass");
  EXPECT_EQ(by_problem["zakharov"].first, "error");
  EXPECT_NE(by_problem["zakharov"].second.find("deliberate failure at n = 3"), std::string::npos)
      << by_problem["zakharov"].second;
  EXPECT_EQ(by_problem["ackley"].first, "not-applicable");
}

TEST(PluginEndToEnd, ABadPluginPathStopsTheRunWithExitCode2) {
  const fs::path dir = testing::temp_dir("plugin-bad-path");
  std::ofstream(dir / "config.json") << R"({"suites": [{"kind": "accuracy", "problems": ["sphere"],
             "backends": ["analytic", {"kind": "external-plugin", "path": "nowhere/libmissing.so"}]}]})";
  const auto r = run_in(dir, "run config.json --out out");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(
      r.err.find("config.json: suites[0].backends[1].path: cannot load plugin \"nowhere/libmissing.so\" (" +
                 (dir / "nowhere/libmissing.so").string() + ")"),
      std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace gradlab
