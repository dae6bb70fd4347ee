#include "runner/config.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "core/json_reader.h"

namespace gradlab {

namespace {

std::string line_column(const std::string& text, std::size_t byte) {
  // nlohmann reports the 1-based count of bytes read when the error was seen.
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

// JSON lets a key repeat and keeps the last value; in a config that is
// always a mistake (an edit that did not take), so it is rejected with its path.
class DuplicateKeyCheck {
 public:
  explicit DuplicateKeyCheck(std::string origin) : origin_(std::move(origin)) {}

  bool operator()(int /*depth*/, Json::parse_event_t event, Json& parsed) {
    using E = Json::parse_event_t;
    switch (event) {
      case E::object_start:
        count_element();
        frames_.push_back({true, {}, "", 0});
        break;
      case E::array_start:
        count_element();
        frames_.push_back({false, {}, "", 0});
        break;
      case E::key: {
        Frame& f = frames_.back();
        f.key = parsed.get<std::string>();
        if (!f.keys.insert(f.key).second) {
          throw ConfigError(origin_ + ": " + path(), "key \"" + f.key + "\" appears twice in this object");
        }
        break;
      }
      case E::object_end:
      case E::array_end: frames_.pop_back(); break;
      case E::value: count_element(); break;
    }
    return true;
  }

 private:
  struct Frame {
    bool is_object;
    std::set<std::string> keys;
    std::string key;
    std::size_t next_index;  // arrays: index of the next element
  };

  // Arrays number their elements as they start (objects, arrays) or end (values).
  void count_element() {
    if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().next_index;
  }

  std::string path() const {
    std::string p;
    for (const Frame& f : frames_) {
      // Appending piece by piece: GCC 12 warns falsely (-Wrestrict) on
      // `literal + std::string` here.
      if (f.is_object) {
        if (!p.empty()) p += '.';
        p += f.key;
      } else {
        p += '[';
        p += std::to_string(f.next_index == 0 ? 0 : f.next_index - 1);
        p += ']';
      }
    }
    return p;
  }

  std::string origin_;
  std::vector<Frame> frames_;
};

Json parse_config_text(const std::string& text, const std::string& origin) {
  try {
    return Json::parse(text, DuplicateKeyCheck(origin), /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const Json::parse_error& e) {
    // Keep nlohmann's explanation, drop its "[json.exception...] parse error at line L, column C" preamble.
    std::string what = e.what();
    if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    throw ConfigError(origin + ":" + line_column(text, e.byte), "malformed JSON: " + what);
  }
}

RunConfig load_config(const std::string& path, std::optional<std::uint64_t> seed_override) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path, std::string("cannot open config: ") + std::strerror(errno));
  std::stringstream buffer;
  buffer << in.rdbuf();

  RunConfig config;
  config.path = path;
  config.document = parse_config_text(buffer.str(), path);
  try {
    JsonReader top(config.document, "");
    config.name = top.string("name", "unnamed");
    const auto seed = top.integer("seed", 0, (1LL << 53));
    config.seed = seed_override ? *seed_override : static_cast<std::uint64_t>(seed.value_or(0));
    top.string("description");
    const Json& suites = top.require("suites");
    if (!suites.is_array() || suites.empty()) {
      throw ConfigError("suites", "expected a non-empty array of suite objects");
    }
    top.finish();
    RunSettings settings{config.seed};
    for (std::size_t k = 0; k < suites.size(); ++k) {
      config.suites.push_back(make_suite(suites[k], "suites[" + std::to_string(k) + "]", settings));
    }
    for (std::size_t a = 0; a < config.suites.size(); ++a) {
      for (std::size_t b = 0; b < a; ++b) {
        if (config.suites[a]->name() == config.suites[b]->name()) {
          throw ConfigError("suites[" + std::to_string(a) + "].name",
                            "suite name \"" + config.suites[a]->name() +
                                "\" is used twice; case names must be unique, give one a different \"name\"");
        }
      }
    }
  } catch (const ConfigError& e) {
    throw ConfigError(path + ": " + e.where(), e.message());
  }
  if (seed_override) config.document["seed"] = *seed_override;
  return config;
}

}  // namespace gradlab
