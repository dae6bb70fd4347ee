#include "suites/selection.h"

#include <algorithm>
#include <regex>
#include <set>

#include "backends/backend_registry.h"
#include "functions/registry.h"
#include "functions/sample_points.h"

namespace gradlab {

std::vector<const Problem*> select_problems(const Json& selectors, const std::string& path) {
  const auto& registry = ProblemRegistry::instance();
  if (!selectors.is_array() || selectors.empty()) {
    throw ConfigError(
        path,
        "expected a non-empty array of problem names, \"tag:NAME\", \"family:NAME\", \"re:REGEX\", \"*\" "
        "(each may start with \"!\" to exclude)");
  }
  std::set<const Problem*> chosen, excluded;
  for (std::size_t k = 0; k < selectors.size(); ++k) {
    const std::string where = path + "[" + std::to_string(k) + "]";
    if (!selectors[k].is_string())
      throw ConfigError(where, "expected a string, got " + json_type_name(selectors[k]));
    std::string sel = selectors[k].get<std::string>();
    // "!SELECTOR" removes what SELECTOR matches, whatever its position.
    const bool exclude = !sel.empty() && sel[0] == '!';
    if (exclude) sel = sel.substr(1);
    std::size_t matched = 0;
    auto take = [&](const Problem* p) {
      (exclude ? excluded : chosen).insert(p);
      ++matched;
    };
    if (sel == "*") {
      for (const Problem* p : registry.all()) take(p);
    } else if (sel.rfind("tag:", 0) == 0) {
      const auto tag = tag_from_string(sel.substr(4));
      if (!tag) {
        std::vector<std::string> names;
        for (Tag t : all_tags()) names.emplace_back(to_string(t));
        throw unknown_name(where, "tag", sel.substr(4), names);
      }
      for (const Problem* p : registry.all()) {
        if (p->info().has(*tag)) take(p);
      }
    } else if (sel.rfind("family:", 0) == 0) {
      std::vector<std::string> families;
      for (const Problem* p : registry.all()) {
        if (p->info().family == sel.substr(7)) take(p);
        if (std::find(families.begin(), families.end(), p->info().family) == families.end())
          families.push_back(p->info().family);
      }
      if (matched == 0) throw unknown_name(where, "family", sel.substr(7), families);
    } else if (sel.rfind("re:", 0) == 0) {
      std::regex re;
      try {
        re = std::regex(sel.substr(3), std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        throw ConfigError(where, "bad regular expression \"" + sel.substr(3) + "\": " + e.what());
      }
      for (const Problem* p : registry.all()) {
        if (std::regex_match(p->name(), re)) take(p);
      }
    } else {
      const Problem* p = nullptr;
      try {
        p = registry.find(sel);
      } catch (const std::invalid_argument& e) {
        throw ConfigError(where, "\"" + sel + "\": " + e.what());
      }
      if (!p) {
        // Parameters (name(key=value)) are not part of the name to look up.
        throw unknown_name(where, "problem", sel.substr(0, sel.find('(')), registry.names(),
                           "or tag:NAME, family:NAME, re:REGEX, *, each may start with !; a parameterized "
                           "problem as NAME(key=value,...)");
      }
      take(p);
    }
    if (matched == 0) throw ConfigError(where, "\"" + sel + "\" matches no problem");
  }
  for (const Problem* p : excluded) chosen.erase(p);
  if (chosen.empty()) throw ConfigError(path, "selects no problem once the \"!\" exclusions are applied");
  std::vector<const Problem*> out(chosen.begin(), chosen.end());
  std::sort(out.begin(), out.end(), [](const Problem* a, const Problem* b) { return a->name() < b->name(); });
  return out;
}

std::vector<int> dimensions_for(const Problem& problem, const std::vector<int>& configured) {
  const Dimension& d = problem.info().dimension;
  if (!d.is_scalable()) return {d.fixed_n};
  if (configured.empty()) return {d.default_n};
  // A dimension the problem does not allow becomes the next one it does
  // (powell needs a multiple of 4: 10 -> 12), and one above its maximum
  // becomes the largest it allows (watson: 100 -> 31), so no problem drops out.
  const int largest = d.max_n / d.multiple_of * d.multiple_of;
  std::vector<int> out;
  for (int n : configured) {
    int m = d.round_up(n);
    if (m == 0 && largest >= d.min_n) m = largest;
    if (m > 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out;
}

std::vector<int> read_dimensions(JsonReader& section) {
  const Json* j = section.get("dimensions");
  if (!j) return {};
  const std::string path = section.path_of("dimensions");
  if (!j->is_array() || j->empty()) throw ConfigError(path, "expected a non-empty array of integers >= 1");
  std::vector<int> dims;
  for (std::size_t k = 0; k < j->size(); ++k) {
    const Json& v = (*j)[k];
    if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 10'000'000) {
      throw ConfigError(path + "[" + std::to_string(k) + "]",
                        "expected an integer in [1, 10000000], got " + v.dump());
    }
    dims.push_back(v.get<int>());
  }
  std::sort(dims.begin(), dims.end());
  dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
  return dims;
}

std::vector<std::unique_ptr<Backend>> read_backends(JsonReader& section,
                                                    const std::vector<std::string>& fallback) {
  std::vector<std::unique_ptr<Backend>> out;
  const Json* j = section.get("backends");
  const std::string path = section.path_of("backends");
  if (!j) {
    for (const auto& kind : fallback) out.push_back(make_backend(Json(kind), path));
    return out;
  }
  if (!j->is_array() || j->empty()) {
    throw ConfigError(path, "expected a non-empty array of backend names or {\"kind\": ...} objects");
  }
  std::set<std::string> names;
  for (std::size_t k = 0; k < j->size(); ++k) {
    const std::string where = path + "[" + std::to_string(k) + "]";
    auto backend = make_backend((*j)[k], where);
    if (!names.insert(backend->name()).second) {
      throw ConfigError(where, "backend name \"" + backend->name() +
                                   "\" used twice; give one instance a different \"name\"");
    }
    out.push_back(std::move(backend));
  }
  return out;
}

PointSet read_points(JsonReader& section, const std::string& key, PointSet fallback) {
  const Json* j = section.get(key);
  if (!j) return fallback;
  JsonReader r(*j, section.path_of(key));
  PointSet set = fallback;
  set.x0 = r.boolean("x0", fallback.x0);
  if (const Json* m = r.get("minima")) {
    if (m->is_boolean()) {
      set.minima = m->get<bool>() ? -1 : 0;
    } else if (m->is_number_integer() && m->get<long long>() >= 0 && m->get<long long>() <= 100000) {
      set.minima = m->get<int>();
    } else {
      throw ConfigError(r.path_of("minima"),
                        "expected true (all known minima), false, or a count >= 0, got " + m->dump());
    }
  }
  set.random = static_cast<int>(r.integer("random", fallback.random, 0, 100000));
  set.named = r.boolean("named", fallback.named);
  r.finish();
  if (!set.x0 && set.minima == 0 && set.random == 0 && !set.named)
    throw ConfigError(r.path(), "selects no point at all");
  return set;
}

std::vector<PointSpec> point_specs(const Problem& problem, int n, const PointSet& set) {
  std::vector<PointSpec> out;
  if (set.x0) out.push_back({PointSpec::Kind::kX0, 0, "x0"});
  if (set.minima != 0) {
    const std::size_t known = problem.minima(n).size();
    const std::size_t count = set.minima < 0 ? known : std::min(known, static_cast<std::size_t>(set.minima));
    for (std::size_t k = 0; k < count; ++k) {
      out.push_back({PointSpec::Kind::kMinimum, static_cast<int>(k), "min" + std::to_string(k)});
    }
  }
  for (int k = 0; k < set.random; ++k) out.push_back({PointSpec::Kind::kRandom, k, std::to_string(k)});
  if (set.named) {
    const auto named = problem.starts(n);
    for (std::size_t k = 0; k < named.size(); ++k) {
      out.push_back({PointSpec::Kind::kNamed, static_cast<int>(k), named[k].name});
    }
  }
  return out;
}

std::vector<double> make_point(const Problem& problem, int n, const PointSpec& spec, std::uint64_t seed) {
  switch (spec.kind) {
    case PointSpec::Kind::kX0: return problem.x0(n);
    case PointSpec::Kind::kMinimum: return problem.minima(n).at(static_cast<std::size_t>(spec.index)).x;
    case PointSpec::Kind::kRandom: return random_point(problem, n, seed, spec.index);
    case PointSpec::Kind::kNamed: return problem.starts(n).at(static_cast<std::size_t>(spec.index)).x;
  }
  return {};
}

}  // namespace gradlab
