// Problem parameters: sizes and constants a problem lets a config choose
// (MGH's number of residuals m, a condition number, a composition depth, a
// scale factor). A parameterized instance is named `base(key=value,...)`,
// e.g. `ill_conditioned_quadratic(kappa=1e+08)`, listing the values that
// differ from the defaults, so records and selectors name it unambiguously.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradlab {

struct ParameterSpec {
  std::string name;  // [a-z][a-z0-9_]*
  double default_value = 0;
  double min_value = 0;
  double max_value = 0;
  bool integer = false;
  std::string description;
  // When not empty, the only values accepted (Shekel's m: 5, 7 or 10).
  std::vector<double> allowed_values = {};

  std::string describe_range() const;  // "an integer in [1, 100]", "one of 5, 7, 10"
};

// The values an instance was made with: one per spec, in spec order.
class ProblemParameters {
 public:
  ProblemParameters() = default;
  // All defaults.
  explicit ProblemParameters(std::vector<ParameterSpec> specs);
  // Given values (by name) over the defaults; throws std::invalid_argument
  // naming the key or value and what is accepted.
  ProblemParameters(std::vector<ParameterSpec> specs,
                    const std::vector<std::pair<std::string, double>>& given);

  // The value of `name`; throws std::logic_error for a name with no spec.
  double operator[](std::string_view name) const;
  int integer(std::string_view name) const { return static_cast<int>((*this)[name]); }

  const std::vector<ParameterSpec>& specs() const { return specs_; }
  const std::vector<double>& values() const { return values_; }
  // "(m=20,kappa=1e+08)" for the values that differ from the defaults; ""
  // when all are defaults.
  std::string name_suffix() const;

 private:
  std::vector<ParameterSpec> specs_;
  std::vector<double> values_;
};

// Splits "name(key=value, ...)" into the name and its assignments; a plain
// name has none. Throws std::invalid_argument on malformed text.
struct ParsedProblemName {
  std::string base;
  std::vector<std::pair<std::string, double>> assignments;
};
ParsedProblemName parse_problem_name(std::string_view text);

// Shortest text that reads back as exactly v ("20", "1e+08", "0.001").
std::string format_parameter_value(double v);

}  // namespace gradlab
