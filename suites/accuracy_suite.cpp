#include "suites/accuracy_suite.h"

#include <chrono>

#include "backends/backend_registry.h"
#include "core/gradient_error.h"
#include "functions/reference.h"

namespace gradlab {

AccuracySuite::AccuracySuite(const Json& section, const std::string& path, const RunSettings& settings)
    : Suite(JsonReader(section, path).string("name", "accuracy")) {
  JsonReader r(section, path);
  r.accept({"kind", "name"});
  const auto problems = select_problems(r.require("problems"), r.path_of("problems"));
  backends_ = read_backends(r, backend_kind_names());
  const auto dims = read_dimensions(r);
  const PointSet points = read_points(r, "points", PointSet{true, -1, 3});
  floor_factor_ = r.positive("floor", 1.0);
  if (floor_factor_ > 1) {
    throw ConfigError(r.path_of("floor"), "expected a factor in (0, 1], got " + Json(floor_factor_).dump() +
                                              " (a larger floor would hide errors in every component)");
  }
  seed_ = settings.seed;
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

  std::vector<double> reference;
  double scale = 0;
  try {
    reference = reference_gradient(*c.problem, x);
    scale = gradient_scale(*c.problem, reference);
  } catch (const std::exception& e) {
    return finish(Verdict::kError, std::string("reference gradient failed: ") + e.what());
  }
  std::vector<double> g(x.size());
  EvalCount count;
  const Status status = c.backend->gradient(*c.problem, x, g, count);
  rec.metrics["evaluations"] = count.total();
  switch (status.code) {
    case StatusCode::kOk: break;
    case StatusCode::kNotApplicable: return finish(Verdict::kNotApplicable, status.message);
    case StatusCode::kNonFinite: return finish(Verdict::kError, "non-finite gradient: " + status.message);
    case StatusCode::kError: return finish(Verdict::kError, status.message);
  }

  const GradientError e = compare_gradients(g, reference, floor_factor_ * scale);
  Json& m = rec.metrics;
  m["max_rel_error"] = e.max_rel_error;
  m["digits"] = e.digits;
  m["max_abs_error"] = e.max_abs_error;
  m["cosine"] = e.cosine;
  m["worst_index"] = e.worst_index;
  m["worst_value"] = e.worst_value;
  m["worst_reference"] = e.worst_reference;
  m["floor"] = e.floor;
  m["evaluations"] = count.total();
  m["value_evaluations"] = count.value;
  m["gradient_evaluations"] = count.gradient;

  if (e.max_rel_error <= *rec.tolerance) return finish(Verdict::kPass, "");
  char msg[256];
  std::snprintf(msg, sizeof msg,
                "gradient[%d] = %.17g, reference %.17g: mixed relative error %.3g > tolerance %.3g",
                e.worst_index, e.worst_value, e.worst_reference, e.max_rel_error, *rec.tolerance);
  return finish(Verdict::kFail, msg);
}

std::vector<Job> AccuracySuite::jobs(const std::vector<std::size_t>& selected) const {
  return job_per_case(selected, [this](std::size_t i) {
    Record r = run_case(cases_[i]);
    r.name = names_[i];
    return r;
  });
}

}  // namespace gradlab
