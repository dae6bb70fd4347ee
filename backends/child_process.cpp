#include "backends/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace gradlab {

namespace {

constexpr std::size_t kReadChunk = 65536;

std::string errno_text(int err) { return std::strerror(err); }

// The child's stdio is set up with dup2 onto 0, 1 and 2; a source descriptor
// that already is one of those (gradlab may run with stdin closed) would be
// overwritten or keep its close-on-exec flag, so every descriptor we hand
// over is moved above them first.
void move_above_stdio(int& fd) {
  if (fd > STDERR_FILENO) return;
  const int moved = fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
  const int err = errno;
  close(fd);
  fd = moved;
  if (moved < 0) throw std::runtime_error("fcntl(F_DUPFD_CLOEXEC): " + errno_text(err));
}

void set_nonblocking(int fd) {
  const int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
    throw std::runtime_error("fcntl(O_NONBLOCK): " + errno_text(errno));
  }
}

void close_if_open(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

int milliseconds_until(ChildProcess::Clock::time_point deadline) {
  const auto left = deadline - ChildProcess::Clock::now();
  if (left <= ChildProcess::Clock::duration::zero()) return 0;
  // Rounded up, so that a poll that returns on time has reached the deadline.
  const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
  return static_cast<int>(std::min<long long>(ms, 60'000));
}

// Closes every descriptor in `fds` that is still open when spawning fails.
struct SpawnDescriptors {
  int fds[6] = {-1, -1, -1, -1, -1, -1};
  ~SpawnDescriptors() {
    for (int& fd : fds) close_if_open(fd);
  }
};

}  // namespace

std::string ExitStatus::describe() const {
  if (exited) return "exited with status " + std::to_string(code);
  if (signal == 0) return "ended (its exit status was not available)";
  std::string text = "was killed by signal " + std::to_string(signal);
  const char* abbrev = sigabbrev_np(signal);
  const char* what = strsignal(signal);
  if (abbrev) text += std::string(" (SIG") + abbrev + (what ? std::string(", ") + what : std::string()) + ")";
  return text;
}

namespace {

// The process groups of the children not yet reaped, for
// kill_child_process_groups(), which a signal handler may call: a fixed array
// of lock-free atomics, no allocation. 0 marks a free slot.
constexpr std::size_t kMaxLiveGroups = 256;
std::atomic<pid_t> live_groups[kMaxLiveGroups];
static_assert(std::atomic<pid_t>::is_always_lock_free);

void remember_group(pid_t pgid) {
  for (auto& slot : live_groups) {
    pid_t expected = 0;
    if (slot.compare_exchange_strong(expected, pgid)) return;
  }
  // More live children than slots: this one is not killed on a signal; the
  // normal paths still kill and reap it.
}

void forget_group(pid_t pgid) {
  for (auto& slot : live_groups) {
    pid_t expected = pgid;
    if (slot.compare_exchange_strong(expected, 0)) return;
  }
}

}  // namespace

void kill_child_process_groups() {
  for (auto& slot : live_groups) {
    const pid_t pgid = slot.load();
    if (pgid > 0) kill(-pgid, SIGKILL);
  }
}

std::unique_ptr<ChildProcess> ChildProcess::spawn(const std::vector<std::string>& argv) {
  if (argv.empty()) throw std::runtime_error("empty command");
  SpawnDescriptors d;  // 0, 1: socket pair (ours, child's stdin); 2, 3: stdout pipe; 4, 5: stderr pipe
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
    throw std::runtime_error("socketpair: " + errno_text(errno));
  }
  d.fds[0] = pair[0];
  d.fds[1] = pair[1];
  int out[2];
  if (pipe2(out, O_CLOEXEC) < 0) throw std::runtime_error("pipe2: " + errno_text(errno));
  d.fds[2] = out[0];
  d.fds[3] = out[1];
  int err[2];
  if (pipe2(err, O_CLOEXEC) < 0) throw std::runtime_error("pipe2: " + errno_text(errno));
  d.fds[4] = err[0];
  d.fds[5] = err[1];
  for (int& fd : d.fds) move_above_stdio(fd);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, d.fds[1], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, d.fds[3], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, d.fds[5], STDERR_FILENO);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own process group, so that a kill reaches what it started too; no
  // signal blocked or ignored just because gradlab's thread had it so.
  sigset_t none;
  sigemptyset(&none);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD}) sigaddset(&defaults, s);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) throw std::runtime_error("cannot start \"" + argv[0] + "\": " + errno_text(rc));

  close_if_open(d.fds[1]);
  close_if_open(d.fds[3]);
  close_if_open(d.fds[5]);
  remember_group(pid);
  std::unique_ptr<ChildProcess> child(new ChildProcess(pid, d.fds[0], d.fds[2], d.fds[4]));
  d.fds[0] = d.fds[2] = d.fds[4] = -1;  // owned by `child` now
  set_nonblocking(child->to_child_);
  set_nonblocking(child->from_child_);
  set_nonblocking(child->errors_from_child_);
  return child;
}

ChildProcess::ChildProcess(pid_t pid, int to_child, int from_child, int errors_from_child)
    : pid_(pid), to_child_(to_child), from_child_(from_child), errors_from_child_(errors_from_child) {}

ChildProcess::~ChildProcess() {
  if (!reaped_) kill_now();
  close_if_open(to_child_);
  close_if_open(from_child_);
  close_if_open(errors_from_child_);
}

bool ChildProcess::drain_stderr() {
  if (errors_from_child_ < 0) return false;
  char buf[kReadChunk];
  for (;;) {
    const ssize_t got = read(errors_from_child_, buf, sizeof buf);
    if (got > 0) {
      stderr_tail_.append(buf, static_cast<std::size_t>(got));
      // Trimmed in batches, not on every read; stderr_tail() looks at the
      // last kStderrTailBytes only.
      if (stderr_tail_.size() > 2 * kStderrTailBytes) {
        stderr_tail_.erase(0, stderr_tail_.size() - kStderrTailBytes);
      }
      continue;
    }
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
    close_if_open(errors_from_child_);  // EOF, or an error that will not go away
    return false;
  }
}

ChildProcess::Outcome ChildProcess::exchange(std::string_view request, Clock::time_point deadline,
                                             std::size_t max_line_bytes, std::string& line) {
  std::size_t written = 0;
  bool writing = !request.empty() && to_child_ >= 0;
  std::size_t scanned = 0;  // pending_[0, scanned) holds no newline
  bool stdout_open = from_child_ >= 0;
  char buf[kReadChunk];
  for (;;) {
    // A reply only counts once the whole request is out: the protocol has the
    // child read a whole line before it answers.
    if (!writing) {
      const auto newline = pending_.find('\n', scanned);
      if (newline != std::string::npos) {
        line.assign(pending_, 0, newline);
        pending_.erase(0, newline + 1);
        return Outcome::kLine;
      }
      scanned = pending_.size();
    }
    // Checked while the request is still being written too: a child that
    // writes without reading would otherwise grow pending_ until the deadline.
    if (pending_.size() > max_line_bytes) {
      line = std::move(pending_);
      pending_.clear();
      return Outcome::kTooLong;
    }
    if (!writing && !stdout_open) {
      line = std::move(pending_);
      pending_.clear();
      return Outcome::kEof;
    }
    const int wait_ms = milliseconds_until(deadline);
    if (wait_ms == 0) return Outcome::kTimeout;

    pollfd fds[3];
    nfds_t count = 0;
    const nfds_t out_index = count;
    fds[count++] = {stdout_open ? from_child_ : -1, POLLIN, 0};
    const nfds_t err_index = count;
    fds[count++] = {errors_from_child_, POLLIN, 0};
    const nfds_t in_index = count;
    fds[count++] = {writing ? to_child_ : -1, POLLOUT, 0};
    const int ready = poll(fds, count, wait_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll: " + errno_text(errno));
    }
    if (fds[in_index].revents != 0) {
      while (written < request.size()) {
        const ssize_t sent =
            send(to_child_, request.data() + written, request.size() - written, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
          written += static_cast<std::size_t>(sent);
        } else if (sent < 0 && errno == EINTR) {
          continue;
        } else {
          // EAGAIN: wait for room. Anything else (EPIPE, ECONNRESET): the child
          // stopped reading, most likely because it exited; its stdout says how.
          if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
          writing = false;
          break;
        }
      }
      if (written == request.size()) writing = false;
    }
    if (fds[err_index].revents != 0) drain_stderr();
    if (fds[out_index].revents != 0) {
      for (;;) {
        const ssize_t got = read(from_child_, buf, sizeof buf);
        if (got > 0) {
          pending_.append(buf, static_cast<std::size_t>(got));
          if (pending_.size() > max_line_bytes) break;
          continue;
        }
        if (got < 0 && errno == EINTR) continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        stdout_open = false;
        close_if_open(from_child_);
        // A child that closed its output will not read the rest of the request.
        writing = false;
        break;
      }
    }
  }
}

std::string ChildProcess::unread_output() {
  char buf[kReadChunk];
  while (from_child_ >= 0 && pending_.size() <= kReadChunk) {
    const ssize_t got = read(from_child_, buf, sizeof buf);
    if (got > 0) {
      pending_.append(buf, static_cast<std::size_t>(got));
    } else if (got < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EAGAIN: nothing more now; EOF or an error: exchange() meets it again and says so
    }
  }
  return pending_;
}

void ChildProcess::close_stdin() { close_if_open(to_child_); }

void ChildProcess::kill_group() {
  // The unreaped child keeps its pid, and so its process group id, from being
  // reused: the group we signal is still the one it leads.
  if (kill(-pid_, SIGKILL) < 0) kill(pid_, SIGKILL);
}

ExitStatus ChildProcess::reap() {
  if (reaped_) return status_;
  int raw = 0;
  pid_t got;
  do {
    got = waitpid(pid_, &raw, 0);
  } while (got < 0 && errno == EINTR);
  reaped_ = true;
  forget_group(pid_);
  if (got == pid_) {
    if (WIFEXITED(raw)) {
      status_ = {true, WEXITSTATUS(raw), 0};
    } else if (WIFSIGNALED(raw)) {
      status_ = {false, 0, WTERMSIG(raw)};
    }
  }
  // Otherwise (ECHILD: SIGCHLD ignored process-wide, so the kernel reaped it)
  // the status is unknown and stays "not available".
  drain_stderr();
  close_if_open(to_child_);
  close_if_open(from_child_);
  return status_;
}

ExitStatus ChildProcess::wait_for_exit(Clock::time_point deadline) {
  if (reaped_) return status_;
  char discard[kReadChunk];
  for (;;) {
    siginfo_t info;
    info.si_pid = 0;
    const int rc = waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT);
    if (rc < 0 && errno == EINTR) continue;
    if (rc < 0) return reap();  // ECHILD: already reaped by the kernel; its pid may be reused, do not signal
    if (info.si_pid == pid_) break;
    const int wait_ms = milliseconds_until(deadline);
    if (wait_ms == 0) break;
    // Keep both pipes drained meanwhile: a child blocked writing to a full
    // pipe would never exit. No event reports a child's exit here, so look
    // again at least every 10 ms.
    pollfd fds[2] = {{errors_from_child_, POLLIN, 0}, {from_child_, POLLIN, 0}};
    if (poll(fds, 2, std::min(wait_ms, 10)) > 0) {
      if (fds[0].revents != 0) drain_stderr();
      if (fds[1].revents != 0) {
        const ssize_t got = read(from_child_, discard, sizeof discard);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) close_if_open(from_child_);
      }
    }
  }
  // Whatever it started goes with it, whether it exited or not.
  kill_group();
  return reap();
}

ExitStatus ChildProcess::shut_down(std::string_view farewell, std::chrono::duration<double> grace) {
  if (reaped_) return status_;
  if (to_child_ >= 0 && !farewell.empty()) {
    // Best effort: a child that does not read its stdin gets killed below.
    [[maybe_unused]] const ssize_t sent =
        send(to_child_, farewell.data(), farewell.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  }
  close_stdin();
  return wait_for_exit(Clock::now() + std::chrono::duration_cast<Clock::duration>(grace));
}

ExitStatus ChildProcess::kill_now() {
  if (reaped_) return status_;
  kill_group();
  return reap();
}

std::string ChildProcess::stderr_tail(int max_lines) const {
  std::string_view window = stderr_tail_;
  if (window.size() > kStderrTailBytes) {
    window.remove_prefix(window.size() - kStderrTailBytes);
    // The window's first line is cut; drop it unless it is the only one.
    if (const auto newline = window.find('\n'); newline != std::string_view::npos) {
      window.remove_prefix(newline + 1);
    }
  }
  std::vector<std::string> lines;
  std::size_t end = window.size();
  while (end > 0 && static_cast<int>(lines.size()) < max_lines) {
    const std::size_t start = window.rfind('\n', end - 1);
    const std::size_t from = start == std::string_view::npos ? 0 : start + 1;
    std::string_view raw = window.substr(from, end - from);
    // "\r\n" ends a line; any other carriage return went back over it.
    while (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (const auto cr = raw.rfind('\r'); cr != std::string_view::npos) raw.remove_prefix(cr + 1);
    std::string text(raw);
    // One line of a one-line message: no terminal escapes, tabs or bells.
    for (char& c : text) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f) c = ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.size() > 300) text = text.substr(0, 297) + "...";
    if (!text.empty()) lines.push_back(std::move(text));
    if (start == std::string_view::npos) break;
    end = start;
  }
  std::string out;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    if (!out.empty()) out += " | ";
    out += *it;
  }
  return out;
}

}  // namespace gradlab
