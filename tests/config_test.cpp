// Every class of config error: exit code 2 and one line naming the file and
// the JSON path (or line and column), before anything runs.
#include <gtest/gtest.h>

#include "cli_support.h"
#include "core/config_error.h"
#include "runner/config.h"

namespace gradlab {
namespace {

using testing::quote;
using testing::run_gradlab;

class ConfigErrors : public ::testing::Test {
 protected:
  std::filesystem::path dir_ = testing::temp_dir("config");

  std::string write(const std::string& text) {
    const auto path = dir_ / ("c" + std::to_string(counter_++) + ".json");
    std::ofstream(path) << text;
    return path.string();
  }

  // The message of load_config's ConfigError for `text`.
  std::string error_of(const std::string& text) {
    const auto path = write(text);
    try {
      load_config(path);
    } catch (const ConfigError& e) {
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "one line only: " << e.what();
      EXPECT_EQ(std::string(e.what()).rfind(path, 0), 0u) << "must start with the file name: " << e.what();
      return e.what();
    }
    ADD_FAILURE() << "no error for: " << text;
    return "";
  }

  int counter_ = 0;
};

constexpr const char* kSuite = R"({"kind": "accuracy", "problems": ["sphere"], "backends": ["analytic"]})";

std::string with_suite(const std::string& suite) { return R"({"name": "t", "suites": [)" + suite + "]}"; }

TEST_F(ConfigErrors, UnknownKeysNameThePathAndTheNearestKey) {
  std::string e = error_of(R"({"name": "t", "seeed": 1, "suites": [)" + std::string(kSuite) + "]}");
  EXPECT_NE(e.find(": seeed: unknown key"), std::string::npos) << e;
  EXPECT_NE(e.find("did you mean \"seed\""), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "backend": ["analytic"]})"));
  EXPECT_NE(e.find("suites[0].backend: unknown key"), std::string::npos) << e;
  EXPECT_NE(e.find("did you mean \"backends\""), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "points": {"randm": 2}})"));
  EXPECT_NE(e.find("suites[0].points.randm"), std::string::npos) << e;
  EXPECT_NE(e.find("\"random\""), std::string::npos) << e;

  e = error_of(
      with_suite(R"({"kind": "convergence", "problems": ["sphere"], "optimizer": {"gtoll": 1e-6}})"));
  EXPECT_NE(e.find("suites[0].optimizer.gtoll"), std::string::npos) << e;
}

TEST_F(ConfigErrors, WrongTypesAndBadValuesNameThePath) {
  std::string e = error_of(R"({"name": "t", "seed": "abc", "suites": [)" + std::string(kSuite) + "]}");
  EXPECT_NE(e.find(": seed: expected an integer"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "points": {"random": -1}})"));
  EXPECT_NE(e.find("suites[0].points.random: expected an integer in [0, 100000]"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "backends": ["analytic"],
                              "tolerances": {"analytic": -1}})"));
  EXPECT_NE(e.find("suites[0].tolerances.analytic"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "floor": 2})"));
  EXPECT_NE(e.find("suites[0].floor: expected a factor in (0, 1]"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "backends": ["analytic"],
                              "tolerances": {"analytic": 1}})"));
  EXPECT_NE(e.find("suites[0].tolerances.analytic: a tolerance must be in (0, 1)"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "dimensions": [0]})"));
  EXPECT_NE(e.find("suites[0].dimensions[0]"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "timing", "problems": "sphere"})"));
  EXPECT_NE(e.find("suites[0].problems: expected a non-empty array"), std::string::npos) << e;

  e = error_of(R"({"name": "t", "suites": []})");
  EXPECT_NE(e.find(": suites: expected a non-empty array"), std::string::npos) << e;
}

TEST_F(ConfigErrors, UnknownNamesListTheValidOnes) {
  std::string e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["rosenbrok"]})"));
  EXPECT_NE(e.find("suites[0].problems[0]: unknown problem \"rosenbrok\""), std::string::npos) << e;
  EXPECT_NE(e.find("did you mean \"rosenbrock\""), std::string::npos) << e;
  EXPECT_NE(e.find("valid: "), std::string::npos) << e;
  EXPECT_NE(e.find("sphere"), std::string::npos) << e;

  e = error_of(
      with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "backends": ["analytic", "fd-cental"]})"));
  EXPECT_NE(e.find("suites[0].backends[1]: unknown backend \"fd-cental\""), std::string::npos) << e;
  EXPECT_NE(e.find("complex-step"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "acuracy", "problems": ["sphere"]})"));
  EXPECT_NE(e.find("suites[0].kind: unknown suite kind"), std::string::npos) << e;
  EXPECT_NE(e.find("did you mean \"accuracy\""), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["tag:smoth"]})"));
  EXPECT_NE(e.find("suites[0].problems[0]: unknown tag"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["re:zzz.*"]})"));
  EXPECT_NE(e.find("matches no problem"), std::string::npos) << e;

  e = error_of(with_suite(R"({"kind": "convergence", "problems": ["sphere"], "optimizers": ["bfgs"]})"));
  EXPECT_NE(e.find("suites[0].optimizers[0]: unknown optimizer"), std::string::npos) << e;
}

TEST_F(ConfigErrors, DuplicateNamesAreRejected) {
  std::string e = error_of(with_suite(R"({"kind": "accuracy", "problems": ["sphere"],
                                          "backends": ["analytic", "analytic"]})"));
  EXPECT_NE(e.find("suites[0].backends[1]"), std::string::npos) << e;
  e = error_of(with_suite(std::string(kSuite) + "," + kSuite));
  EXPECT_NE(e.find("suites[1].name"), std::string::npos) << e;
}

TEST_F(ConfigErrors, MalformedJsonGivesLineAndColumn) {
  const std::string e =
      error_of("{\n  \"name\": \"t\",\n  \"suites\": [\n    {\"kind\": \"accuracy\",, }\n  ]\n}\n");
  EXPECT_NE(e.find(":4:25: malformed JSON"), std::string::npos) << e;
}

TEST_F(ConfigErrors, CommentsAreAllowed) {
  const auto path =
      write("// a comment\n{\"name\": \"t\", /* inline */ \"suites\": [" + std::string(kSuite) + "]}");
  EXPECT_NO_THROW(load_config(path));
}

TEST_F(ConfigErrors, TheBinaryExitsWithTwoAndOneLineForEachClass) {
  const std::vector<std::string> bad = {
      write(R"({"name": "t", "sed": 1, "suites": [)" + std::string(kSuite) + "]}"),
      write(with_suite(R"({"kind": "accuracy", "problems": ["nope"]})")),
      write(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "backends": ["nope"]})")),
      write(with_suite(R"({"kind": "accuracy", "problems": ["sphere"], "floor": "x"})")),
      write("{ broken"),
      (dir_ / "missing.json").string(),
  };
  for (const auto& path : bad) {
    for (const std::string& cmd :
         {"validate " + quote(path), "run " + quote(path) + " --out " + quote((dir_ / "out").string())}) {
      const auto r = run_gradlab(cmd);
      EXPECT_EQ(r.exit_code, 2) << cmd << "\n" << r.err;
      EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
      EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
      EXPECT_TRUE(r.out.empty()) << r.out;
    }
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out")) << "nothing may be written for a bad config";
  const auto missing = run_gradlab("validate " + quote((dir_ / "missing.json").string()));
  EXPECT_NE(missing.err.find("cannot open config"), std::string::npos) << missing.err;
}

TEST_F(ConfigErrors, BadFlagsExitWithTwoAndNameTheFlag) {
  const auto ok = write(with_suite(kSuite));
  const std::pair<std::string, std::string> cases[] = {
      {"run " + quote(ok) + " --jobs 0", "--jobs"},
      {"run " + quote(ok) + " --filter '('", "--filter"},
      {"run " + quote(ok) + " --filter zzz_no_case", "matches no case"},
      {"run " + quote(ok) + " --bogus", "unknown option --bogus"},
      {"eval rosenbrock --x 1,abc", "--x"},
      {"eval rosenbrock --n 3 --x 1,2", "--n 3"},
      {"eval beale --x 1,2,3", "takes n = 2"},
      {"eval rosenbrock --x 1,2 --backend fd-nope", "--backend"},
      {"list widgets", "unknown list"},
      {"list problems --family nope", "--family: unknown family \"nope\""},
      {"run " + quote(ok) + " --out /proc/no-such-dir", "--out: cannot create a run directory"},
      {"frobnicate", "unknown command"},
  };
  for (const auto& [args, needle] : cases) {
    const auto r = run_gradlab(args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find(needle), std::string::npos) << args << "\n" << r.err;
  }
}

}  // namespace
}  // namespace gradlab

namespace gradlab {
namespace {

TEST(ConfigParsing, ARepeatedKeyIsRejectedWithItsPath) {
  const std::string text =
      R"({"name": "t", "suites": [{"kind": "accuracy", "problems": ["sphere"]},
                                  {"kind": "accuracy", "name": "b", "problems": ["sphere"], "problems": ["beale"]}]})";
  try {
    parse_config_text(text, "x.json");
    FAIL() << "a repeated key was accepted";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              "x.json: suites[1].problems: key \"problems\" appears twice in this object");
  }
  try {
    parse_config_text(R"({"seed": 1, "seed": 2})", "y.json");
    FAIL() << "a repeated top-level key was accepted";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), "y.json: seed: key \"seed\" appears twice in this object");
  }
  // The same key in two different objects is fine.
  EXPECT_NO_THROW(
      parse_config_text(R"({"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]})", "z.json"));
}

}  // namespace
}  // namespace gradlab
