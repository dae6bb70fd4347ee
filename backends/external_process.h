// The user's gradient code, in any language, as a child process speaking the
// JSON-lines protocol of docs/protocol.md on its stdin and stdout.
//
// The process is started lazily, on the first case that needs it (listing
// or validating a config never starts one), and one process serves one
// backend instance: its requests are serialized by a mutex, whatever the
// number of threads. Every failure of the process — a crash, a hang past the
// timeout, a malformed, partial or mismatched reply — becomes that case's
// error status; the process is then killed and a new one started for the
// next case. A process that fails its handshake is not started again.
#pragma once

#include <sys/types.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "backends/backend.h"
#include "core/json_reader.h"

namespace gradlab {

class ChildProcess;

struct ExternalProcessOptions {
  std::vector<std::string> command;  // argv: the program and its arguments
  double timeout_seconds = 10;       // per request
  double startup_timeout_seconds = 10;
  double shutdown_timeout_seconds = 2;
};

class ExternalProcessBackend final : public Backend {
 public:
  static constexpr int kProtocolVersion = 1;

  ExternalProcessBackend(std::string name, ExternalProcessOptions options);
  ~ExternalProcessBackend() override;

  std::string_view kind() const override { return "external-process"; }
  BackendFamily family() const override { return BackendFamily::kExternal; }
  // What an exact derivative evaluated in double reaches, as for `analytic`;
  // code that approximates (differences, single precision) needs a looser
  // tolerance in the suite's "tolerances".
  double default_tolerance() const override { return 1e-12; }
  // The configuration only: what the process says about itself is known only
  // after it started, and records must not depend on which case came first.
  Json settings() const override;

  // The running process, if one is running.
  std::optional<pid_t> process_id() const;

 protected:
  Status applicable(const Problem& problem) const override;
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras& extras) const override;

 private:
  struct Hello {
    std::string backend;
    std::string version;
    // Catalog name -> the name as the process listed it, which requests
    // carry back ("shekel(m=7.0)" is the catalog's "shekel(m=7)").
    std::map<std::string, std::string> problems;
  };

  // Starts the process and shakes hands unless one is running; the error
  // message when that failed (now or on an earlier attempt). Afterwards
  // either child_ and hello_ are both set or start_failure_ is. Needs mutex_.
  std::optional<std::string> start_if_needed() const;
  // Sets hello_ on success; returns what went wrong otherwise.
  std::optional<std::string> handshake() const;
  // "backend \"NAME\" (process ARGV)": how every message names this instance.
  std::string label() const;
  // "; its stderr ended with: ..." or "".
  std::string stderr_note() const;

  ExternalProcessOptions options_;
  std::string command_text_;
  mutable std::mutex mutex_;
  mutable std::unique_ptr<ChildProcess> child_;
  mutable std::optional<Hello> hello_;  // from the latest successful handshake
  mutable std::optional<std::string> start_failure_;
  mutable long long next_request_id_ = 1;
};

// Reads an "external-process" config entry (command, timeout,
// startup_timeout, shutdown_timeout); throws ConfigError with the JSON path.
std::unique_ptr<Backend> make_external_process_backend(const std::string& name, JsonReader& params);

}  // namespace gradlab
