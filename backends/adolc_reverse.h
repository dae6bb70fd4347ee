// Reverse-mode automatic differentiation with ADOL-C (libadolc): the value is
// recorded once on a tape per (problem, n), at the first point asked for, and
// the tape is swept forward and backward at every later point: one sweep pair
// per gradient, whatever n is.
//
// Re-taping: a problem whose value branches on value_of(x)
// (ProblemInfo::control_flow_depends_on_x) is recorded anew at every point,
// since a tape holds only the branch taken where it was recorded; and a tape
// whose recorded comparisons no longer hold at the new point (a driver's
// negative return code) is recorded anew there.
//
// ADOL-C keeps global state and is not thread-safe: every call into it, from
// every instance, holds adolc_mutex(). Tapes live in memory; one too large for
// ADOL-C's buffers spills to files in a private temporary directory (never
// the working directory), removed with the tape and at exit. At most
// kMaxTapes tapes are kept, over all instances; the least recently used is
// freed to make room, and its tag (ADOL-C tape ids are `short`) reused.
#pragma once

#include <atomic>
#include <mutex>
#include <string>

#include "backends/backend.h"

namespace gradlab {

// Held around every use of ADOL-C in the process.
std::mutex& adolc_mutex();

class AdolcReverseBackend final : public Backend {
 public:
  // A swept tape keeps its Taylor buffer (the forward values the reverse
  // sweep reads), and ADOL-C 2.7 allows 32 such buffers at once (TBUFNUM):
  // the 33rd tape would fail. 24 leaves room for other ADOL-C use.
  static constexpr int kMaxTapes = 24;

  explicit AdolcReverseBackend(std::string name);
  ~AdolcReverseBackend() override;

  std::string_view kind() const override { return "adolc-reverse"; }
  BackendFamily family() const override { return BackendFamily::kAutodiff; }
  // As boost-fvar: AD has no truncation error, only the roundoff of
  // evaluating the derivative expressions in double (docs/accuracy.md).
  double default_tolerance() const override { return 1e-12; }
  // ADOL-C's hessian driver on the same tape.
  bool provides_hessian() const override { return true; }
  // One first-order forward sweep of the tape seeded with v (fos_forward).
  bool has_native_directional() const override { return true; }

  // How many tapes this instance has recorded: first recordings and re-tapes.
  long long tapes_recorded() const { return tapes_recorded_; }
  // Tapes held now, over all instances (at most kMaxTapes).
  static int tapes_in_memory();
  // The private directory tapes too large for memory are written to
  // (made with the first instance, removed at exit).
  static std::string tape_directory();

 protected:
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras&) const override;
  void compute_hessian(const Problem& problem, std::span<const double> x, MatrixRef<double> h,
                       EvalCount& count) const override;
  double compute_directional(const Problem& problem, std::span<const double> x, std::span<const double> v,
                             EvalCount& count) const override;

 private:
  // Runs `sweep(tag)` (an ADOL-C driver returning its return code) on this
  // instance's tape of (problem, n), recording it first where needed and once
  // more if the driver reports that the tape's control flow does not hold at
  // x. Throws with the driver's name and code if it still fails.
  // `sweeps` is what one call counts as evaluations of f.
  template <class Sweep>
  void sweep_tape(const Problem& problem, std::span<const double> x, const char* driver, long long sweeps,
                  EvalCount& count, Sweep&& sweep) const;

  mutable std::atomic<long long> tapes_recorded_{0};
};

}  // namespace gradlab
