#include "suites/accuracy_suite.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "backends/backend_registry.h"
#include "core/gradient_error.h"
#include "core/random.h"
#include "functions/reference.h"

namespace gradlab {

namespace {

// The step and the backend's own error estimate, where it reports them.
void record_extras(const GradientExtras& extras, std::span<const double> g, std::span<const double> reference,
                   const GradientError& e, Json& m) {
  const std::size_t worst = static_cast<std::size_t>(e.worst_index);
  if (extras.steps.size() == g.size() && !g.empty()) {
    const auto [lo, hi] = std::minmax_element(extras.steps.begin(), extras.steps.end());
    m["step"] = {{"at_worst", extras.steps[worst]}, {"min", *lo}, {"max", *hi}};
  }
  if (extras.error_estimates.size() == g.size() && !g.empty()) {
    // An honest estimate bounds the true error: say how often it does and by
    // how much it is exceeded at worst.
    std::size_t covered = 0;
    double worst_ratio = 0;
    for (std::size_t i = 0; i < g.size(); ++i) {
      const double true_error = std::abs(g[i] - reference[i]);
      const double estimate = extras.error_estimates[i];
      if (true_error <= estimate) ++covered;
      worst_ratio =
          std::max(worst_ratio, estimate > 0 ? true_error / estimate : (true_error > 0 ? HUGE_VAL : 0.0));
    }
    m["error_estimate"] = {{"at_worst", extras.error_estimates[worst]},
                           {"true_error_at_worst", std::abs(g[worst] - reference[worst])},
                           {"covered_fraction", static_cast<double>(covered) / static_cast<double>(g.size())},
                           {"max_true_over_estimate", worst_ratio}};
  }
  if (extras.self_timed_seconds) m["self_timed_seconds"] = *extras.self_timed_seconds;
}

}  // namespace

std::string_view to_string(DerivativeCheck d) {
  switch (d) {
    case DerivativeCheck::kGradient: return "gradient";
    case DerivativeCheck::kHessian: return "hessian";
    case DerivativeCheck::kJvp: return "jvp";
    case DerivativeCheck::kProjection: return "projection";
  }
  return "gradient";
}

AccuracySuite::AccuracySuite(const Json& section, const std::string& path, const RunSettings& settings)
    : Suite(JsonReader(section, path).string("name", "accuracy")) {
  JsonReader r(section, path);
  r.accept({"kind", "name"});
  const auto problems = select_problems(r.require("problems"), r.path_of("problems"));
  // External kinds need a library or a command named in the config, so the
  // default "every kind" means every built-in one.
  std::vector<std::string> built_in;
  for (const auto& k : backend_kinds()) {
    if (k.family != BackendFamily::kExternal) built_in.push_back(k.kind);
  }
  backends_ = read_backends(r, built_in);
  const auto dims = read_dimensions(r);
  const PointSet points = read_points(r, "points", PointSet{true, -1, 3});
  floor_factor_ = r.positive("floor", 1.0);
  if (floor_factor_ > 1) {
    throw ConfigError(r.path_of("floor"), "expected a factor in (0, 1], got " + Json(floor_factor_).dump() +
                                              " (a larger floor would hide errors in every component)");
  }
  seed_ = settings.seed;
  const std::string derivative = r.string("derivative", "gradient");
  if (derivative == "gradient") {
    derivative_ = DerivativeCheck::kGradient;
  } else if (derivative == "hessian") {
    derivative_ = DerivativeCheck::kHessian;
  } else if (derivative == "jvp") {
    derivative_ = DerivativeCheck::kJvp;
  } else if (derivative == "projection") {
    derivative_ = DerivativeCheck::kProjection;
  } else {
    throw ConfigError(
        r.path_of("derivative"),
        "unknown derivative \"" + derivative +
            "\"; accepted: \"gradient\", \"hessian\", \"jvp\" "
            "(the backend's directional derivative along random directions), \"projection\" (its "
            "gradient projected onto them)");
  }
  const bool directional =
      derivative_ == DerivativeCheck::kJvp || derivative_ == DerivativeCheck::kProjection;
  if (directional) {
    directions_ = static_cast<int>(r.integer("directions", directions_, 1, 1000));
    full_check_max_n_ = static_cast<int>(r.integer("full_check_max_n", full_check_max_n_, 0, 100000000));
  }
  if (const Json* t = r.get("tolerances")) {
    JsonReader tr(*t, r.path_of("tolerances"));
    for (const auto& b : backends_) {
      if (auto v = tr.number(b->name())) {
        if (!(*v > 0 && *v < 1)) {
          throw ConfigError(tr.path_of(b->name()), "a tolerance must be in (0, 1), got " + Json(*v).dump() +
                                                       " (an error of 1 or more means no correct digit)");
        }
        tolerances_[b->name()] = *v;
      }
    }
    tr.finish();  // a tolerance for a backend the suite does not run is a typo
  }
  r.finish();

  for (const Problem* p : problems) {
    for (int n : dimensions_for(*p, dims)) {
      const auto pts = point_specs(*p, n, points);
      for (const auto& b : backends_) {
        for (const auto& pt : pts) {
          cases_.push_back({p, n, b.get(), pt});
          names_.push_back(name() + "/" + p->name() + "/n:" + std::to_string(n) + "/" + b->name() +
                           "/point:" + pt.label);
        }
      }
    }
  }
}

double AccuracySuite::tolerance_for(const Backend& b) const {
  auto it = tolerances_.find(b.name());
  return it != tolerances_.end() ? it->second : b.default_tolerance();
}

Record AccuracySuite::case_record(std::size_t index) const {
  Record rec = identity(cases_[index]);
  rec.name = names_[index];
  return rec;
}

Record AccuracySuite::identity(const AccuracyCase& c) const {
  Record rec;
  rec.suite = name();
  rec.kind = "accuracy";
  rec.problem = c.problem->name();
  rec.n = c.n;
  rec.backend = c.backend->name();
  rec.point = c.point.label;
  rec.tolerance = tolerance_for(*c.backend);
  return rec;
}

Record AccuracySuite::run_case(const AccuracyCase& c) const {
  const auto start = std::chrono::steady_clock::now();
  Record rec = identity(c);
  rec.metrics["backend_kind"] = c.backend->kind();
  rec.metrics["backend_settings"] = c.backend->settings();
  rec.metrics["derivative"] = to_string(derivative_);

  auto finish = [&](Verdict v, std::string message) {
    rec.verdict = v;
    rec.message = std::move(message);
    rec.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rec;
  };

  const std::vector<double> x = make_point(*c.problem, c.n, c.point, seed_);
  if (auto why = c.problem->nondifferentiable_at(x)) {
    // The reference there is the problem's convention: only a backend that
    // declares it follows that convention can be held to it.
    const std::string& convention = c.problem->info().kink_convention;
    if (convention.empty()) {
      return finish(Verdict::kNotApplicable,
                    *why + " (gradient undefined; the problem states no convention there)");
    }
    if (!c.backend->follows_kink_convention(convention)) {
      return finish(Verdict::kNotApplicable, *why + " (gradient undefined; backend " + c.backend->name() +
                                                 " does not declare it follows the convention " + convention +
                                                 ")");
    }
    rec.metrics["kink_convention"] = convention;
  }

  auto [verdict, message] = [&]() -> std::pair<Verdict, std::string> {
    switch (derivative_) {
      case DerivativeCheck::kGradient: return check_gradient(c, x, rec);
      case DerivativeCheck::kHessian: return check_hessian(c, x, rec);
      case DerivativeCheck::kJvp:
      case DerivativeCheck::kProjection: return check_directional(c, x, rec);
    }
    return {Verdict::kError, "unknown derivative check"};
  }();
  return finish(verdict, std::move(message));
}

namespace {

std::pair<Verdict, std::string> from_status(const Status& status, std::string_view what) {
  switch (status.code) {
    case StatusCode::kOk: break;
    case StatusCode::kNotApplicable: return {Verdict::kNotApplicable, status.message};
    case StatusCode::kNonFinite:
      return {Verdict::kError, "non-finite " + std::string(what) + ": " + status.message};
    case StatusCode::kError: return {Verdict::kError, status.message};
  }
  return {Verdict::kPass, ""};
}

void store_error(const GradientError& e, Json& m) {
  m["max_rel_error"] = e.max_rel_error;
  m["digits"] = e.digits;
  m["max_abs_error"] = e.max_abs_error;
  m["cosine"] = e.cosine;
  m["worst_index"] = e.worst_index;
  m["worst_value"] = e.worst_value;
  m["worst_reference"] = e.worst_reference;
  m["floor"] = e.floor;
}

void store_count(const EvalCount& count, Json& m) {
  m["evaluations"] = count.total();
  m["value_evaluations"] = count.value;
  m["gradient_evaluations"] = count.gradient;
}

std::string exceeds(double error, double tolerance) {
  char msg[96];
  std::snprintf(msg, sizeof msg, "mixed relative error %.3g > tolerance %.3g", error, tolerance);
  return msg;
}

}  // namespace

std::pair<Verdict, std::string> AccuracySuite::check_gradient(const AccuracyCase& c,
                                                              std::span<const double> x, Record& rec) const {
  std::vector<double> reference;
  double scale = 0;
  try {
    reference = reference_gradient(*c.problem, x);
    scale = gradient_scale(*c.problem, reference);
  } catch (const std::exception& e) {
    return {Verdict::kError, std::string("reference gradient failed: ") + e.what()};
  }
  std::vector<double> g(x.size());
  EvalCount count;
  GradientExtras extras;
  const Status status = c.backend->gradient(*c.problem, x, g, count, &extras);
  rec.metrics["evaluations"] = count.total();
  if (!status.is_ok()) return from_status(status, "gradient");

  const GradientError e = compare_gradients(g, reference, floor_factor_ * scale);
  Json& m = rec.metrics;
  store_error(e, m);
  store_count(count, m);
  record_extras(extras, g, reference, e, m);
  if (e.max_rel_error <= *rec.tolerance) return {Verdict::kPass, ""};
  char msg[160];
  std::snprintf(msg, sizeof msg, "gradient[%d] = %.17g, reference %.17g: ", e.worst_index, e.worst_value,
                e.worst_reference);
  return {Verdict::kFail, msg + exceeds(e.max_rel_error, *rec.tolerance)};
}

std::pair<Verdict, std::string> AccuracySuite::check_hessian(const AccuracyCase& c, std::span<const double> x,
                                                             Record& rec) const {
  if (!c.backend->provides_hessian()) {
    return {Verdict::kNotApplicable, "backend " + c.backend->name() + " computes no Hessians"};
  }
  // A kink's convention names a subgradient; there is no second derivative.
  if (auto why = c.problem->nondifferentiable_at(x)) return {Verdict::kNotApplicable, *why + " (no Hessian)"};
  const std::size_t n = x.size();
  std::vector<double> reference;
  double scale = 0;
  try {
    reference = reference_hessian(*c.problem, x);
    scale = hessian_scale(*c.problem, static_cast<int>(n), reference);
  } catch (const std::exception& e) {
    return {Verdict::kError, std::string("reference Hessian failed: ") + e.what()};
  }
  std::vector<double> h(n * n);
  EvalCount count;
  const Status status = c.backend->hessian(*c.problem, x, MatrixRef<double>(h, n), count);
  rec.metrics["evaluations"] = count.total();
  if (!status.is_ok()) return from_status(status, "Hessian");

  const GradientError e = compare_gradients(h, reference, floor_factor_ * scale);
  Json& m = rec.metrics;
  store_error(e, m);
  store_count(count, m);
  m["worst_row"] = e.worst_index / static_cast<int>(n);
  m["worst_column"] = e.worst_index % static_cast<int>(n);
  if (e.max_rel_error <= *rec.tolerance) return {Verdict::kPass, ""};
  char msg[160];
  std::snprintf(msg, sizeof msg,
                "hessian(%d,%d) = %.17g, reference %.17g: ", e.worst_index / static_cast<int>(n),
                e.worst_index % static_cast<int>(n), e.worst_value, e.worst_reference);
  return {Verdict::kFail, msg + exceeds(e.max_rel_error, *rec.tolerance)};
}

std::pair<Verdict, std::string> AccuracySuite::check_directional(const AccuracyCase& c,
                                                                 std::span<const double> x,
                                                                 Record& rec) const {
  const std::size_t n = x.size();
  std::vector<Real50> reference50;
  std::vector<double> reference;
  double scale = 0;
  try {
    reference50 = reference_gradient_50(*c.problem, x);
    for (const Real50& r : reference50) reference.push_back(static_cast<double>(r));
    scale = gradient_scale(*c.problem, reference);
  } catch (const std::exception& e) {
    return {Verdict::kError, std::string("reference gradient failed: ") + e.what()};
  }
  // Beyond double's range the errors below would be inf / inf, which no
  // verdict can rest on.
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(reference[i])) {
      return {Verdict::kError, "reference gradient[" + std::to_string(i) +
                                   "] = " + std::to_string(reference[i]) +
                                   " is beyond double's range: no directional error can be formed"};
    }
  }
  if (!std::isfinite(scale)) return {Verdict::kError, "the gradient's scale is not finite"};
  const bool projection = derivative_ == DerivativeCheck::kProjection;
  EvalCount count;
  std::vector<double> g;
  if (projection) {
    g.resize(n);
    const Status status = c.backend->gradient(*c.problem, x, g, count);
    if (!status.is_ok()) {
      rec.metrics["evaluations"] = count.total();
      return from_status(status, "gradient");
    }
  }

  // Rademacher directions (each component +-1: no component is negligible,
  // and v is exact in every precision), keyed like random points.
  const KeyedRandom directions = KeyedRandom(seed_)
                                     .child("direction")
                                     .child(c.problem->name())
                                     .child(static_cast<std::uint64_t>(n))
                                     .child(c.point.label);
  double worst = 0;
  int worst_direction = 0;
  double worst_value = 0, worst_reference = 0;
  std::vector<double> v(n);
  for (int k = 0; k < directions_; ++k) {
    const KeyedRandom dk = directions.child(static_cast<std::uint64_t>(k));
    for (std::size_t i = 0; i < n; ++i) v[i] = dk.bits(i) >> 63 ? 1.0 : -1.0;
    // The denominator is what a gradient passing the component-wise check
    // can be off by along v: sum_i max(|r_i|, s) |v_i|. So a right gradient
    // passes every direction, at a stationary point too (where the terms
    // are the floor s, n times over), and a failed projection proves a
    // component-wise failure. (A failed jvp need not: the backend's own
    // directional derivative is another computation than its gradient.)
    const Real50 floor_s = floor_factor_ * scale;
    Real50 exact = 0, magnitude = 0;
    for (std::size_t i = 0; i < n; ++i) {
      exact += reference50[i] * v[i];
      const Real50 term = abs(reference50[i]);
      magnitude += (term > floor_s ? term : floor_s) * std::abs(v[i]);
    }
    double d = 0;
    if (projection) {
      // Summed without roundoff (v_i = +-1), so that n does not add error of
      // its own to what is judged.
      Real50 sum = 0;
      for (std::size_t i = 0; i < n; ++i) sum += Real50(g[i]) * v[i];
      d = static_cast<double>(sum);
    } else {
      const Status status = c.backend->directional_derivative(*c.problem, x, v, d, count);
      if (!status.is_ok()) {
        rec.metrics["evaluations"] = count.total();
        return from_status(status, "directional derivative");
      }
    }
    // Relative to the size of the terms, not to the sum itself: a
    // directional derivative that cancels to ~0 is no reason to demand more
    // digits of each component than a gradient check would.
    const double denominator = static_cast<double>(magnitude);
    const double reference_d = static_cast<double>(exact);
    const double error =
        denominator > 0 ? std::abs(d - reference_d) / denominator : std::abs(d - reference_d);
    // A NaN error stays the worst: no later direction may hide it.
    if (k == 0 || std::isnan(error) || (!std::isnan(worst) && error > worst)) {
      worst = error;
      worst_direction = k;
      worst_value = d;
      worst_reference = reference_d;
    }
  }
  Json& m = rec.metrics;
  m["directions"] = directions_;
  m["native_directional"] = !projection && c.backend->has_native_directional();
  m["max_rel_error"] = worst;
  m["digits"] = correct_digits(worst);
  m["worst_direction"] = worst_direction;
  m["worst_value"] = worst_value;
  m["worst_reference"] = worst_reference;
  store_count(count, m);
  if (worst <= *rec.tolerance) return {Verdict::kPass, ""};

  char msg[200];
  std::snprintf(msg, sizeof msg, "%s along direction %d = %.17g, reference %.17g: ",
                projection ? "gradient . v" : "directional derivative", worst_direction, worst_value,
                worst_reference);
  std::string message = msg + exceeds(worst, *rec.tolerance);
  // Name the component at fault when that is affordable.
  if (static_cast<int>(n) > full_check_max_n_) {
    return {Verdict::kFail, message + "; n = " + std::to_string(n) + " > full_check_max_n = " +
                                std::to_string(full_check_max_n_) + ": full gradient not compared"};
  }
  EvalCount full_count;
  if (!projection) {
    g.resize(n);
    const Status status = c.backend->gradient(*c.problem, x, g, full_count);
    if (!status.is_ok()) return {Verdict::kFail, message + "; full gradient: " + status.message};
  }
  const GradientError e = compare_gradients(g, reference, floor_factor_ * scale);
  m["full_check"] = {{"max_rel_error", e.max_rel_error},
                     {"worst_index", e.worst_index},
                     {"worst_value", e.worst_value},
                     {"worst_reference", e.worst_reference},
                     {"evaluations", full_count.total()}};
  if (!projection && e.max_rel_error <= *rec.tolerance) {
    char full[240];
    std::snprintf(full, sizeof full,
                  "; the backend's full gradient passes (mixed relative error %.3g, worst at gradient[%d]): "
                  "its directional derivative disagrees with its own gradient",
                  e.max_rel_error, e.worst_index);
    return {Verdict::kFail, message + full};
  }
  char full[200];
  std::snprintf(
      full, sizeof full,
      "; full gradient: worst component gradient[%d] = %.17g, reference %.17g, mixed relative error %.3g",
      e.worst_index, e.worst_value, e.worst_reference, e.max_rel_error);
  return {Verdict::kFail, message + full};
}

std::vector<Job> AccuracySuite::jobs(const std::vector<std::size_t>& selected) const {
  return job_per_case(selected, [this](std::size_t i) {
    Record r = run_case(cases_[i]);
    r.name = names_[i];
    return r;
  });
}

}  // namespace gradlab
