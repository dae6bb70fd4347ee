// The external-process backend against the plain-Python example
// (examples/external/jsonl_python/gradlab_backend.py), whose --misbehave
// flags produce every failure the protocol can meet: each must become that
// case's error with a message saying what happened, the process must be
// replaced for the next case, and no child may outlive the backend.
//
// Timeouts are generous (5 s) so that a loaded machine cannot turn a slow
// Python into a failure; only the tests of a hang or a timeout use 0.5 s.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "backends/backend_registry.h"
#include "backends/external_process.h"
#include "core/config_error.h"
#include "core/gradient_error.h"
#include "functions/reference.h"
#include "functions/registry.h"
#include "functions/sample_points.h"

namespace gradlab {
namespace {

const std::filesystem::path kSource = GRADLAB_SOURCE_DIR;
const std::string kScript = (kSource / "examples/external/jsonl_python/gradlab_backend.py").string();

const Problem& problem(const std::string& name) {
  const Problem* p = ProblemRegistry::instance().find(name);
  if (!p) throw std::logic_error("no catalog problem " + name);
  return *p;
}

Json spec_with(std::vector<std::string> flags, Json extra = Json::object()) {
  std::vector<std::string> command = {GRADLAB_TEST_PYTHON3, kScript};
  command.insert(command.end(), flags.begin(), flags.end());
  Json spec = {{"kind", "external-process"}, {"name", "python"},     {"command", command}, {"timeout", 5},
               {"startup_timeout", 5},       {"shutdown_timeout", 5}};
  for (const auto& [key, value] : extra.items()) spec[key] = value;
  return spec;
}

std::unique_ptr<ExternalProcessBackend> backend_with(std::vector<std::string> flags = {},
                                                     Json extra = Json::object()) {
  auto b = make_backend(spec_with(std::move(flags), std::move(extra)), "test");
  return std::unique_ptr<ExternalProcessBackend>(dynamic_cast<ExternalProcessBackend*>(b.release()));
}

const Json kShortTimeout = {{"timeout", 0.5}};

struct Call {
  Status status;
  std::vector<double> g;
  GradientExtras extras;
  EvalCount count;
  double seconds = 0;  // the whole call, as the caller sees it
};

Call call(const Backend& b, const std::string& name, std::vector<double> x) {
  Call c;
  c.g.assign(x.size(), 0.0);
  const auto start = std::chrono::steady_clock::now();
  c.status = b.gradient(problem(name), x, c.g, c.count, &c.extras);
  c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return c;
}

Call rosenbrock_call(const Backend& b) { return call(b, "rosenbrock", {-1.2, 1.0}); }

// Gone for good: not running, and not a zombie waiting to be reaped.
bool fully_gone(pid_t pid) {
  int status = 0;
  const bool not_our_child = waitpid(pid, &status, WNOHANG) < 0 && errno == ECHILD;
  const bool no_process = kill(pid, 0) < 0 && errno == ESRCH;
  return not_our_child && no_process;
}

std::string config_error(const Json& spec) {
  try {
    make_backend(spec, "suites[0].backends[1]");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ExternalProcessConfig, RejectsBadCommandsAndTimeoutsNamingThePath) {
  Json spec = {{"kind", "external-process"}};
  EXPECT_NE(config_error(spec).find("suites[0].backends[1].command: missing (required"), std::string::npos)
      << config_error(spec);
  spec["command"] = "python3 my_backend.py";
  EXPECT_NE(config_error(spec).find("write it as [\"python3\", \"my_backend.py\"]"), std::string::npos)
      << config_error(spec);
  spec["command"] = Json::array();
  EXPECT_NE(config_error(spec).find("expected an array of strings"), std::string::npos) << config_error(spec);
  spec["command"] = {"python3", 3};
  EXPECT_NE(config_error(spec).find("command[1]: expected a string, got an integer 3"), std::string::npos)
      << config_error(spec);
  spec["command"] = {""};
  EXPECT_NE(config_error(spec).find("command[0]: expected the program to run"), std::string::npos);
  spec["command"] = {"python3"};
  spec["timeout"] = 0;
  EXPECT_NE(config_error(spec).find("timeout: expected seconds in (0, 3600], got 0"), std::string::npos)
      << config_error(spec);
  spec["timeout"] = 1;
  spec["startup_timeout"] = 4000;
  EXPECT_NE(config_error(spec).find("startup_timeout: expected seconds in (0, 3600], got 4000"),
            std::string::npos);
  spec.erase("startup_timeout");
  spec["timout"] = 1;
  EXPECT_NE(config_error(spec).find("unknown key \"timout\""), std::string::npos) << config_error(spec);
}

// Making a backend from a config (what `gradlab validate` and `list` do)
// starts nothing; the first case does.
TEST(ExternalProcess, StartsLazilyAndRecordsItsConfiguration) {
  const auto b = backend_with();
  EXPECT_FALSE(b->process_id().has_value());
  EXPECT_EQ(b->settings()["command"][1], kScript);
  EXPECT_EQ(b->settings()["timeout"], 5);
  EXPECT_EQ(b->family(), BackendFamily::kExternal);
  ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
  EXPECT_TRUE(b->process_id().has_value());
}

TEST(ExternalProcess, GradientsMatchTheReferenceAndCarryTheBackendsOwnTiming) {
  const auto b = backend_with();
  const std::pair<const char*, int> cases[] = {{"rosenbrock", 2},  {"rosenbrock", 10}, {"sphere", 7},
                                               {"sum_squares", 5}, {"trid", 6},        {"beale", 2},
                                               {"booth", 2},       {"himmelblau", 2}};
  for (const auto& [name, n] : cases) {
    const Problem& p = problem(name);
    for (int k = 0; k < 4; ++k) {
      const auto x = k == 0 ? p.x0(n) : random_point(p, n, 3, k);
      const Call c = call(*b, name, x);
      ASSERT_TRUE(c.status.is_ok()) << name << ": " << c.status.message;
      const auto r = reference_gradient(p, x);
      const auto e = compare_gradients(c.g, r, gradient_scale(p, r));
      EXPECT_LE(e.max_rel_error, 1e-14)
          << name << " n = " << n << " point " << k << ": component " << e.worst_index << " = "
          << e.worst_value << " vs " << e.worst_reference;
      ASSERT_TRUE(c.extras.self_timed_seconds.has_value()) << name;
      EXPECT_GT(*c.extras.self_timed_seconds, 0.0);
      // Nanoseconds read as seconds: the backend's part of the call is less
      // than the whole call.
      EXPECT_LT(*c.extras.self_timed_seconds, c.seconds);
      EXPECT_EQ(c.count.gradient, 1);
    }
  }
}

TEST(ExternalProcess, SelfTimingIsOptional) {
  const Call c = rosenbrock_call(*backend_with({"--no-self-timing"}));
  ASSERT_TRUE(c.status.is_ok()) << c.status.message;
  EXPECT_FALSE(c.extras.self_timed_seconds.has_value());
}

TEST(ExternalProcess, UnlistedProblemIsNotApplicable) {
  const auto b = backend_with();
  const Call c = call(*b, "ackley", {0.5, 0.5});
  EXPECT_EQ(c.status.code, StatusCode::kNotApplicable);
  EXPECT_NE(c.status.message.find("backend \"python\" (process "), std::string::npos) << c.status.message;
  EXPECT_NE(c.status.message.find("does not implement ackley (it implements beale, booth, himmelblau"),
            std::string::npos)
      << c.status.message;
}

// The hello may spell a parameterized instance any way the catalog reads it;
// gradlab knows it by the catalog's name and sends the process's own
// spelling back. Needs shekel, which a GRADLAB_CATALOG_SUBSET build may lack.
TEST(ExternalProcess, ListedNamesAreCatalogNamesAndRequestsUseTheListedSpelling) {
  if (!ProblemRegistry::instance().find("shekel")) GTEST_SKIP() << "shekel is not in this build's catalog";
  const auto b = backend_with({"--list-problem", "shekel( m = 7.0 )", "--list-problem", "booth"});
  const Call unlisted = call(*b, "rosenbrock", {1.0, 2.0});
  EXPECT_EQ(unlisted.status.code, StatusCode::kNotApplicable);
  EXPECT_NE(unlisted.status.message.find("(it implements booth, shekel(m=7))"), std::string::npos)
      << unlisted.status.message;
  const Problem& shekel7 = problem("shekel(m=7)");
  std::vector<double> x(4, 4.0), g(4);
  EvalCount count;
  const Status s = b->gradient(shekel7, x, g, count);
  // The example does not implement shekel: its error reply quotes the name it got.
  EXPECT_NE(s.message.find("the backend replied with an error: unknown problem 'shekel( m = 7.0 )'"),
            std::string::npos)
      << s.message;
}

// An error reply is the backend's own verdict on one request: the process
// stays, and so does its place in the stream.
TEST(ExternalProcess, ErrorReplyFailsTheCaseAndKeepsTheProcess) {
  const auto b = backend_with({"--misbehave", "error:booth"});
  ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
  const auto pid = b->process_id();
  const Call c = call(*b, "booth", {1.0, 2.0});
  EXPECT_EQ(c.status.code, StatusCode::kError);
  EXPECT_NE(
      c.status.message.find("gradient of booth (n = 2): the backend replied with an error: refusing booth on "
                            "purpose"),
      std::string::npos)
      << c.status.message;
  EXPECT_EQ(b->process_id(), pid);
  // The example's own check of n is an error reply too.
  const Call wrong_n = call(*b, "beale", {1.0, 2.0, 3.0});
  EXPECT_NE(wrong_n.status.message.find("beale takes n = 2, got n = 3"), std::string::npos)
      << wrong_n.status.message;
  EXPECT_TRUE(rosenbrock_call(*b).status.is_ok());
  EXPECT_EQ(b->process_id(), pid);
}

struct Breakage {
  const char* mode;
  const char* expected;  // in the message
  bool restarts;         // a new process for the next case
};

void PrintTo(const Breakage& b, std::ostream* os) { *os << b.mode; }

class ExternalProcessFailure : public ::testing::TestWithParam<Breakage> {};

TEST_P(ExternalProcessFailure, BecomesThisCasesErrorAndTheRunGoesOn) {
  const Breakage br = GetParam();
  const bool hangs = std::string(br.mode) == "hang";
  const auto b =
      backend_with({"--misbehave", std::string(br.mode) + ":booth"}, hangs ? kShortTimeout : Json{});
  ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
  const auto first_pid = b->process_id();
  ASSERT_TRUE(first_pid.has_value());

  const Call c = call(*b, "booth", {1.0, 2.0});
  EXPECT_EQ(c.status.code, std::string(br.mode) == "null" ? StatusCode::kNonFinite : StatusCode::kError);
  EXPECT_NE(c.status.message.find(br.expected), std::string::npos) << c.status.message;
  // Only a hang waits, for its 0.5 s timeout; every other failure is seen at once.
  EXPECT_LT(c.seconds, 3.0) << "a failure must not wait for the 5 s timeouts";
  if (c.status.code == StatusCode::kError) {
    EXPECT_NE(c.status.message.find("backend \"python\" (process "), std::string::npos) << c.status.message;
    EXPECT_NE(c.status.message.find("gradient of booth (n = 2)"), std::string::npos) << c.status.message;
  }

  if (br.restarts) {
    EXPECT_NE(c.status.message.find("a new one starts with the next case"), std::string::npos)
        << c.status.message;
    EXPECT_FALSE(b->process_id().has_value());
    EXPECT_TRUE(fully_gone(*first_pid)) << "the broken process must be killed and reaped";
  } else {
    EXPECT_EQ(b->process_id(), first_pid);
  }
  const Call next = rosenbrock_call(*b);
  ASSERT_TRUE(next.status.is_ok()) << next.status.message;
  EXPECT_DOUBLE_EQ(next.g[0], -215.6);
  ASSERT_TRUE(b->process_id().has_value());
  EXPECT_EQ(*b->process_id() != *first_pid, br.restarts);
}

INSTANTIATE_TEST_SUITE_P(
    Modes, ExternalProcessFailure,
    ::testing::Values(
        Breakage{"crash", "the process exited with status 3 without replying; a new one", true},
        Breakage{"signal", "the process was killed by signal 11 (SIGSEGV", true},
        Breakage{"hang", "no reply within 0.5 s (the timeout); the process was killed; a new one", true},
        Breakage{"garbage", "malformed JSON reply ([json.exception.parse_error", true},
        Breakage{"nan", "(JSON has no NaN or Infinity: send null for a non-finite number)", true},
        Breakage{
            "overflow",
            "unreadable JSON reply ([json.exception.out_of_range.406] number overflow parsing '1e999') (a "
            "number beyond the range of a double: send null for a non-finite number)",
            true},
        Breakage{
            "long-line",
            "the process wrote more than 1048704 bytes without a newline, or before it had read the whole "
            "request: \"{\\\"type\\\":\\\"result\\\"",
            true},
        Breakage{"partial",
                 "partial reply \"{\\\"type\\\":\\\"result\\\",\\\"id\\\":2,\\\"val\" (no newline), "
                 "then the process exited with status 0",
                 true},
        Breakage{"not-result", "the reply is not a result or an error", true},
        Breakage{"wrong-id", "the reply has id 1002, expected 2; the process was killed", true},
        Breakage{"old-id",
                 "the reply has id 1, expected 2 (the id of an earlier request: did the process answer it "
                 "twice?)",
                 true},
        Breakage{"wrong-length", "the gradient has 3 components, expected n = 2", false},
        Breakage{"null", "gradient[0] = nan", false}),
    [](const auto& info) {
      std::string s = info.param.mode;
      for (auto& ch : s) ch = ch == '-' ? '_' : ch;
      return s;
    });

// A record must not depend on --jobs or on the run: the message of the same
// failure is the same whatever came before it in which process.
TEST(ExternalProcess, FailureMessagesDoNotDependOnHistory) {
  const auto fresh = backend_with({"--misbehave", "hang:booth"}, kShortTimeout);
  const std::string first = call(*fresh, "booth", {1.0, 2.0}).status.message;
  const auto used = backend_with({"--misbehave", "hang:booth"}, kShortTimeout);
  for (int k = 0; k < 3; ++k) ASSERT_TRUE(rosenbrock_call(*used).status.is_ok());
  EXPECT_EQ(call(*used, "booth", {1.0, 2.0}).status.message, first);
}

TEST(ExternalProcess, CrashReportIncludesTheTailOfStderr) {
  const auto b = backend_with({"--misbehave", "crash:sphere"});
  const Call c = call(*b, "sphere", {1.0});
  EXPECT_NE(c.status.message.find("its stderr ended with: gradlab_backend.py: crashing on purpose on sphere"),
            std::string::npos)
      << c.status.message;
}

// The tail of a crash report is what a person would have seen on a
// terminal: the last state of a progress bar, and no escape sequences, tabs
// or bells that would break a one-line message.
TEST(ExternalProcess, StderrTailShowsWhatAProgressBarLeftWithoutControlCharacters) {
  const auto b = backend_with({"--misbehave", "noisy-crash:sphere"});
  const std::string message = call(*b, "sphere", {1.0}).status.message;
  EXPECT_NE(message.find("; its stderr ended with: progress 100% |  [31mfatal: [0m gave up  on sphere"),
            std::string::npos)
      << message;
  EXPECT_EQ(message.find("10%"), std::string::npos) << message;
  for (const char c : {'\x1b', '\r', '\t', '\x07', '\n'}) {
    EXPECT_EQ(message.find(c), std::string::npos) << "character " << int(c) << " in " << message;
  }
}

// More stderr than a pipe holds, written during a call: gradlab drains it
// while it waits (or the process would block and time out) and keeps only
// the tail for the message of a later failure.
TEST(ExternalProcess, StderrFloodDuringACallIsDrainedAndOnlyItsTailKept) {
  const auto b = backend_with({"--misbehave", "stderr-flood:booth", "--misbehave", "crash:sphere"});
  const Call flooded = call(*b, "booth", {1.0, 2.0});
  ASSERT_TRUE(flooded.status.is_ok()) << flooded.status.message;
  EXPECT_EQ(flooded.g, (std::vector<double>{-8.0, -10.0}));
  const std::string message = call(*b, "sphere", {1.0}).status.message;
  EXPECT_NE(message.find("its stderr ended with: gradlab_backend.py: noise line 16380 of 16384"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("..... | gradlab_backend.py: crashing on purpose on sphere"), std::string::npos)
      << message;
  EXPECT_EQ(message.find("noise line 16379"), std::string::npos) << message;
  EXPECT_LT(message.size(), 1500u) << "five lines of stderr, not 1 MiB";
}

// "value" is optional: protocol 1 does not use it.
TEST(ExternalProcess, AResultWithoutValueIsAccepted) {
  const auto b = backend_with({"--misbehave", "missing-value:booth"});
  const Call c = call(*b, "booth", {1.0, 2.0});
  EXPECT_TRUE(c.status.is_ok()) << c.status.message;
  EXPECT_EQ(c.g, (std::vector<double>{0.0, 0.0}));
}

// Two replies to one request, in one write: the second must not be taken
// for the reply to the next request (it would fail on its id, blaming the
// wrong thing); it is reported as what it is.
TEST(ExternalProcess, ASecondReplyToOneRequestIsReportedAsSuch) {
  const auto b = backend_with({"--misbehave", "two-replies:booth"});
  ASSERT_TRUE(call(*b, "booth", {1.0, 2.0}).status.is_ok());
  const auto pid = b->process_id();
  const Call next = rosenbrock_call(*b);
  EXPECT_EQ(next.status.code, StatusCode::kError);
  EXPECT_NE(next.status.message.find(
                "gradient of rosenbrock (n = 2): before the request was sent, the process wrote output that "
                "answers no request (did it answer an earlier request twice?): "
                "\"{\\\"type\\\":\\\"result\\\",\\\"id\\\":1,"),
            std::string::npos)
      << next.status.message;
  EXPECT_FALSE(b->process_id().has_value());
  EXPECT_TRUE(fully_gone(*pid));
  EXPECT_TRUE(rosenbrock_call(*b).status.is_ok());
}

// A process that writes to stdout without reading the request: gradlab stops
// reading once the output exceeds the line limit (n = 100000: 1 MiB + 6.4 MB),
// instead of buffering 32 MiB until the timeout.
TEST(ExternalProcess, AProcessThatWritesWithoutReadingIsCutOffAtTheLineLimit) {
  const auto b = backend_with({"--misbehave", "flood:booth"});
  ASSERT_TRUE(call(*b, "booth", {1.0, 2.0}).status.is_ok());
  // About 2 MB of request: more than the socket takes while nobody reads, so
  // the output arrives while it is still being written.
  std::vector<double> x(100000);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = 0.123456789012345 + static_cast<double>(i);
  const Call c = call(*b, "sphere", x);
  EXPECT_EQ(c.status.code, StatusCode::kError);
  EXPECT_NE(c.status.message.find("the process wrote more than 7448576 bytes without a newline, or before it "
                                  "had read the whole request: \"gradlab_backend.py: this line is not"),
            std::string::npos)
      << c.status.message;
  EXPECT_LT(c.seconds, 4.0) << "cut off at the limit, not at the 5 s timeout";
  EXPECT_FALSE(b->process_id().has_value());
  EXPECT_TRUE(rosenbrock_call(*b).status.is_ok());
}

// Whether `pid` is running: it exists and is not a zombie (a helper whose
// parent died is reaped by init, or lingers as a zombie where nothing reaps).
bool running(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  std::getline(stat, text);
  const auto paren = text.rfind(')');
  if (paren == std::string::npos || paren + 2 >= text.size()) return false;
  const char state = text[paren + 2];
  return state != 'Z' && state != 'X';
}

// Kills it if not, so that a failing test leaves no process behind.
bool stops_running_within(pid_t pid, std::chrono::duration<double> limit) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (running(pid)) {
    if (std::chrono::steady_clock::now() > end) {
      kill(pid, SIGKILL);
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

pid_t helper_pid(const std::filesystem::path& file) {
  std::ifstream in(file);
  long pid = 0;
  in >> pid;
  return static_cast<pid_t>(pid);
}

// The process's own helpers go with it, whether it is killed after a
// timeout or leaves politely at the end: gradlab kills its process group.
TEST(ExternalProcess, HelpersTheProcessStartedGoWithIt) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto pid_file = dir / ("gradlab-helper-" + std::to_string(getpid()) + ".pid");
  {
    std::filesystem::remove(pid_file);
    const auto b =
        backend_with({"--spawn-helper", pid_file.string(), "--misbehave", "hang:booth"}, kShortTimeout);
    ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
    const pid_t helper = helper_pid(pid_file);
    ASSERT_GT(helper, 0);
    ASSERT_TRUE(running(helper));
    EXPECT_NE(call(*b, "booth", {1.0, 2.0}).status.message.find("no reply within 0.5 s"), std::string::npos);
    EXPECT_TRUE(stops_running_within(helper, std::chrono::seconds(5))) << "helper " << helper << " survived";
  }
  pid_t helper = 0;
  {
    std::filesystem::remove(pid_file);
    const auto b = backend_with({"--spawn-helper", pid_file.string()});
    ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
    helper = helper_pid(pid_file);
    ASSERT_GT(helper, 0);
    ASSERT_TRUE(running(helper));
  }
  EXPECT_TRUE(stops_running_within(helper, std::chrono::seconds(5))) << "helper " << helper << " survived";
  std::filesystem::remove(pid_file);
}

// A run interrupted by SIGTERM (a CI or ctest timeout; Ctrl-C is handled
// alike) takes its children, which live in process groups of their own, with
// it, and gradlab still dies of the signal.
TEST(ExternalProcess, AnInterruptedRunLeavesNoChildBehind) {
  const auto dir = std::filesystem::temp_directory_path() / ("gradlab-interrupt-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto pid_file = dir / "helper.pid";
  const Json config = {{"name", "interrupted"},
                       {"suites",
                        {{{"kind", "accuracy"},
                          {"problems", {"rosenbrock"}},
                          {"points", {{"x0", true}, {"minima", false}}},
                          {"backends",
                           {{{"kind", "external-process"},
                             {"command",
                              {GRADLAB_TEST_PYTHON3, kScript, "--spawn-helper", pid_file.string(),
                               "--misbehave", "hang:rosenbrock"}},
                             {"timeout", 600}}}}}}}};
  std::ofstream(dir / "run.json") << config.dump();

  const std::string binary = GRADLAB_BINARY, config_path = (dir / "run.json").string(),
                    out = (dir / "results").string();
  std::vector<char*> argv = {const_cast<char*>(binary.c_str()),      const_cast<char*>("run"),
                             const_cast<char*>(config_path.c_str()), const_cast<char*>("--out"),
                             const_cast<char*>(out.c_str()),         nullptr};
  const pid_t gradlab = fork();
  ASSERT_GE(gradlab, 0);
  if (gradlab == 0) {
    if (!std::freopen("/dev/null", "w", stdout)) _exit(126);
    execv(argv[0], argv.data());
    _exit(127);
  }
  // The helper's pid appears once the child has started; the request that
  // hangs follows at once.
  pid_t helper = 0;
  for (int i = 0; i < 2000 && helper <= 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    helper = helper_pid(pid_file);
  }
  ASSERT_GT(helper, 0) << "the external process never started";
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_EQ(kill(gradlab, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(waitpid(gradlab, &status, 0), gradlab);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << "status " << status;
  EXPECT_TRUE(stops_running_within(helper, std::chrono::seconds(5))) << "helper " << helper << " survived";
  std::filesystem::remove_all(dir);
}

// A process killed behind gradlab's back: the request goes to a dead socket.
// That must be an error, not a SIGPIPE that ends the test (and gradlab).
TEST(ExternalProcess, WritingToADeadProcessIsAnErrorNotSigpipe) {
  const auto b = backend_with();
  ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
  const pid_t pid = *b->process_id();
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  // Any size will do: the first send to a socket whose reader is gone fails
  // (EPIPE, or SIGPIPE without MSG_NOSIGNAL).
  const Call c = call(*b, "sphere", {0.5, 0.5});
  EXPECT_EQ(c.status.code, StatusCode::kError);
  EXPECT_NE(c.status.message.find("was killed by signal 9 (SIGKILL"), std::string::npos) << c.status.message;
  EXPECT_TRUE(fully_gone(pid));
  EXPECT_TRUE(rosenbrock_call(*b).status.is_ok());
}

struct StartFailure {
  std::vector<std::string> flags;
  const char* expected;
};

// A process that cannot start or shake hands will not get better: every
// case reports the same error, and no new process is tried.
TEST(ExternalProcess, HandshakeFailuresAreErrorsAndDisableTheBackend) {
  const StartFailure failures[] = {
      {{"--protocol", "2"},
       "handshake failed: the backend refused the hello: this backend speaks protocol 2, not 1 (gradlab "
       "speaks "
       "protocol 1, the backend protocol 2)"},
      {{"--startup", "crash"},
       "before answering the hello; its stderr ended with: gradlab_backend.py: cannot start (on purpose)"},
      {{"--startup", "garbage"},
       "handshake failed: malformed JSON in reply to the hello ([json.exception.parse"},
      {{"--startup", "overflow"},
       "handshake failed: unreadable JSON in reply to the hello ([json.exception.out_of_range.406] number "
       "overflow parsing '1e999') (a number beyond the range of a double"},
      {{"--list-problem", "rosenbrock", "--list-problem", "rosenbrok"},
       "handshake failed: problems[1] = \"rosenbrok\" is not a catalog problem; did you mean \"rosenbrock\"? "
       "(`gradlab list problems` prints the names)"},
      {{"--list-problem", "rosenbrock(q=1)"},
       "handshake failed: problems[0] = \"rosenbrock(q=1)\": rosenbrock: "},
      {{"--list-problem", "booth", "--list-problem", "booth"},
       "handshake failed: problems[1] = \"booth\" names booth again (listed before as \"booth\")"},
      {{"--startup", "hang"}, "handshake failed: no reply to the hello within 0.5 s (the startup_timeout)"},
  };
  for (const auto& f : failures) {
    const bool hangs = f.flags[1] == "hang";
    const auto b = backend_with(f.flags, {{"startup_timeout", hangs ? 0.5 : 5.0}});
    for (int attempt = 0; attempt < 2; ++attempt) {
      const Call c = rosenbrock_call(*b);
      EXPECT_EQ(c.status.code, StatusCode::kError) << f.flags[1];
      EXPECT_NE(c.status.message.find(f.expected), std::string::npos) << c.status.message;
      EXPECT_NE(c.status.message.find("the backend is disabled for the rest of the run"), std::string::npos);
      EXPECT_FALSE(b->process_id().has_value());
    }
  }
  const auto exits_early = backend_with({"--startup", "crash"});
  EXPECT_NE(rosenbrock_call(*exits_early).status.message.find("exited with status 2"), std::string::npos);
}

TEST(ExternalProcess, MissingProgramIsAnErrorWithTheErrnoText) {
  const auto b =
      make_backend({{"kind", "external-process"}, {"command", {"gradlab-no-such-program", "--x"}}}, "t");
  const Call c = rosenbrock_call(*b);
  EXPECT_EQ(c.status.code, StatusCode::kError);
  EXPECT_NE(c.status.message.find("cannot start \"gradlab-no-such-program\": No such file or directory"),
            std::string::npos)
      << c.status.message;
}

// Requests to one instance are serialized: from several threads at once every
// reply still reaches the thread that asked.
TEST(ExternalProcess, ConcurrentCasesEachGetTheirOwnReply) {
  const auto b = backend_with();
  std::atomic<int> wrong = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 25; ++k) {
        const double v = t * 100 + k;
        const Call c = call(*b, "sphere", {v, -v});
        if (!c.status.is_ok() || c.g[0] != 2 * v || c.g[1] != -2 * v) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong, 0);
}

std::size_t open_descriptors() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

// Each restart gives up the old process's pipes.
TEST(ExternalProcess, RestartsLeakNoDescriptors) {
  const std::size_t before = open_descriptors();
  {
    const auto b = backend_with({"--misbehave", "crash:booth", "--misbehave", "garbage:sphere"});
    for (int k = 0; k < 5; ++k) {
      EXPECT_EQ(call(*b, "booth", {1.0, 2.0}).status.code, StatusCode::kError);
      EXPECT_EQ(call(*b, "sphere", {1.0}).status.code, StatusCode::kError);
      EXPECT_TRUE(rosenbrock_call(*b).status.is_ok());
    }
  }
  EXPECT_EQ(open_descriptors(), before);
}

TEST(ExternalProcess, NoChildOutlivesTheBackend) {
  pid_t polite = 0;
  {
    const auto b = backend_with();
    ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
    polite = *b->process_id();
  }
  EXPECT_TRUE(fully_gone(polite)) << "a process that leaves on \"bye\" is reaped";

  pid_t stubborn = 0;
  std::chrono::steady_clock::time_point start;
  {
    const auto b = backend_with({"--ignore-shutdown"}, {{"shutdown_timeout", 0.3}});
    ASSERT_TRUE(rosenbrock_call(*b).status.is_ok());
    stubborn = *b->process_id();
    start = std::chrono::steady_clock::now();  // the destructor alone, not Python's startup
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(fully_gone(stubborn))
      << "a process that ignores \"bye\" is killed after the grace period and reaped";
  EXPECT_LT(seconds, 2.0);
}

// `gradlab run configs/external.json` from the repository root, as the
// config's comment says: it passes, its results validate against the
// schema, and the timing records split the round trip into the Python
// code's own time and the protocol overhead.
TEST(ExternalProcess, ShippedConfigRunsEndToEnd) {
  const auto out = std::filesystem::temp_directory_path() / ("gradlab-external-" + std::to_string(getpid()));
  std::filesystem::remove_all(out);
  const std::string config = "configs/external.json";
  // PATH's python3 runs the example, as for a user; ours goes first.
  const std::string python_dir = std::filesystem::path(GRADLAB_TEST_PYTHON3).parent_path().string();
  const std::string cmd = "cd '" + kSource.string() + "' && PATH='" + python_dir + ":'\"$PATH\" '" +
                          GRADLAB_BINARY + "' run " + config + " --out '" + out.string() + "' >'" +
                          out.string() + ".log' 2>&1";
  const int status = std::system(cmd.c_str());
  std::ifstream log(out.string() + ".log");
  std::stringstream log_text;
  log_text << log.rdbuf();
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << "\n" << log_text.str();

  const auto results = out / "latest" / "results.json";
  const std::string validate =
      std::string(GRADLAB_TEST_PYTHON3) + " '" + (kSource / "tests/validate_json_schema.py").string() +
      "' '" + (kSource / "schemas/results.schema.json").string() + "' '" + results.string() + "'";
  EXPECT_EQ(std::system(validate.c_str()), 0) << validate;

  std::ifstream in(results);
  const Json j = Json::parse(in);
  int external_accuracy = 0;
  std::set<int> timed_sizes;
  for (const Json& rec : j["records"]) {
    if (rec["backend"] != "python") {
      EXPECT_FALSE(rec["metrics"].contains("self_timed_ns"))
          << "only self-timed backends have it: " << rec.dump();
      continue;
    }
    if (rec["kind"] == "accuracy" && rec["verdict"] == "pass") {
      ++external_accuracy;
      EXPECT_TRUE(rec["metrics"].contains("self_timed_seconds")) << rec.dump();
    }
    if (rec["kind"] == "timing" && rec["n"].get<int>() > 0) {
      const Json& m = rec["metrics"];
      ASSERT_TRUE(m.contains("self_timed_ns") && m.contains("overhead_ns")) << rec.dump();
      EXPECT_GT(m["self_timed_ns"].get<double>(), 0.0);
      EXPECT_GT(m["overhead_ns"].get<double>(), 0.0) << "a round trip through a pipe is never free";
      timed_sizes.insert(rec["n"].get<int>());
    }
  }
  EXPECT_GE(external_accuracy, 50);
  EXPECT_EQ(timed_sizes, (std::set<int>{2, 100, 10000}));
  EXPECT_EQ(j["summary"]["fail"], 0);
  EXPECT_EQ(j["summary"]["error"], 0);
  std::filesystem::remove_all(out);
  std::filesystem::remove(out.string() + ".log");
}

}  // namespace
}  // namespace gradlab
