// The executor: records in case order whatever the thread count, and a job
// that throws becomes error records that still say which case they are.
#include <gtest/gtest.h>

#include "runner/executor.h"

namespace gradlab {
namespace {

// Cases 0..9; case 3 throws a std::exception, case 7 throws something else.
class FakeSuite final : public Suite {
 public:
  FakeSuite() : Suite("fake") {
    for (int i = 0; i < 10; ++i) names_.push_back("fake/p" + std::to_string(i) + "/n:2/b/point:x0");
  }
  std::string_view kind() const override { return "accuracy"; }
  const std::vector<std::string>& case_names() const override { return names_; }
  Record case_record(std::size_t i) const override {
    Record r;
    r.suite = name();
    r.kind = "accuracy";
    r.name = names_[i];
    r.problem = "p" + std::to_string(i);
    r.n = 2;
    r.backend = "b";
    r.point = "x0";
    return r;
  }
  std::vector<Job> jobs(const std::vector<std::size_t>& selected) const override {
    return job_per_case(selected, [this](std::size_t i) {
      if (i == 3) throw std::runtime_error("boom");
      if (i == 7) throw 42;
      Record r = case_record(i);
      r.message = "ran";
      return r;
    });
  }

 private:
  std::vector<std::string> names_;
};

RunConfig fake_config() {
  RunConfig c;
  c.suites.push_back(std::make_unique<FakeSuite>());
  return c;
}

TEST(Executor, AThrowingCaseBecomesAnErrorRecordWithItsIdentity) {
  const RunConfig config = fake_config();
  const auto records = execute(config, select_cases(config, std::nullopt), 2);
  ASSERT_EQ(records.size(), 10u);
  for (std::size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].name, config.suites[0]->case_names()[i]);
    EXPECT_EQ(records[i].problem, "p" + std::to_string(i));
    EXPECT_EQ(records[i].backend, "b");
  }
  EXPECT_EQ(records[3].verdict, Verdict::kError);
  EXPECT_EQ(records[3].message, "case threw: boom");
  EXPECT_EQ(records[7].verdict, Verdict::kError);
  EXPECT_EQ(records[7].message, "case threw a non-standard exception");
  EXPECT_EQ(records[5].message, "ran");
}

TEST(Executor, FilterKeepsMatchingCasesInOrder) {
  const RunConfig config = fake_config();
  const auto selected = select_cases(config, std::regex("p[2-4]/"));
  EXPECT_EQ(selected.total, 3u);
  const auto records = execute(config, selected, 3);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].problem, "p2");
  EXPECT_EQ(records[2].problem, "p4");
}

TEST(Executor, ProgressCountsEveryCase) {
  const RunConfig config = fake_config();
  std::size_t last = 0, total = 0;
  execute(config, select_cases(config, std::nullopt), 2, [&](std::size_t done, std::size_t all) {
    EXPECT_GT(done, last);
    last = done;
    total = all;
  });
  EXPECT_EQ(last, 10u);
  EXPECT_EQ(total, 10u);
}

}  // namespace
}  // namespace gradlab
