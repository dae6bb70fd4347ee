#include "suites/convergence_suite.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "functions/reference.h"

namespace gradlab {

namespace {

constexpr std::pair<OptimizerKind, const char*> kOptimizers[] = {
    {OptimizerKind::kLbfgs, "lbfgs"},
    {OptimizerKind::kGradientDescent, "gd-armijo"},
};

const char* optimizer_name(OptimizerKind k) {
  for (const auto& [kind, name] : kOptimizers) {
    if (kind == k) return name;
  }
  return "unknown";
}

std::vector<OptimizerKind> read_optimizers(JsonReader& r) {
  std::vector<std::string> valid;
  for (const auto& [kind, name] : kOptimizers) valid.emplace_back(name);
  const Json* j = r.get("optimizers");
  if (!j) return {OptimizerKind::kLbfgs, OptimizerKind::kGradientDescent};
  const std::string path = r.path_of("optimizers");
  if (!j->is_array() || j->empty()) throw ConfigError(path, "expected a non-empty array of: " + join(valid));
  std::vector<OptimizerKind> out;
  for (std::size_t k = 0; k < j->size(); ++k) {
    const std::string where = path + "[" + std::to_string(k) + "]";
    const Json& v = (*j)[k];
    bool found = false;
    for (const auto& [kind, name] : kOptimizers) {
      if (v.is_string() && v.get<std::string>() == name) {
        out.push_back(kind);
        found = true;
      }
    }
    if (!found)
      throw unknown_name(where, "optimizer", v.is_string() ? v.get<std::string>() : v.dump(), valid);
  }
  return out;
}

OptimizerSettings read_settings(JsonReader& section) {
  OptimizerSettings s;
  const Json* j = section.get("optimizer");
  if (!j) return s;
  JsonReader r(*j, section.path_of("optimizer"));
  s.max_iterations = static_cast<int>(r.integer("max_iterations", s.max_iterations, 1, 100'000'000));
  s.gtol = r.positive("gtol", s.gtol);
  s.ftol = r.positive("ftol", s.ftol);
  s.lbfgs_memory = static_cast<int>(r.integer("lbfgs_memory", s.lbfgs_memory, 1, 1000));
  s.c1 = r.positive("c1", s.c1);
  s.c2 = r.positive("c2", s.c2);
  if (!(s.c1 < s.c2 && s.c2 < 1)) {
    throw ConfigError(r.path(), "line-search constants need 0 < c1 < c2 < 1, got c1 = " + Json(s.c1).dump() +
                                    ", c2 = " + Json(s.c2).dump());
  }
  s.keep_trace = r.boolean("trace", true);
  r.finish();
  return s;
}

double distance(std::span<const double> a, std::span<const double> b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += (a[i] - b[i]) * (a[i] - b[i]);
  return std::sqrt(s);
}

}  // namespace

// The NIST StRD log relative error, as Ceres' examples/nist.cc scores it:
// min over parameters of -log10(|x_k - x*_k| / |x*_k|) (absolute where
// x*_k = 0), clamped to [0, digits the minimizer is known to].
double log_relative_error(std::span<const double> x, const Minimum& m) {
  const double cap = std::min(m.digits, 17);
  double lre = cap;
  for (std::size_t k = 0; k < x.size(); ++k) {
    const double err = std::abs(x[k] - m.x[k]) / (m.x[k] != 0 ? std::abs(m.x[k]) : 1.0);
    if (std::isnan(err)) return 0;
    if (err > 0) lre = std::min(lre, -std::log10(err));
  }
  return std::clamp(lre, 0.0, cap);
}

ConvergenceSuite::ConvergenceSuite(const Json& section, const std::string& path, const RunSettings& settings)
    : Suite(JsonReader(section, path).string("name", "convergence")) {
  JsonReader r(section, path);
  r.accept({"kind", "name"});
  const auto problems = select_problems(r.require("problems"), r.path_of("problems"));
  backends_ = read_backends(r, {"analytic"});
  const auto dims = read_dimensions(r);
  const auto optimizers = read_optimizers(r);
  const PointSet starts = read_points(r, "starts", PointSet{true, 0, 0});
  settings_ = read_settings(r);
  seed_ = settings.seed;
  r.finish();

  for (const Problem* p : problems) {
    for (int n : dimensions_for(*p, dims)) {
      const auto pts = point_specs(*p, n, starts);
      for (const auto& b : backends_) {
        for (OptimizerKind opt : optimizers) {
          for (const auto& pt : pts) {
            cases_.push_back({p, n, b.get(), opt, pt});
            names_.push_back(name() + "/" + p->name() + "/n:" + std::to_string(n) + "/" + b->name() + "/" +
                             optimizer_name(opt) + "/start:" + pt.label);
          }
        }
      }
    }
  }
}

Record ConvergenceSuite::run_case(const ConvergenceCase& c) const {
  const auto start = std::chrono::steady_clock::now();
  Record rec = identity(c);

  const auto minima = c.problem->minima(c.n);
  OptimizerSettings s = settings_;
  std::optional<double> f_star;
  if (!minima.empty()) {
    f_star = minima.front().f;
    for (const auto& m : minima) f_star = std::min(*f_star, m.f);
  }
  s.f_star = f_star;

  EvalCount backend_count;
  Objective objective{
      [&](std::span<const double> x) { return c.problem->value(x); },
      [&](std::span<const double> x, std::span<double> g) {
        return c.backend->gradient(*c.problem, x, g, backend_count);
      },
  };
  OptimizerResult result;
  try {
    std::vector<double> x0 = make_point(*c.problem, c.n, c.start, seed_);
    result = c.optimizer == OptimizerKind::kLbfgs ? minimize_lbfgs(objective, std::move(x0), s)
                                                  : minimize_gradient_descent(objective, std::move(x0), s);
  } catch (const std::exception& e) {
    rec.verdict = Verdict::kError;
    rec.message = std::string("optimizer threw: ") + e.what();
    rec.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rec;
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  Json& m = rec.metrics;
  m["status"] = to_string(result.status);
  m["iterations"] = result.iterations;
  m["f_evaluations"] = result.value_evaluations;
  m["g_evaluations"] = result.gradient_evaluations;
  m["backend_evaluations"] = backend_count.total();
  m["final_f"] = result.f;
  m["f_minus_fstar"] = f_star ? Json(result.f - *f_star) : Json(nullptr);
  if (!minima.empty() && result.x.size() == static_cast<std::size_t>(c.n)) {
    const Minimum* nearest_min = &minima.front();
    double d = std::numeric_limits<double>::infinity();
    for (const auto& mm : minima) {
      if (const double dm = distance(result.x, mm.x); dm < d) {
        d = dm;
        nearest_min = &mm;
      }
    }
    m["distance_to_minimizer"] = d;
    m["lre"] = log_relative_error(result.x, *nearest_min);
  } else {
    m["distance_to_minimizer"] = nullptr;
    m["lre"] = nullptr;
  }
  m["grad_inf_norm"] = result.grad_inf_norm;
  m["gtol"] = s.gtol;
  m["ftol"] = s.ftol;
  m["wall_seconds"] = wall;
  Json trace = Json::array();
  for (const auto& t : result.trace) trace.push_back({t.iteration, t.f, t.grad_inf_norm});
  m["trace"] = std::move(trace);

  switch (result.status) {
    case OptimizerStatus::kConvergedGradient:
    case OptimizerStatus::kConvergedValue: rec.verdict = Verdict::kPass; break;
    case OptimizerStatus::kMaxIterations:
    case OptimizerStatus::kLineSearchFailure: rec.verdict = Verdict::kFail; break;
    case OptimizerStatus::kNonFinite:
    case OptimizerStatus::kGradientError: rec.verdict = Verdict::kError; break;
  }
  if (rec.verdict != Verdict::kPass) {
    rec.message =
        std::string(to_string(result.status)) + (result.message.empty() ? "" : ": " + result.message);
  }
  rec.wall_seconds = wall;
  return rec;
}

std::vector<Job> ConvergenceSuite::jobs(const std::vector<std::size_t>& selected) const {
  return job_per_case(selected, [this](std::size_t i) {
    Record r = run_case(cases_[i]);
    r.name = names_[i];
    return r;
  });
}

Record ConvergenceSuite::identity(const ConvergenceCase& c) const {
  Record rec;
  rec.suite = name();
  rec.kind = "convergence";
  rec.problem = c.problem->name();
  rec.n = c.n;
  rec.backend = c.backend->name();
  rec.point = c.start.label;
  rec.tolerance = settings_.gtol;
  rec.metrics["optimizer"] = optimizer_name(c.optimizer);
  return rec;
}

Record ConvergenceSuite::case_record(std::size_t index) const {
  Record rec = identity(cases_[index]);
  rec.name = names_[index];
  return rec;
}

}  // namespace gradlab
