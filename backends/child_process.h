// A child process started from an argv list (never through a shell) whose
// stdin, stdout and stderr are connected to us, for backends that speak a
// line protocol with it. Its stdin is one end of a socket pair so that writing
// to a dead child fails with EPIPE instead of raising SIGPIPE in gradlab; its
// stderr is drained whenever we wait on it, and the last few KiB are kept for
// error messages. It runs in its own process group, so that killing it also
// kills whatever it started; the price is that a signal gradlab's terminal
// sends to gradlab (Ctrl-C) does not reach it directly: the gradlab command
// kills the groups on SIGINT, SIGTERM and SIGHUP (kill_child_process_groups),
// but a gradlab that crashes or is SIGKILLed leaves it running
// (docs/protocol.md, "Processes").
// Not thread-safe: one owner at a time.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

// SIGKILL to the process group of every child not yet reaped. Async-signal-
// safe: the gradlab command calls it from its SIGINT/SIGTERM/SIGHUP handler,
// so that an interrupted run leaves no child behind.
void kill_child_process_groups();

// How a child ended.
struct ExitStatus {
  bool exited = false;  // normal exit with `code`; otherwise killed by `signal`
  int code = 0;
  int signal = 0;
  // "exited with status 3", "was killed by signal 11 (SIGSEGV, Segmentation fault)".
  std::string describe() const;
};

class ChildProcess {
 public:
  using Clock = std::chrono::steady_clock;

  enum class Outcome {
    kLine,     // a complete line arrived
    kEof,      // stdout was closed; `line` holds any bytes after the last newline
    kTimeout,  // the deadline passed first
    kTooLong,  // more than the allowed bytes arrived without a newline, or
               // before the whole request was written (a child that writes
               // without reading)
  };

  // Starts argv[0] (searched in PATH when it has no '/'). Throws
  // std::runtime_error with the errno text when it cannot be started.
  static std::unique_ptr<ChildProcess> spawn(const std::vector<std::string>& argv);

  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  // Kills and reaps the child if it still runs.
  ~ChildProcess();

  pid_t pid() const { return pid_; }

  // Writes `request` (unless empty) and reads one '\n'-terminated line of
  // stdout into `line` (without the newline), draining stderr meanwhile. A
  // child that stops reading its stdin is not an error here: we keep reading
  // its stdout, where its exit shows as kEof.
  Outcome exchange(std::string_view request, Clock::time_point deadline, std::size_t max_line_bytes,
                   std::string& line);

  // After kEof: waits until the deadline for the child to exit, then kills
  // it; reaps it either way.
  ExitStatus wait_for_exit(Clock::time_point deadline);
  // Sends `farewell`, closes the child's stdin and waits up to `grace` for
  // it to exit before killing it; reaps it.
  ExitStatus shut_down(std::string_view farewell, std::chrono::duration<double> grace);
  // SIGKILL to the child's process group, then reaps it.
  ExitStatus kill_now();

  // What the child wrote to stdout after the last line exchange() returned,
  // read without waiting ("" when nothing): between requests a child that
  // keeps to the protocol writes nothing. The bytes stay for exchange().
  std::string unread_output();

  // The last `max_lines` non-empty lines of the last kStderrTailBytes the
  // child wrote to stderr, joined by " | "; "" when it wrote nothing. Control
  // characters become spaces and a line keeps only what follows its last
  // carriage return (what a progress bar left on screen).
  std::string stderr_tail(int max_lines = 5) const;

  static constexpr std::size_t kStderrTailBytes = 8192;

 private:
  ChildProcess(pid_t pid, int to_child, int from_child, int errors_from_child);

  // Reads what is available on stderr, keeping a bounded tail. Returns false
  // at EOF.
  bool drain_stderr();
  void close_stdin();
  void kill_group();
  ExitStatus reap();

  pid_t pid_;
  int to_child_;           // socket: our end of the child's stdin (-1 once closed)
  int from_child_;         // pipe: the child's stdout
  int errors_from_child_;  // pipe: the child's stderr (-1 at EOF)
  bool reaped_ = false;
  ExitStatus status_;
  std::string pending_;  // stdout bytes after the last line returned
  std::string stderr_tail_;
};

}  // namespace gradlab
