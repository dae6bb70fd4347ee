#include "functions/problem.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gradlab {

namespace {
constexpr std::array<std::pair<Tag, std::string_view>, 7> kTagNames{{
    {Tag::kSmooth, "smooth"},
    {Tag::kNonsmooth, "nonsmooth"},
    {Tag::kComplexSafe, "complex-safe"},
    {Tag::kScalable, "scalable"},
    {Tag::kMultimodal, "multimodal"},
    {Tag::kLeastSquares, "least-squares"},
    {Tag::kFiniteSum, "finite-sum"},
}};
}  // namespace

std::string_view to_string(Tag tag) {
  for (const auto& [t, name] : kTagNames) {
    if (t == tag) return name;
  }
  return "unknown";
}

std::optional<Tag> tag_from_string(std::string_view name) {
  for (const auto& [t, n] : kTagNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

std::vector<Tag> all_tags() {
  std::vector<Tag> out;
  for (const auto& [t, name] : kTagNames) out.push_back(t);
  return out;
}

std::string Dimension::describe() const {
  if (!is_scalable()) return std::to_string(fixed_n);
  std::string s;
  if (max_n != INT_MAX) {
    s = std::to_string(min_n);
    s += " <= n <= ";
    s += std::to_string(max_n);
  } else {
    s = "n >= ";
    s += std::to_string(min_n);
  }
  if (multiple_of > 1) s += ", multiple of " + std::to_string(multiple_of);
  return s;
}

bool ProblemInfo::has(Tag t) const { return std::find(tags.begin(), tags.end(), t) != tags.end(); }

}  // namespace gradlab
