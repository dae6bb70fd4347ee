// What the suites share when reading a config section: which problems, which
// dimensions, which backends, which points.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "backends/backend.h"
#include "core/json_reader.h"
#include "functions/problem.h"

namespace gradlab {

// Selectors: an exact name, "tag:NAME", "family:NAME", "re:REGEX" (full match) or "*"; a
// selector starting with "!" excludes what it matches.
std::vector<const Problem*> select_problems(const Json& selectors, const std::string& path);

// The dimensions a problem runs at: its fixed n, or for scalable problems the
// configured ones, each rounded up to the next n the problem allows (its
// default n when the config names none).
std::vector<int> dimensions_for(const Problem& problem, const std::vector<int>& configured);
std::vector<int> read_dimensions(JsonReader& section);

std::vector<std::unique_ptr<Backend>> read_backends(JsonReader& section,
                                                    const std::vector<std::string>& fallback);

// The points a case runs at.
struct PointSet {
  bool x0 = true;
  int minima = -1;  // how many known minima: -1 all, 0 none, K the first K
  int random = 0;
  bool named = false;  // the problem's further published starts (NIST start1/start2, ...)
};
PointSet read_points(JsonReader& section, const std::string& key, PointSet fallback);

// A point named but not yet computed: cases hold these, so a config with
// large n and many points costs memory only while a case runs.
struct PointSpec {
  enum class Kind { kX0, kMinimum, kRandom, kNamed };
  Kind kind;
  int index;          // which minimum / which random point
  std::string label;  // x0, min0, min1, ..., 0, 1, ... (random points), or a start's name
};
std::vector<PointSpec> point_specs(const Problem& problem, int n, const PointSet& set);
std::vector<double> make_point(const Problem& problem, int n, const PointSpec& spec, std::uint64_t seed);

}  // namespace gradlab
