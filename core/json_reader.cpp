#include "core/json_reader.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace gradlab {

std::string json_type_name(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

std::string json_excerpt(const Json& value) {
  // Invalid UTF-8 in a string is replaced, not thrown on: a message must
  // always be writable.
  const std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

JsonReader::JsonReader(const Json& object, std::string path) : object_(object), path_(std::move(path)) {
  if (!object_.is_object()) {
    throw ConfigError(path_.empty() ? "(top level)" : path_,
                      "expected an object, got " + json_type_name(object_) + " " + json_excerpt(object_));
  }
}

std::string JsonReader::path_of(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

bool JsonReader::has(const std::string& key) {
  accepted_.push_back(key);
  return object_.contains(key);
}

const Json* JsonReader::get(const std::string& key) {
  accepted_.push_back(key);
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

const Json& JsonReader::require(const std::string& key) {
  const Json* j = get(key);
  if (!j) throw ConfigError(path_of(key), "missing (required)");
  return *j;
}

std::optional<double> JsonReader::number(const std::string& key) {
  const Json* j = get(key);
  if (!j) return std::nullopt;
  if (!j->is_number())
    throw ConfigError(path_of(key), "expected a number, got " + json_type_name(*j) + " " + json_excerpt(*j));
  const double v = j->get<double>();
  if (!std::isfinite(v)) throw ConfigError(path_of(key), "expected a finite number, got " + json_excerpt(*j));
  return v;
}

double JsonReader::number(const std::string& key, double fallback) { return number(key).value_or(fallback); }

double JsonReader::positive(const std::string& key, double fallback) {
  const auto v = number(key);
  if (v && *v <= 0) throw ConfigError(path_of(key), "expected a number > 0, got " + json_excerpt(*get(key)));
  return v.value_or(fallback);
}

std::optional<long long> JsonReader::integer(const std::string& key, long long lo, long long hi) {
  const Json* j = get(key);
  if (!j) return std::nullopt;
  if (!j->is_number_integer()) {
    throw ConfigError(path_of(key),
                      "expected an integer, got " + json_type_name(*j) + " " + json_excerpt(*j));
  }
  const long long v = j->get<long long>();
  if (v < lo || v > hi) {
    throw ConfigError(path_of(key), "expected an integer in [" + std::to_string(lo) + ", " +
                                        std::to_string(hi) + "], got " + std::to_string(v));
  }
  return v;
}

long long JsonReader::integer(const std::string& key, long long fallback, long long lo, long long hi) {
  return integer(key, lo, hi).value_or(fallback);
}

std::optional<bool> JsonReader::boolean(const std::string& key) {
  const Json* j = get(key);
  if (!j) return std::nullopt;
  if (!j->is_boolean()) throw ConfigError(path_of(key), "expected true or false, got " + json_excerpt(*j));
  return j->get<bool>();
}

bool JsonReader::boolean(const std::string& key, bool fallback) { return boolean(key).value_or(fallback); }

std::optional<std::string> JsonReader::string(const std::string& key) {
  const Json* j = get(key);
  if (!j) return std::nullopt;
  if (!j->is_string())
    throw ConfigError(path_of(key), "expected a string, got " + json_type_name(*j) + " " + json_excerpt(*j));
  return j->get<std::string>();
}

std::string JsonReader::string(const std::string& key, const std::string& fallback) {
  return string(key).value_or(fallback);
}

void JsonReader::accept(std::initializer_list<const char*> keys) {
  for (const char* k : keys) accepted_.emplace_back(k);
}

void JsonReader::finish() const {
  std::vector<std::string> accepted = accepted_;
  std::sort(accepted.begin(), accepted.end());
  accepted.erase(std::unique(accepted.begin(), accepted.end()), accepted.end());
  for (const auto& [key, value] : object_.items()) {
    if (std::binary_search(accepted.begin(), accepted.end(), key)) continue;
    std::string msg = "unknown key \"" + key + "\"";
    if (const std::string near = nearest(key, accepted); !near.empty())
      msg += "; did you mean \"" + near + "\"?";
    msg += " (accepted: " + join(accepted) + ")";
    throw ConfigError(path_of(key), msg);
  }
}

}  // namespace gradlab
