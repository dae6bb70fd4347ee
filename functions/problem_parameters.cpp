#include "functions/problem_parameters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace gradlab {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_identifier(std::string_view s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string spec_names(const std::vector<ParameterSpec>& specs) {
  std::string out;
  for (const auto& s : specs) {
    if (!out.empty()) out += ", ";
    out += s.name;
  }
  return out.empty() ? "none" : out;
}

}  // namespace

std::string format_parameter_value(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

std::string ParameterSpec::describe_range() const {
  if (!allowed_values.empty()) {
    std::string s = "one of ";
    for (std::size_t i = 0; i < allowed_values.size(); ++i) {
      if (i > 0) s += ", ";
      s += format_parameter_value(allowed_values[i]);
    }
    return s;
  }
  std::string s = integer ? "an integer in [" : "a number in [";
  s += format_parameter_value(min_value);
  s += ", ";
  s += format_parameter_value(max_value);
  s += "]";
  return s;
}

ProblemParameters::ProblemParameters(std::vector<ParameterSpec> specs) : specs_(std::move(specs)) {
  for (const auto& s : specs_) values_.push_back(s.default_value);
}

ProblemParameters::ProblemParameters(std::vector<ParameterSpec> specs,
                                     const std::vector<std::pair<std::string, double>>& given)
    : ProblemParameters(std::move(specs)) {
  std::vector<bool> seen(specs_.size(), false);
  for (const auto& [key, value] : given) {
    std::size_t k = 0;
    while (k < specs_.size() && specs_[k].name != key) ++k;
    if (k == specs_.size()) {
      std::string message = "unknown parameter '";
      message += key;
      message += "' (accepted: ";
      message += spec_names(specs_);
      message += ")";
      throw std::invalid_argument(message);
    }
    if (seen[k]) throw std::invalid_argument("parameter '" + key + "' given twice");
    seen[k] = true;
    const ParameterSpec& s = specs_[k];
    if (!std::isfinite(value) || value < s.min_value || value > s.max_value ||
        (s.integer && value != std::floor(value)) ||
        (!s.allowed_values.empty() &&
         std::find(s.allowed_values.begin(), s.allowed_values.end(), value) == s.allowed_values.end())) {
      std::string message = "parameter '";
      message += key;
      message += "' = ";
      message += format_parameter_value(value);
      message += " is not ";
      message += s.describe_range();
      throw std::invalid_argument(message);
    }
    // -0 and 0 are one instance (and one name).
    values_[k] = value == 0 ? 0.0 : value;
  }
}

double ProblemParameters::operator[](std::string_view name) const {
  for (std::size_t k = 0; k < specs_.size(); ++k) {
    if (specs_[k].name == name) return values_[k];
  }
  throw std::logic_error("no parameter named " + std::string(name));
}

std::string ProblemParameters::name_suffix() const {
  std::string out;
  for (std::size_t k = 0; k < specs_.size(); ++k) {
    if (values_[k] == specs_[k].default_value) continue;
    out += out.empty() ? "(" : ",";
    out += specs_[k].name;
    out += "=";
    out += format_parameter_value(values_[k]);
  }
  if (!out.empty()) out += ")";
  return out;
}

ParsedProblemName parse_problem_name(std::string_view text) {
  ParsedProblemName out;
  const std::size_t open = text.find('(');
  if (open == std::string_view::npos) {
    out.base = std::string(trim(text));
    return out;
  }
  out.base = std::string(trim(text.substr(0, open)));
  if (text.back() != ')')
    throw std::invalid_argument("expected ')' at the end of '" + std::string(text) + "'");
  std::string_view body = text.substr(open + 1, text.size() - open - 2);
  // "name()" and "name(k=1,)" are typos, not spellings of the defaults.
  bool more = true;
  while (more) {
    const std::size_t comma = body.find(',');
    const std::string_view item = trim(body.substr(0, comma));
    more = comma != std::string_view::npos;
    if (more) body = body.substr(comma + 1);
    const std::size_t eq = item.find('=');
    const std::string_view key = trim(item.substr(0, eq));
    if (eq == std::string_view::npos || !is_identifier(key)) {
      std::string message =
          "expected key=value (a key is a lower-case letter then letters, digits or '_'), got '";
      message += item;
      message += "' in '";
      message += text;
      message += "'";
      throw std::invalid_argument(message);
    }
    const std::string_view value_text = trim(item.substr(eq + 1));
    double value = 0;
    auto [end, ec] = std::from_chars(value_text.data(), value_text.data() + value_text.size(), value);
    if (ec != std::errc() || end != value_text.data() + value_text.size()) {
      throw std::invalid_argument("'" + std::string(value_text) + "' is not a number (parameter '" +
                                  std::string(key) + "')");
    }
    out.assignments.emplace_back(std::string(key), value);
  }
  return out;
}

}  // namespace gradlab
