// gradlab run configs/ci.json end to end: a results.json that validates
// against the schema, and records identical for --jobs 1 and --jobs 2.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include "cli_support.h"

#include "core/record.h"

namespace gradlab {
namespace {

using testing::quote;
using testing::read_file;
using testing::run_gradlab;

const std::filesystem::path kSource = GRADLAB_SOURCE_DIR;

Json run_ci(const std::filesystem::path& out, int jobs) {
  const auto r = run_gradlab("run " + quote((kSource / "configs/ci.json").string()) + " --out " +
                             quote(out.string()) + " --jobs " + std::to_string(jobs));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(std::filesystem::is_symlink(out / "latest"));
  const auto file = out / "latest" / "results.json";
  EXPECT_TRUE(std::filesystem::exists(file)) << r.out;
  EXPECT_NE(r.out.find("results: "), std::string::npos);
  return Json::parse(read_file(file));
}

// Everything but timings: the part of a record --jobs must never change.
Json identities(const Json& results) {
  Json out = Json::array();
  for (const Json& rec : results["records"]) out.push_back(identity_json(rec));
  return out;
}

TEST(EndToEnd, CiConfigWritesValidResultsIndependentOfJobs) {
  const auto dir = testing::temp_dir("e2e");
  const Json one = run_ci(dir / "jobs1", 1);
  const Json two = run_ci(dir / "jobs2", 2);

  for (const auto& sub : {"jobs1", "jobs2"}) {
    const std::string cmd = "/usr/bin/python3 " +
                            quote((kSource / "tests/validate_json_schema.py").string()) + " " +
                            quote((kSource / "schemas/results.schema.json").string()) + " " +
                            quote((dir / sub / "latest" / "results.json").string());
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }

  ASSERT_GT(one["records"].size(), 100u);
  EXPECT_EQ(one["meta"]["jobs"], 1);
  EXPECT_EQ(two["meta"]["jobs"], 2);
  EXPECT_EQ(identities(one), identities(two));

  std::set<std::string> kinds;
  for (const Json& rec : one["records"]) kinds.insert(rec["kind"].get<std::string>());
  EXPECT_EQ(kinds, (std::set<std::string>{"accuracy", "convergence", "timing"}));
  EXPECT_EQ(one["summary"]["fail"], 0);
  EXPECT_EQ(one["summary"]["error"], 0);
}

TEST(EndToEnd, FilterSelectsCasesByHierarchicalName) {
  const auto dir = testing::temp_dir("e2e-filter");
  const auto r =
      run_gradlab("run " + quote((kSource / "configs/ci.json").string()) + " --out " + quote(dir.string()) +
                  " --filter " + quote("^accuracy-fd/rosenbrock/n:[0-9]+/fd-central/"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json results = Json::parse(read_file(dir / "latest" / "results.json"));
  ASSERT_FALSE(results["records"].empty());
  for (const Json& rec : results["records"]) {
    EXPECT_EQ(rec["problem"], "rosenbrock");
    EXPECT_EQ(rec["backend"], "fd-central");
    EXPECT_EQ(rec["kind"], "accuracy");
  }
}

// A record is the same whether its case ran alone or with every other case:
// --filter only chooses which records are written.
TEST(EndToEnd, RecordsDoNotDependOnTheFilter) {
  const auto dir = testing::temp_dir("e2e-filter-identity");
  const Json all = run_ci(dir / "all", 2);
  const auto r = run_gradlab("run " + quote((kSource / "configs/ci.json").string()) + " --out " +
                             quote((dir / "some").string()) + " --filter " +
                             quote("/rosenbrock/.*(point:1|start:x0|complexity)$|^timing/beale/"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json some = Json::parse(read_file(dir / "some" / "latest" / "results.json"));
  std::map<std::string, Json> by_name;
  for (const Json& rec : identities(all)) by_name[rec["name"].get<std::string>()] = rec;
  const Json filtered = identities(some);
  ASSERT_GE(filtered.size(), 8u);
  std::set<std::string> kinds;
  for (const Json& rec : filtered) {
    const std::string name = rec["name"].get<std::string>();
    ASSERT_TRUE(by_name.count(name)) << name;
    EXPECT_EQ(rec, by_name[name]) << name;
    kinds.insert(rec["kind"].get<std::string>());
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"accuracy", "convergence", "timing"}));
}

TEST(EndToEnd, EvalPrintsOneJsonObjectWithSeventeenDigits) {
  const auto r = run_gradlab("eval rosenbrock --x -1.2,1 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json j = Json::parse(r.out);
  EXPECT_EQ(j["problem"], "rosenbrock");
  EXPECT_EQ(j["n"], 2);
  EXPECT_EQ(j["backend"], "analytic");
  EXPECT_DOUBLE_EQ(j["value"].get<double>(), 24.2);
  // d/dx1 = -400 x1 (x2 - x1^2) - 2 (1 - x1) = -215.6; d/dx2 = 200 (x2 - x1^2) = -88.
  EXPECT_DOUBLE_EQ(j["gradient"][0].get<double>(), -215.6);
  EXPECT_DOUBLE_EQ(j["gradient"][1].get<double>(), -88.0);

  const auto text = run_gradlab("eval rosenbrock --x -1.2,1 --backend fd-central");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("value     24.199999999999996"), std::string::npos) << text.out;
}

TEST(EndToEnd, CatalogPageIsCurrent) {
  const auto r = run_gradlab("list problems --markdown");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_file(kSource / "docs/catalog.md"))
      << "docs/catalog.md is stale: regenerate it with  build/gradlab list problems --markdown > "
         "docs/catalog.md";
  EXPECT_NE(r.out.find("| `nist_misra1a` | 2 (2) |"), std::string::npos);
  EXPECT_NE(r.out.find("## nist (27)"), std::string::npos);
}

TEST(EndToEnd, ListProblemsJsonDescribesTheCatalog) {
  const auto r = run_gradlab("list problems --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json arr = Json::parse(r.out);
  ASSERT_GE(arr.size(), 25u);
  for (const Json& p : arr) {
    for (const char* key : {"name", "family", "tags", "source"}) EXPECT_TRUE(p.contains(key)) << p.dump();
    EXPECT_TRUE(p.contains("dimension") && (p["dimension"].is_number() || p.contains("dimensions")))
        << p.dump();
    // Whether a taping backend must record the problem anew at every point.
    ASSERT_TRUE(p.contains("control_flow_depends_on_x")) << p.dump();
    if (p["name"] == "relu_sum" || p["name"] == "rosenbrock") {
      EXPECT_EQ(p["control_flow_depends_on_x"], p["name"] == "relu_sum") << p["name"];
    }
  }
}

}  // namespace
}  // namespace gradlab
