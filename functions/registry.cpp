#include "functions/registry.h"

#include <map>
#include <mutex>
#include <stdexcept>

namespace gradlab {

namespace {
struct Built {
  std::vector<std::unique_ptr<Problem>> owned;
  std::vector<const Problem*> sorted;
};
}  // namespace

ProblemRegistry& ProblemRegistry::instance() {
  static ProblemRegistry registry;
  return registry;
}

bool ProblemRegistry::add(Factory factory) {
  factories_.push_back(std::move(factory));
  return true;
}

const std::vector<const Problem*>& ProblemRegistry::all() const {
  static std::once_flag once;
  static Built built;
  std::call_once(once, [this] {
    std::map<std::string, const Problem*> by_name;
    for (const auto& make : factories_) {
      auto problem = make();
      const auto& name = problem->name();
      if (!by_name.emplace(name, problem.get()).second) {
        throw std::logic_error("problem registered twice: " + name);
      }
      built.owned.push_back(std::move(problem));
    }
    for (const auto& [name, p] : by_name) built.sorted.push_back(p);
  });
  return built.sorted;
}

const Problem* ProblemRegistry::find(std::string_view name) const {
  for (const Problem* p : all()) {
    if (p->name() == name) return p;
  }
  return nullptr;
}

std::vector<std::string> ProblemRegistry::names() const {
  std::vector<std::string> out;
  for (const Problem* p : all()) out.push_back(p->name());
  return out;
}

}  // namespace gradlab
