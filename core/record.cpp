#include "core/record.h"

namespace gradlab {

std::string_view to_string(Verdict v) {
  switch (v) {
    case Verdict::kPass: return "pass";
    case Verdict::kFail: return "fail";
    case Verdict::kNotApplicable: return "not-applicable";
    case Verdict::kError: return "error";
  }
  return "unknown";
}

Json to_json(const Record& r) {
  Json j;
  j["suite"] = r.suite;
  j["kind"] = r.kind;
  j["name"] = r.name;
  j["problem"] = r.problem;
  j["n"] = r.n;
  j["backend"] = r.backend;
  j["point"] = r.point;
  j["verdict"] = to_string(r.verdict);
  j["tolerance"] = r.tolerance ? Json(*r.tolerance) : Json(nullptr);
  j["message"] = r.message;
  j["metrics"] = r.metrics;
  j["wall_seconds"] = r.wall_seconds;
  return j;
}

Json identity_json(const Record& r) { return identity_json(to_json(r)); }

Json identity_json(Json j) {
  j.erase("wall_seconds");
  if (j["kind"] == "timing") {
    j.erase("metrics");
  } else if (j["metrics"].contains("wall_seconds")) {
    j["metrics"].erase("wall_seconds");
  }
  return j;
}

}  // namespace gradlab
