// Reads one JSON object of a config, remembering which keys it asked for, so
// that finish() can reject unknown keys with the path and the nearest valid
// key. Every error is a ConfigError naming the JSON path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/config_error.h"
#include "core/record.h"

namespace gradlab {

// A JSON value as written, cut to 60 bytes: how error messages quote a value.
std::string json_excerpt(const Json& value);

std::string json_type_name(const Json& j);

class JsonReader {
 public:
  // `path` is where `object` sits, e.g. "suites[0]"; "" for the top level.
  JsonReader(const Json& object, std::string path);

  std::string path_of(const std::string& key) const;
  const std::string& path() const { return path_; }

  bool has(const std::string& key);
  // The raw value (declares the key as accepted); nullptr when absent.
  const Json* get(const std::string& key);
  const Json& require(const std::string& key);

  std::optional<double> number(const std::string& key);
  double number(const std::string& key, double fallback);
  // A number with lo < value (or lo <= value when lo_inclusive) and value <= hi.
  double positive(const std::string& key, double fallback);
  std::optional<long long> integer(const std::string& key, long long lo, long long hi);
  long long integer(const std::string& key, long long fallback, long long lo, long long hi);
  std::optional<bool> boolean(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  std::optional<std::string> string(const std::string& key);
  std::string string(const std::string& key, const std::string& fallback);

  // Declares keys read elsewhere (so they are not reported as unknown).
  void accept(std::initializer_list<const char*> keys);

  // Throws for the first key that no accessor declared.
  void finish() const;

 private:
  const Json& object_;
  std::string path_;
  std::vector<std::string> accepted_;
};

}  // namespace gradlab
