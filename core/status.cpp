#include "core/status.h"

namespace gradlab {

std::string_view to_string(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kNotApplicable: return "not-applicable";
    case StatusCode::kNonFinite: return "non-finite";
    case StatusCode::kError: return "error";
  }
  return "unknown";
}

}  // namespace gradlab
