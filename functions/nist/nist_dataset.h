// One NIST StRD nonlinear regression data set as generated into
// functions/nist/data/ by scripts/nist_to_cpp.py.
#pragma once

#include <span>

namespace gradlab::nist {

struct Dataset {
  const char* name;        // as NIST spells it, e.g. "Misra1a"
  const char* difficulty;  // Lower, Average, Higher
  std::span<const double> start1;
  std::span<const double> start2;
  std::span<const double> certified;  // the certified parameter values
  std::span<const double> certified_sd;
  double certified_rss;  // residual sum of squares at `certified`
  int certified_digits;  // significant digits NIST states
  std::span<const double> y;
  std::span<const double> x;
  std::span<const double> x2;  // empty unless the model has two predictors
};

}  // namespace gradlab::nist
