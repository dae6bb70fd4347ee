// A bad config or bad usage: carries the JSON path (or flag) it is about.
// Everything that reports it prints one line and exits with code 2.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace gradlab {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string where, std::string message)
      : std::runtime_error(where.empty() ? message : where + ": " + message),
        where_(std::move(where)),
        message_(std::move(message)) {}
  const std::string& where() const { return where_; }
  // The message without the location.
  const std::string& message() const { return message_; }

 private:
  std::string where_;
  std::string message_;
};

// `unknown <what> "<name>"; did you mean "<nearest>"? (valid: ...)`.
ConfigError unknown_name(const std::string& where, const std::string& what, const std::string& name,
                         const std::vector<std::string>& valid, const std::string& also_valid = "");

// Names that become parts of case names: non-empty, no '/' and no spaces.
void check_name_part(const std::string& where, const std::string& what, const std::string& name);

// The candidate closest to `word` by edit distance, or "" when none is close.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);
// "a, b, c" for messages.
std::string join(const std::vector<std::string>& items, const std::string& sep = ", ");

}  // namespace gradlab
