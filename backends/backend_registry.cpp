#include "backends/backend_registry.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "backends/adolc_reverse.h"
#include "backends/analytic.h"
#include "backends/boost_fvar.h"
#include "backends/complex_step.h"
#include "backends/eigen_forward.h"
#include "backends/external_process.h"
#include "backends/finite_difference.h"
#include "backends/plugin_backend.h"
#include "backends/richardson.h"
#include "core/json_reader.h"

namespace gradlab {

namespace {

using Maker = std::function<std::unique_ptr<Backend>(const std::string& name, JsonReader& params)>;

struct Entry {
  BackendKindInfo info;
  Maker make;
};

constexpr const char* kStepHelp =
    "step: {\"relative\": c} (h_i = c eps^(1/(p+1)) max(1,|x_i|); default c is the scheme's optimum), "
    "{\"absolute\": h} (h_i = h), either with \"representable\": true|false (default true: h is replaced "
    "by (x_i + h) - x_i), or \"boost\" (Boost.Math's own step)";

// The step object's size: exactly one of {"relative": c} and
// {"absolute": h}, positive and finite. Other keys of the object are the
// caller's to read before s.finish().
struct StepSize {
  bool relative;
  double value;
  std::string path;  // of the key given
};

StepSize read_step_size(JsonReader& s, std::string_view help) {
  const auto rel = s.number("relative");
  const auto abs = s.number("absolute");
  if (rel.has_value() == abs.has_value()) {
    throw ConfigError(s.path(),
                      std::string("give exactly one of \"relative\" and \"absolute\"; ") + std::string(help));
  }
  StepSize size{rel.has_value(), rel ? *rel : *abs, s.path_of(rel ? "relative" : "absolute")};
  if (!(size.value > 0) || !std::isfinite(size.value)) {
    throw ConfigError(size.path, "expected a positive number, got " + Json(size.value).dump());
  }
  return size;
}

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
  if (!j->is_object())
    throw ConfigError(path, "expected an object or \"boost\", got " + j->dump() + "; " + kStepHelp);
  JsonReader s(*j, path);
  const StepSize size = read_step_size(s, kStepHelp);
  step.representable = s.boolean("representable", true);
  s.finish();
  const double c = size.value;
  // A relative step of a whole max(1, |x_i|) or more samples f too far away to say anything about f'(x).
  if (size.relative && !(c * fd_eps_power(scheme) < 1)) {
    throw ConfigError(size.path, "c eps^(1/(p+1)) = " + Json(c * fd_eps_power(scheme)).dump() +
                                     " must be < 1 (c < " + Json(1 / fd_eps_power(scheme)).dump() +
                                     " for this scheme)");
  }
  step.policy = size.relative ? FdStep::Policy::kRelative : FdStep::Policy::kAbsolute;
  step.c = c;
  return step;
}

constexpr const char* kRiddersStepHelp =
    "initial_step: {\"relative\": r} (h0 = r max(1,|x_i|), default 0.1) or {\"absolute\": h0}";

RiddersSettings read_ridders_settings(JsonReader& params) {
  RiddersSettings r;
  if (const Json* j = params.get("initial_step")) {
    JsonReader s(*j, params.path_of("initial_step"));
    const StepSize size = read_step_size(s, kRiddersStepHelp);
    s.finish();
    r.relative = size.relative;
    r.initial_step = size.value;
  }
  r.contraction = params.number("contraction").value_or(r.contraction);
  if (!(r.contraction >= 1.1 && r.contraction <= 4)) {
    throw ConfigError(params.path_of("contraction"),
                      "expected a factor in [1.1, 4], got " + Json(r.contraction).dump());
  }
  r.max_rows = static_cast<int>(params.integer("max_rows", r.max_rows, 2, 30));
  return r;
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
      {{"fd-richardson", BackendFamily::kFiniteDifference,
        "Ridders' extrapolation of central differences, with a per-component error estimate",
        std::string(kRiddersStepHelp) +
            "; contraction: r in [1.1, 4] (default 2); max_rows: 2..30 (default 15)"},
       [](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
         return std::make_unique<RichardsonBackend>(name, read_ridders_settings(params));
       }},
      {{"complex-step", BackendFamily::kComplexStep, "Im f(x + ih)/h; complex-safe problems only",
        "step: h (default 1e-20)"},
       [](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
         const double h = params.positive("step", 1e-20);
         if (h >= 1e-3)
           throw ConfigError(params.path_of("step"), "step must be < 1e-3, got " + Json(h).dump());
         return std::make_unique<ComplexStepBackend>(name, h);
       }},
      {{"boost-fvar", BackendFamily::kAutodiff,
        "forward-mode AD, Boost.Math autodiff fvar, one pass per coordinate",
        "hessian: true|false (default true: Hessians by nested fvar, n(n+1)/2 passes)"},
       [](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
         return std::make_unique<BoostFvarBackend>(name, params.boolean("hessian", true));
       }},
      {{"eigen-forward", BackendFamily::kAutodiff,
        "forward-mode AD, Eigen AutoDiffScalar<VectorXd>, one pass for the whole gradient", ""},
       [](const std::string& name, JsonReader&) { return std::make_unique<EigenForwardBackend>(name); }},
      {{"adolc-reverse", BackendFamily::kAutodiff,
        "reverse-mode AD, ADOL-C: one tape per problem and n, swept at each point (re-taped where "
        "control flow depends on x); Hessians by ADOL-C's hessian driver",
        ""},
       [](const std::string& name, JsonReader&) { return std::make_unique<AdolcReverseBackend>(name); }},
      {{"external-plugin", BackendFamily::kExternal,
        "a shared library implementing include/gradlab/gradient_plugin.h, loaded in-process "
        "(docs/plugins.md)",
        "path: the plugin's .so file, relative to the current directory (required)"},
       [](const std::string& name, JsonReader& params) -> std::unique_ptr<Backend> {
         const auto path = params.string("path");
         if (!path || path->empty()) {
           throw ConfigError(params.path_of("path"),
                             std::string(path ? "empty" : "missing") +
                                 " (required: the plugin's shared library, e.g. "
                                 "\"build/examples/plugins/c/libgradlab_example_plugin.so\")");
         }
         return std::make_unique<PluginBackend>(name, *path, params.path_of("path"));
       }},
      {{"external-process", BackendFamily::kExternal,
        "your gradient code in a child process speaking JSON lines on stdin/stdout (docs/protocol.md)",
        "command: [program, args...] (required; an argv list, run without a shell, relative paths from the "
        "current directory); timeout: seconds per request (default 10); startup_timeout: seconds for the "
        "handshake (default 10); shutdown_timeout: seconds before a kill at exit (default 2)"},
       make_external_process_backend},
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
