// Starting points shared by the scalable classic problems, which have none in
// the literature.
#pragma once

#include <vector>

namespace gradlab::classic {

// x0_i = 1 + i/(n+1), i = 1..n: distinct coordinates in (1, 2), so no symmetry
// hides an index bug, and none is a minimizer, stationary point or integer.
inline std::vector<double> staircase_start(int n) {
  std::vector<double> x(n);
  for (int i = 0; i < n; ++i) x[i] = 1.0 + static_cast<double>(i + 1) / (n + 1);
  return x;
}

}  // namespace gradlab::classic
