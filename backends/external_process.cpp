#include "backends/external_process.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "backends/child_process.h"
#include "core/config_error.h"
#include "core/json_reader.h"
#include "functions/registry.h"

namespace gradlab {

namespace {

using Clock = ChildProcess::Clock;

constexpr std::string_view kBye = "{\"type\":\"bye\"}\n";
constexpr std::size_t kMaxHelloBytes = std::size_t{1} << 20;

Clock::time_point after(double seconds) {
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

// A line from the process as a JSON string, cut to `max` bytes: control
// characters and invalid UTF-8 stay readable in a one-line message.
std::string excerpt(std::string_view text, std::size_t max = 200) {
  const bool cut = text.size() > max;
  std::string shown =
      Json(std::string(text.substr(0, max))).dump(-1, ' ', false, Json::error_handler_t::replace);
  return cut ? shown + "... (" + std::to_string(text.size()) + " bytes)" : shown;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::optional<std::string> string_field(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// Doubles in their shortest form that reads back as the same double (at most
// 17 significant digits); JSON has no NaN or infinity, so those are null.
void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}

std::string format_request(long long id, const std::string& problem, std::span<const double> x) {
  std::string out;
  out.reserve(80 + problem.size() + 25 * x.size());
  out += "{\"type\":\"gradient\",\"id\":";
  out += std::to_string(id);
  out += ",\"problem\":";
  out += Json(problem).dump();
  out += ",\"n\":";
  out += std::to_string(x.size());
  out += ",\"x\":[";
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i > 0) out += ',';
    append_number(out, x[i]);
  }
  out += "]}\n";
  return out;
}

std::string display_command(const std::vector<std::string>& argv) {
  std::string out;
  for (const std::string& a : argv) {
    if (!out.empty()) out += ' ';
    const bool plain = !a.empty() && a.find_first_of(" \t\"'\\") == std::string::npos;
    out += plain ? a : Json(a).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  if (out.size() > 120) out = out.substr(0, 117) + "...";
  return out;
}

std::string list_names(const std::map<std::string, std::string>& names, std::size_t max = 12) {
  std::string out;
  std::size_t k = 0;
  for (const auto& [n, listed] : names) {
    if (k == max) return out + ", ... (" + std::to_string(names.size()) + " in all)";
    if (k++ > 0) out += ", ";
    out += n;
  }
  return out.empty() ? "no problems" : out;
}

// Why `line` could not be read as JSON, with the hint a backend needs most:
// Python's json.dumps writes NaN and Infinity unless told not to, and a
// number like 1e999 is JSON but no double.
std::string unreadable_json(const Json::exception& e, std::string_view line, const std::string& what) {
  const bool syntax = dynamic_cast<const Json::parse_error*>(&e) != nullptr;
  std::string text = (syntax ? "malformed JSON " : "unreadable JSON ") + what + " (" + e.what() + ")";
  if (dynamic_cast<const Json::out_of_range*>(&e)) {
    text += " (a number beyond the range of a double: send null for a non-finite number)";
  } else if (line.find("NaN") != std::string_view::npos || line.find("Infinity") != std::string_view::npos) {
    text += " (JSON has no NaN or Infinity: send null for a non-finite number)";
  }
  return text;
}

}  // namespace

ExternalProcessBackend::ExternalProcessBackend(std::string name, ExternalProcessOptions options)
    : Backend(std::move(name)),
      options_(std::move(options)),
      command_text_(display_command(options_.command)) {}

ExternalProcessBackend::~ExternalProcessBackend() {
  std::lock_guard lock(mutex_);
  if (child_) child_->shut_down(kBye, std::chrono::duration<double>(options_.shutdown_timeout_seconds));
  child_.reset();
}

Json ExternalProcessBackend::settings() const {
  return {{"command", options_.command},
          {"timeout", options_.timeout_seconds},
          {"startup_timeout", options_.startup_timeout_seconds},
          {"shutdown_timeout", options_.shutdown_timeout_seconds}};
}

std::optional<pid_t> ExternalProcessBackend::process_id() const {
  std::lock_guard lock(mutex_);
  if (!child_) return std::nullopt;
  return child_->pid();
}

std::string ExternalProcessBackend::label() const {
  std::string text = "backend \"" + name() + "\" (process " + command_text_;
  if (hello_) text += ", which says it is " + hello_->backend + " " + hello_->version;
  return text + ")";
}

std::string ExternalProcessBackend::stderr_note() const {
  const std::string tail = child_ ? child_->stderr_tail() : "";
  return tail.empty() ? "" : "; its stderr ended with: " + tail;
}

std::optional<std::string> ExternalProcessBackend::start_if_needed() const {
  if (child_) return std::nullopt;
  if (start_failure_) return start_failure_;
  try {
    child_ = ChildProcess::spawn(options_.command);
  } catch (const std::exception& e) {
    start_failure_ = label() + ": " + e.what() + "; the backend is disabled for the rest of the run";
    return start_failure_;
  }
  hello_.reset();
  std::optional<std::string> failure;
  try {
    failure = handshake();
  } catch (const std::exception& e) {
    // Not expected (handshake() turns what it meets into a message), but a
    // process that is running without a hello must not stay.
    failure = std::string("unexpected error: ") + e.what();
  }
  if (!failure && !hello_) failure = "no hello was recorded";
  if (failure) {
    hello_.reset();
    child_->kill_now();
    start_failure_ = label() + ": handshake failed: " + *failure + stderr_note() +
                     "; the backend is disabled for the rest of the run";
    child_.reset();
    return start_failure_;
  }
  return std::nullopt;
}

std::optional<std::string> ExternalProcessBackend::handshake() const {
  const std::string hello = "{\"type\":\"hello\",\"protocol\":" + std::to_string(kProtocolVersion) + "}\n";
  std::string line;
  switch (child_->exchange(hello, after(options_.startup_timeout_seconds), kMaxHelloBytes, line)) {
    case ChildProcess::Outcome::kLine: break;
    case ChildProcess::Outcome::kTimeout:
      return "no reply to the hello within " + number_text(options_.startup_timeout_seconds) + " s" +
             " (the startup_timeout)";
    case ChildProcess::Outcome::kTooLong:
      return "the process wrote more than 1 MiB without a newline, or before it had read the hello: " +
             excerpt(line, 80);
    case ChildProcess::Outcome::kEof: {
      const ExitStatus status = child_->wait_for_exit(after(options_.shutdown_timeout_seconds));
      if (line.empty()) return "the process " + status.describe() + " before answering the hello";
      return "the process wrote a partial line " + excerpt(line) + " (no newline) and " + status.describe();
    }
  }
  Json j;
  try {
    j = Json::parse(line);
  } catch (const Json::exception& e) {
    return unreadable_json(e, line, "in reply to the hello") + ": " + excerpt(line);
  }
  if (!j.is_object()) return "the reply to the hello is not a JSON object: " + excerpt(line);
  const std::string type = string_field(j, "type").value_or("");
  const std::string speaks = "gradlab speaks protocol " + std::to_string(kProtocolVersion);
  if (type == "error") {
    std::string message =
        "the backend refused the hello: " + string_field(j, "message").value_or("(no message)");
    if (j.contains("protocol"))
      message += " (" + speaks + ", the backend protocol " + json_excerpt(j["protocol"]) + ")";
    return message;
  }
  if (type != "hello")
    return "expected {\"type\": \"hello\", ...} in reply to the hello, got " + excerpt(line);
  if (!j.contains("protocol") || !j["protocol"].is_number_integer() ||
      j["protocol"].get<long long>() != kProtocolVersion) {
    return "the backend answered the hello with protocol " +
           (j.contains("protocol") ? json_excerpt(j["protocol"]) : std::string("(none)")) + "; " + speaks;
  }
  Hello h;
  const auto backend = string_field(j, "backend");
  const auto version = string_field(j, "version");
  if (!backend || backend->empty())
    return "the hello lacks \"backend\" (a non-empty string): " + excerpt(line);
  if (!version) return "the hello lacks \"version\" (a string): " + excerpt(line);
  h.backend = *backend;
  h.version = *version;
  const auto problems = j.find("problems");
  if (problems == j.end() || !problems->is_array()) {
    return "the hello lacks \"problems\" (an array of catalog problem names): " + excerpt(line);
  }
  const ProblemRegistry& catalog = ProblemRegistry::instance();
  for (std::size_t i = 0; i < problems->size(); ++i) {
    const Json& p = (*problems)[i];
    const std::string at = "problems[" + std::to_string(i) + "]";
    if (!p.is_string()) return at + " is " + json_excerpt(p) + ", expected a catalog problem name (a string)";
    const std::string listed = p.get<std::string>();
    const auto [problem, why_not] = catalog.look_up(listed);
    if (!problem) return at + " = " + excerpt(listed, 80) + why_not;
    const auto [it, added] = h.problems.emplace(problem->name(), listed);
    if (!added) {
      return at + " = " + excerpt(listed, 80) + " names " + problem->name() + " again (listed before as " +
             excerpt(it->second, 80) + ")";
    }
  }
  hello_ = std::move(h);
  return std::nullopt;
}

Status ExternalProcessBackend::applicable(const Problem& problem) const {
  std::lock_guard lock(mutex_);
  // After a restart the list from the previous handshake still holds; only
  // the very first case has to start the process to know it.
  if (!hello_) {
    if (auto failure = start_if_needed()) return Status::error(*failure);
    if (!hello_) return Status::error(label() + ": the process started but its hello was not recorded");
  }
  if (hello_->problems.count(problem.name())) return Status::ok();
  return Status::not_applicable(label() + " does not implement " + problem.name() + " (it implements " +
                                list_names(hello_->problems) + ")");
}

void ExternalProcessBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                     EvalCount& count, GradientExtras& extras) const {
  std::lock_guard lock(mutex_);
  if (auto failure = start_if_needed()) throw BackendFailure(*failure);
  const long long id = next_request_id_++;
  const std::size_t n = x.size();
  // Neither the request id nor the pid: they depend on the order cases ran
  // in, and a record must not depend on --jobs.
  const std::string request_text = "gradient of " + problem.name() + " (n = " + std::to_string(n) + ")";

  // The stream is out of step or the process is gone: kill it (if needed),
  // and let the next case start a new one.
  auto fail_and_restart = [&](const std::string& what, bool already_ended = false) {
    if (!already_ended) child_->kill_now();
    const std::string message = label() + ": " + request_text + ": " + what +
                                (already_ended ? "" : "; the process was killed") +
                                "; a new one starts with the next case" + stderr_note();
    child_.reset();
    throw BackendFailure(message);
  };
  // The process is fine and in step; only this case failed.
  auto fail = [&](const std::string& what) {
    throw BackendFailure(label() + ": " + request_text + ": " + what);
  };

  const auto listed = hello_->problems.find(problem.name());
  if (listed == hello_->problems.end()) {
    fail("the process (started again after a failure) no longer lists " + problem.name() + " in its hello");
  }
  // Between requests a process in step writes nothing; a line now is most
  // likely a second reply to an earlier request, which would otherwise be
  // taken for the reply to this one.
  if (const std::string stray = child_->unread_output(); !stray.empty()) {
    fail_and_restart(
        "before the request was sent, the process wrote output that answers no request (did it "
        "answer an earlier request twice?): " +
        excerpt(std::string_view(stray).substr(0, stray.find('\n'))));
  }

  std::string line;
  const std::size_t max_line = (std::size_t{1} << 20) + 64 * n;
  switch (child_->exchange(format_request(id, listed->second, x), after(options_.timeout_seconds), max_line,
                           line)) {
    case ChildProcess::Outcome::kLine: break;
    case ChildProcess::Outcome::kTimeout:
      fail_and_restart("no reply within " + number_text(options_.timeout_seconds) + " s (the timeout)");
      break;
    case ChildProcess::Outcome::kTooLong:
      fail_and_restart(
          "the process wrote more than " + std::to_string(max_line) +
          " bytes without a newline, or before it had read the whole request: " + excerpt(line, 80));
      break;
    case ChildProcess::Outcome::kEof: {
      const ExitStatus status = child_->wait_for_exit(after(options_.shutdown_timeout_seconds));
      if (line.empty()) {
        fail_and_restart("the process " + status.describe() + " without replying", true);
      }
      fail_and_restart(
          "partial reply " + excerpt(line) + " (no newline), then the process " + status.describe(), true);
      break;
    }
  }

  Json j;
  try {
    j = Json::parse(line);
  } catch (const Json::exception& e) {
    fail_and_restart(unreadable_json(e, line, "reply") + ": " + excerpt(line));
  }
  if (!j.is_object()) fail_and_restart("the reply is not a JSON object: " + excerpt(line));
  const std::string type = string_field(j, "type").value_or("");
  if (type != "result" && type != "error") {
    fail_and_restart("the reply is not a result or an error (\"type\" must be \"result\" or \"error\"): " +
                     excerpt(line));
  }
  const auto reply_id = j.find("id");
  if (reply_id == j.end()) fail_and_restart("the reply has no \"id\" (expected " + std::to_string(id) + ")");
  if (!reply_id->is_number_integer() || reply_id->get<long long>() != id) {
    const bool earlier = reply_id->is_number_integer() && reply_id->get<long long>() < id;
    fail_and_restart("the reply has id " + json_excerpt(*reply_id) + ", expected " + std::to_string(id) +
                     (earlier ? " (the id of an earlier request: did the process answer it twice?)" : ""));
  }
  if (type == "error") {
    fail("the backend replied with an error: " + string_field(j, "message").value_or("(no message)"));
  }

  // Protocol 1 does not use f(x) (docs/protocol.md says why), but a "value"
  // that is not a number points at a bug in the backend all the same.
  if (const auto value = j.find("value"); value != j.end() && !value->is_number() && !value->is_null()) {
    fail("\"value\" is " + json_excerpt(*value) +
         ", expected a number (null for a non-finite one) or nothing");
  }
  const auto gradient = j.find("gradient");
  if (gradient == j.end()) fail("the result has no \"gradient\"");
  if (!gradient->is_array())
    fail("\"gradient\" is " + json_excerpt(*gradient) + ", expected an array of n numbers");
  if (gradient->size() != n) {
    fail("the gradient has " + std::to_string(gradient->size()) +
         " components, expected n = " + std::to_string(n));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Json& gi = (*gradient)[i];
    if (gi.is_number()) {
      g[i] = gi.get<double>();
    } else if (gi.is_null()) {
      g[i] = std::nan("");  // reported as non-finite by Backend::gradient
    } else {
      fail("gradient[" + std::to_string(i) + "] is " + json_excerpt(gi) +
           ", expected a number (null for a non-finite one)");
    }
  }
  if (const auto ns = j.find("nanoseconds"); ns != j.end()) {
    if (!ns->is_number() || !(ns->get<double>() >= 0) || !std::isfinite(ns->get<double>())) {
      fail("\"nanoseconds\" is " + json_excerpt(*ns) + ", expected a non-negative number");
    }
    extras.self_timed_seconds = ns->get<double>() * 1e-9;
  }
  ++count.gradient;
}

namespace {

double read_seconds(JsonReader& params, const char* key, double fallback, double max) {
  const auto v = params.number(key);
  if (!v) return fallback;
  if (!(*v > 0 && *v <= max)) {
    throw ConfigError(params.path_of(key),
                      "expected seconds in (0, " + number_text(max) + "], got " + number_text(*v));
  }
  return *v;
}

}  // namespace

std::unique_ptr<Backend> make_external_process_backend(const std::string& name, JsonReader& params) {
  ExternalProcessOptions options;
  const std::string where = params.path_of("command");
  const Json* command = params.get("command");
  constexpr const char* kExpected =
      "an array of strings: the program and its arguments, run without a shell (e.g. [\"python3\", "
      "\"my_backend.py\"])";
  if (!command) throw ConfigError(where, std::string("missing (required: ") + kExpected + ")");
  if (command->is_string()) {
    std::string suggestion;
    std::string word;
    for (char c : command->get<std::string>() + " ") {
      if (c != ' ' && c != '\t') {
        word += c;
      } else if (!word.empty()) {
        suggestion += (suggestion.empty() ? "" : ", ") + Json(word).dump();
        word.clear();
      }
    }
    throw ConfigError(where, "expected " + std::string(kExpected) + ", got the string " + command->dump() +
                                 "; write it as [" + suggestion + "]");
  }
  if (!command->is_array() || command->empty()) {
    throw ConfigError(where, "expected " + std::string(kExpected) + ", got " + json_type_name(*command) +
                                 " " + json_excerpt(*command));
  }
  for (std::size_t i = 0; i < command->size(); ++i) {
    const Json& a = (*command)[i];
    const std::string at = where + "[" + std::to_string(i) + "]";
    if (!a.is_string())
      throw ConfigError(at, "expected a string, got " + json_type_name(a) + " " + json_excerpt(a));
    const std::string s = a.get<std::string>();
    if (i == 0 && s.empty()) throw ConfigError(at, "expected the program to run, got an empty string");
    if (s.find('\0') != std::string::npos)
      throw ConfigError(at, "an argument cannot contain a NUL character");
    options.command.push_back(s);
  }
  options.timeout_seconds = read_seconds(params, "timeout", options.timeout_seconds, 3600);
  options.startup_timeout_seconds =
      read_seconds(params, "startup_timeout", options.startup_timeout_seconds, 3600);
  options.shutdown_timeout_seconds =
      read_seconds(params, "shutdown_timeout", options.shutdown_timeout_seconds, 60);
  return std::make_unique<ExternalProcessBackend>(name, std::move(options));
}

}  // namespace gradlab
