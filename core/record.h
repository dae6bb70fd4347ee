// One row of results: what every suite produces and every reporter consumes.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace gradlab {

using Json = nlohmann::ordered_json;

enum class Verdict { kPass, kFail, kNotApplicable, kError };

std::string_view to_string(Verdict v);

struct Record {
  std::string suite;  // the suite's name in the config
  std::string kind;   // accuracy | convergence | timing
  std::string name;   // hierarchical case id, e.g. accuracy/rosenbrock/n:10/fd-central/point:3
  std::string problem;
  int n = 0;
  std::string backend;
  std::string point;  // x0, min0, min1, ..., or 0, 1, ... for random points (the start, for convergence)
  Verdict verdict = Verdict::kPass;
  std::optional<double> tolerance;  // absent where no tolerance applies (timing)
  std::string message;              // why it failed, errored or was not applicable
  Json metrics = Json::object();    // kind-specific, see schemas/results.schema.json
  double wall_seconds = 0;          // time spent on the case (never part of record identity)
};

Json to_json(const Record& r);
// The record without anything that depends on timing: two runs of the same
// config must give equal identities whatever --jobs was.
Json identity_json(const Record& r);
// The same for a record already in its JSON form (as read from results.json).
Json identity_json(Json record);

}  // namespace gradlab
