// A bad config or bad usage: carries the JSON path (or flag) it is about.
// Everything that reports it prints one line and exits with code 2.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace gradlab {

class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string where, const std::string& what)
      : std::runtime_error(where.empty() ? what : where + ": " + what), where_(std::move(where)) {}
  const std::string& where() const { return where_; }

 private:
  std::string where_;
};

// The candidate closest to `word` by edit distance, or "" when none is close.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);
// "a, b, c" for messages.
std::string join(const std::vector<std::string>& items, const std::string& sep = ", ");

}  // namespace gradlab
