#include "backends/backend_registry.h"

#include <algorithm>
#include <functional>

#include "backends/analytic.h"
#include "backends/boost_fvar.h"
#include "backends/complex_step.h"
#include "backends/finite_difference.h"
#include "core/json_reader.h"

namespace gradlab {

namespace {

using Maker = std::function<std::unique_ptr<Backend>(const std::string& name, JsonReader& params)>;

struct Entry {
  BackendKindInfo info;
  Maker make;
};

constexpr const char* kStepHelp =
    "step: {\"relative\": c} (h = c*max(1,|x_i|)), {\"absolute\": h}, or \"boost\" (Boost.Math's own step)";

FdStep read_step(JsonReader& params, FdScheme scheme) {
  FdStep step;
  const Json* j = params.get("step");
  if (!j) return step;
  const std::string path = params.path_of("step");
  if (j->is_string()) {
    if (j->get<std::string>() != "boost") {
      throw ConfigError(path,
                        "unknown step policy \"" + j->get<std::string>() + "\"; accepted: " + kStepHelp);
    }
    if (scheme == FdScheme::kBackward) throw ConfigError(path, "Boost.Math has no backward difference");
    step.policy = FdStep::Policy::kBoost;
    return step;
  }
  JsonReader s(*j, path);
  const auto rel = s.number("relative");
  const auto abs = s.number("absolute");
  s.finish();
  if (rel.has_value() == abs.has_value()) {
    throw ConfigError(path, std::string("give exactly one of \"relative\" and \"absolute\"; ") + kStepHelp);
  }
  const double c = rel ? *rel : *abs;
  if (!(c > 0 && c < 1)) {
    throw ConfigError(s.path_of(rel ? "relative" : "absolute"),
                      "step must be in (0, 1), got " + Json(c).dump());
  }
  step.policy = rel ? FdStep::Policy::kRelative : FdStep::Policy::kAbsolute;
  step.c = c;
  return step;
}

Entry fd_entry(const char* kind, FdScheme scheme, const char* description) {
  return {{kind, BackendFamily::kFiniteDifference, description, kStepHelp},
          [scheme](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
            return std::make_unique<FiniteDifferenceBackend>(name, scheme, read_step(params, scheme));
          }};
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> kEntries = {
      {{"analytic", BackendFamily::kAnalytic, "the problem's own hand-derived gradient", ""},
       [](const std::string& name, JsonReader&) { return std::make_unique<AnalyticBackend>(name); }},
      fd_entry("fd-forward", FdScheme::kForward, "forward difference, O(h)"),
      fd_entry("fd-backward", FdScheme::kBackward, "backward difference, O(h)"),
      fd_entry("fd-central", FdScheme::kCentral2, "central difference, O(h^2)"),
      fd_entry("fd-4", FdScheme::kCentral4, "central difference, O(h^4)"),
      fd_entry("fd-6", FdScheme::kCentral6, "central difference, O(h^6)"),
      fd_entry("fd-8", FdScheme::kCentral8, "central difference, O(h^8)"),
      {{"complex-step", BackendFamily::kComplexStep, "Im f(x + ih)/h; complex-safe problems only",
        "step: h (default 1e-20)"},
       [](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
         const double h = params.positive("step", 1e-20);
         if (h >= 1e-3)
           throw ConfigError(params.path_of("step"), "step must be < 1e-3, got " + Json(h).dump());
         return std::make_unique<ComplexStepBackend>(name, h);
       }},
      {{"boost-fvar", BackendFamily::kAutodiff,
        "forward-mode AD, Boost.Math autodiff fvar, one pass per coordinate", ""},
       [](const std::string& name, JsonReader&) { return std::make_unique<BoostFvarBackend>(name); }},
  };
  return kEntries;
}

}  // namespace

const std::vector<BackendKindInfo>& backend_kinds() {
  static const std::vector<BackendKindInfo> kinds = [] {
    std::vector<BackendKindInfo> out;
    for (const auto& e : entries()) out.push_back(e.info);
    return out;
  }();
  return kinds;
}

std::vector<std::string> backend_kind_names() {
  std::vector<std::string> out;
  for (const auto& k : backend_kinds()) out.push_back(k.kind);
  return out;
}

std::unique_ptr<Backend> make_backend(const Json& spec, const std::string& path) {
  auto find = [&](const std::string& kind, const std::string& where) -> const Entry& {
    for (const auto& e : entries()) {
      if (e.info.kind == kind) return e;
    }
    throw unknown_name(where, "backend", kind, backend_kind_names());
  };
  if (spec.is_string()) {
    static const Json kNoParams = Json::object();
    JsonReader none(kNoParams, path);
    return find(spec.get<std::string>(), path).make(spec.get<std::string>(), none);
  }
  if (!spec.is_object()) {
    throw ConfigError(path,
                      "expected a backend name or an object with \"kind\", got " + json_type_name(spec));
  }
  JsonReader params(spec, path);
  const auto kind = params.string("kind");
  if (!kind)
    throw ConfigError(params.path_of("kind"),
                      "missing (required; valid: " + join(backend_kind_names()) + ")");
  const Entry& entry = find(*kind, params.path_of("kind"));
  const std::string name = params.string("name", *kind);
  check_name_part(params.path_of("name"), "backend", name);
  const Json* follows = params.get("follows_kink_convention");
  auto backend = entry.make(name, params);
  if (follows) {
    const std::string where = params.path_of("follows_kink_convention");
    if (follows->is_boolean()) {
      backend->declare_kink_convention(follows->get<bool>());
    } else if (follows->is_array() && !follows->empty() &&
               std::all_of(follows->begin(), follows->end(), [](const Json& c) { return c.is_string(); })) {
      backend->declare_kink_conventions(follows->get<std::vector<std::string>>());
    } else {
      throw ConfigError(where,
                        "expected true, false or a non-empty array of kink conventions (as `gradlab list "
                        "problems --json` names them, e.g. \"sign(0) = 0\"), got " +
                            follows->dump());
    }
  }
  params.finish();
  return backend;
}

}  // namespace gradlab
