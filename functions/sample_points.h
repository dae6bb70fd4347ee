// Seeded points in a problem's domain box, keyed by (seed, problem, n, index).
#pragma once

#include <cstdint>
#include <vector>

#include "core/random.h"
#include "functions/problem.h"

namespace gradlab {

inline std::vector<double> random_point(const Problem& problem, int n, std::uint64_t seed, int index) {
  const Box box = problem.domain(n);
  const KeyedRandom rng = KeyedRandom(seed)
                              .child(problem.name())
                              .child(static_cast<std::uint64_t>(n))
                              .child(static_cast<std::uint64_t>(index));
  std::vector<double> x(n);
  for (int i = 0; i < n; ++i) x[i] = rng.uniform(static_cast<std::uint64_t>(i), box.lower[i], box.upper[i]);
  return x;
}

}  // namespace gradlab
