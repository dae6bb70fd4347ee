#include "functions/registry.h"

#include "core/config_error.h"

#include <map>
#include <mutex>
#include <stdexcept>

namespace gradlab {

namespace {
struct Built {
  std::vector<std::unique_ptr<Problem>> owned;
  std::vector<const Problem*> sorted;
  std::map<std::string, std::size_t, std::less<>> factory_of;  // default name -> factory index
  // Parameterized instances made on request, kept for the process lifetime
  // (records and suites hold plain pointers to them).
  std::mutex made_mutex;
  std::map<std::string, std::unique_ptr<Problem>, std::less<>> made;
};

Built& built_state() {
  static Built built;
  return built;
}
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
  Built& built = built_state();
  std::call_once(once, [this, &built] {
    std::map<std::string, const Problem*> by_name;
    for (std::size_t k = 0; k < factories_.size(); ++k) {
      auto problem = factories_[k]({});
      const auto& name = problem->name();
      if (!by_name.emplace(name, problem.get()).second) {
        throw std::logic_error("problem registered twice: " + name);
      }
      built.factory_of.emplace(name, k);
      built.owned.push_back(std::move(problem));
    }
    for (const auto& [name, p] : by_name) built.sorted.push_back(p);
  });
  return built.sorted;
}

ProblemRegistry::Lookup ProblemRegistry::look_up(std::string_view name) const {
  try {
    if (const Problem* p = find(name)) return {p, ""};
  } catch (const std::invalid_argument& e) {
    return {nullptr, std::string(": ") + e.what()};
  }
  const std::string near = nearest(std::string(name), names());
  return {nullptr, " is not a catalog problem" +
                       (near.empty() ? std::string() : "; did you mean \"" + near + "\"?") +
                       " (`gradlab list problems` prints the names)"};
}

const Problem* ProblemRegistry::find(std::string_view name) const {
  for (const Problem* p : all()) {
    if (p->name() == name) return p;
  }
  const std::size_t open = name.find('(');
  if (open == std::string_view::npos) return nullptr;
  // An unknown base is "nothing called name", however its parameters read.
  Built& built = built_state();
  const auto factory = built.factory_of.find(parse_problem_name(name.substr(0, open)).base);
  if (factory == built.factory_of.end()) return nullptr;
  const std::string& base = factory->first;
  std::unique_ptr<Problem> made;
  try {
    made = factories_[factory->second](parse_problem_name(name).assignments);
  } catch (const std::exception& e) {
    // Bad text or values, or a constructor that cannot build this instance
    // (a data set too small to fit, say): either way the name is at fault.
    throw std::invalid_argument(base + ": " + e.what());
  }
  // Defaults spelled out give the registered instance itself.
  if (made->name() == base) return find(base);
  std::lock_guard lock(built.made_mutex);
  auto [it, inserted] = built.made.try_emplace(made->name());
  if (inserted) it->second = std::move(made);
  return it->second.get();
}

std::vector<std::string> ProblemRegistry::names() const {
  std::vector<std::string> out;
  for (const Problem* p : all()) out.push_back(p->name());
  return out;
}

}  // namespace gradlab
