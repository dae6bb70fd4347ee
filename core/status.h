// The outcome of one backend call: never an exception across the seam for a
// bad number, always one of these.
#pragma once

#include <string>
#include <string_view>

namespace gradlab {

enum class StatusCode { kOk, kNotApplicable, kNonFinite, kError };

struct Status {
  StatusCode code = StatusCode::kOk;
  std::string message;

  static Status ok() { return {}; }
  static Status not_applicable(std::string why) { return {StatusCode::kNotApplicable, std::move(why)}; }
  static Status non_finite(std::string what) { return {StatusCode::kNonFinite, std::move(what)}; }
  static Status error(std::string what) { return {StatusCode::kError, std::move(what)}; }

  bool is_ok() const { return code == StatusCode::kOk; }
};

std::string_view to_string(StatusCode code);

}  // namespace gradlab
