// What the Moré–Garbow–Hillstrom problems share: naming, citation, the
// f = sum r_i^2 convention and the paper's extra starting points 10 x0 and
// 100 x0.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "functions/least_squares.h"
#include "functions/registry.h"

namespace gradlab::mgh {

inline constexpr const char* kMghSource =
    "J. J. Moré, B. S. Garbow, K. E. Hillstrom, Testing Unconstrained Optimization Software, ACM "
    "Transactions "
    "on Mathematical Software 7(1):17-41, 1981";

// `snake_name` is the paper's name in snake case; the catalog name is
// mghNN_<snake_name>. `residuals` says what m is ("m = 15", "m = n + 1").
inline ProblemInfo mgh_info(int number, const std::string& snake_name, Dimension dimension,
                            const std::string& residuals, const std::string& notes = "",
                            std::vector<Tag> tags = {Tag::kSmooth}) {
  char prefix[8];
  std::snprintf(prefix, sizeof prefix, "mgh%02d_", number);
  std::string source = kMghSource;
  source += ", problem (";
  source += std::to_string(number);
  source += ")";
  std::string all_notes = "f = sum_i r_i(x)^2 over the paper's residuals (MGH's convention, no factor 1/2); ";
  all_notes += residuals;
  all_notes += "; starts: x0 as in the paper, 10x0 and 100x0 as the paper suggests";
  if (!notes.empty()) {
    all_notes += "; ";
    all_notes += notes;
  }
  return {.name = std::string(prefix) + snake_name,
          .family = "mgh",
          .source = source,
          .dimension = dimension,
          .tags = std::move(tags),
          .notes = all_notes};
}

// The paper's further starting points: 10 x0 and 100 x0.
inline std::vector<NamedPoint> mgh_starts(const std::vector<double>& x0) {
  std::vector<NamedPoint> out{{"10x0", x0}, {"100x0", x0}};
  for (double& v : out[0].x) v *= 10;
  for (double& v : out[1].x) v *= 100;
  return out;
}

}  // namespace gradlab::mgh
