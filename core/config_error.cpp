#include "core/config_error.h"

#include <algorithm>
#include <cctype>

namespace gradlab {

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  // A suggestion further away than half the word is noise, not help.
  if (best_distance == std::string::npos || best_distance > std::max<std::size_t>(2, word.size() / 2))
    return "";
  return best;
}

ConfigError unknown_name(const std::string& where, const std::string& what, const std::string& name,
                         const std::vector<std::string>& valid, const std::string& also_valid) {
  std::string msg = "unknown " + what + " \"" + name + "\"";
  if (const auto near = nearest(name, valid); !near.empty()) msg += "; did you mean \"" + near + "\"?";
  msg += " (valid: " + join(valid) + (also_valid.empty() ? "" : "; " + also_valid) + ")";
  return ConfigError(where, msg);
}

void check_name_part(const std::string& where, const std::string& what, const std::string& name) {
  if (name.empty() || name.find_first_of("/ \t") != std::string::npos) {
    throw ConfigError(where,
                      "a " + what + " name must be non-empty without '/' or spaces, got \"" + name + "\"");
  }
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

}  // namespace gradlab
