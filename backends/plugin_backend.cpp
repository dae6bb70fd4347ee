#include "backends/plugin_backend.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/config_error.h"
#include "functions/registry.h"
#include "gradlab/gradient_plugin.h"

namespace gradlab {

namespace {

// Zeroed before every call, so it is no larger than the contract promises.
constexpr std::size_t kErrorBufferSize = GRADLAB_PLUGIN_MIN_ERROR_SIZE;

// Strings in the table are read with a bound, so that one missing NUL cannot
// send gradlab through the plugin's whole address space.
constexpr std::size_t kMaxTableString = 4096;
constexpr std::size_t kMaxProblems = 100000;

constexpr const char* kContractHelp = "see include/gradlab/gradient_plugin.h and docs/plugins.md";

using EntryV1 = const gradlab_plugin_v1* (*)();

std::string last_dl_error() {
  const char* e = dlerror();
  return e ? e : "no error text from the dynamic loader";
}

// At most `max` bytes of `text`, with control characters (a message that
// spans lines would break one-line console output) replaced by spaces.
std::string printable(const char* text, std::size_t max) {
  std::string s(text, strnlen(text, max));
  for (char& c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) c = ' ';
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

// Plugins that are not thread-safe may keep state global to their library,
// and dlopen hands every instance loaded from one file the same copy: they
// share one lock per library handle.
std::shared_ptr<std::mutex> lock_for_library(void* handle) {
  static std::mutex registry_mutex;
  static std::map<void*, std::weak_ptr<std::mutex>> locks;
  std::lock_guard<std::mutex> guard(registry_mutex);
  std::weak_ptr<std::mutex>& slot = locks[handle];
  std::shared_ptr<std::mutex> lock = slot.lock();
  if (!lock) {
    lock = std::make_shared<std::mutex>();
    slot = lock;
  }
  return lock;
}

}  // namespace

void PluginBackend::LibraryCloser::operator()(void* handle) const {
  if (handle) dlclose(handle);
}

PluginBackend::PluginBackend(std::string name, const std::string& path, const std::string& where)
    : Backend(std::move(name)), path_(path) {
  // A name without a slash would make dlopen search the library path; "path"
  // means a file, found from the current directory like every path gradlab takes.
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  resolved_path_ = ec ? path : absolute.lexically_normal().string();
  const std::string file = quoted(path) + (resolved_path_ != path ? " (" + resolved_path_ + ")" : "");

  dlerror();
  library_.reset(dlopen(resolved_path_.c_str(), RTLD_NOW | RTLD_LOCAL));
  if (!library_) {
    throw ConfigError(where, "cannot load plugin " + file + ": " + last_dl_error() +
                                 "; expected a shared library built for this machine that exports " +
                                 GRADLAB_PLUGIN_ENTRY_V1_NAME + " (" + kContractHelp + ")");
  }

  dlerror();
  void* symbol = dlsym(library_.get(), GRADLAB_PLUGIN_ENTRY_V1_NAME);
  if (!symbol) {
    const std::string why = last_dl_error();
    // A plugin built for a newer gradlab exports only newer entry points.
    std::vector<std::string> newer;
    for (int v = 2; v <= 9; ++v) {
      const std::string other = "gradlab_plugin_entry_v" + std::to_string(v);
      if (dlsym(library_.get(), other.c_str())) newer.push_back(other);
    }
    std::string message =
        "plugin " + file + " does not export " + GRADLAB_PLUGIN_ENTRY_V1_NAME + " (" + why + ")";
    if (!newer.empty()) {
      message +=
          "; it exports " + join(newer) +
          ", an ABI version this gradlab does not speak (it speaks version 1): use a gradlab as new as "
          "the plugin, or build the plugin with a version-1 entry point too";
    } else {
      message += std::string("; expected `const struct gradlab_plugin_v1* ") + GRADLAB_PLUGIN_ENTRY_V1_NAME +
                 "(void)` with C linkage and default visibility (extern \"C\" in C++, #[no_mangle] pub "
                 "extern \"C\" in Rust, bind(c) in Fortran; " +
                 kContractHelp + ")";
    }
    throw ConfigError(where, message);
  }

  // POSIX guarantees a dlsym result converts to the function pointer it names.
  const auto entry = reinterpret_cast<EntryV1>(symbol);
  table_ = entry();
  auto malformed = [&](const std::string& what) {
    return ConfigError(where, "plugin " + file + ": " + what + " (" + kContractHelp + ")");
  };
  if (!table_)
    throw malformed(std::string(GRADLAB_PLUGIN_ENTRY_V1_NAME) + " returned NULL, refusing the load");
  if (table_->abi_version != GRADLAB_PLUGIN_ABI_VERSION_1) {
    throw malformed("its table says abi_version " + std::to_string(table_->abi_version) + ", expected " +
                    std::to_string(GRADLAB_PLUGIN_ABI_VERSION_1) +
                    " from the entry point gradlab_plugin_entry_v1: rebuild it against this gradlab's "
                    "include/gradlab/gradient_plugin.h");
  }
  const uint32_t known_flags = GRADLAB_PLUGIN_THREAD_SAFE;
  if (table_->flags & ~known_flags) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%x", static_cast<unsigned>(table_->flags & ~known_flags));
    throw malformed(std::string("its flags set bits ") + hex +
                    " that ABI version 1 does not define; the only flag is GRADLAB_PLUGIN_THREAD_SAFE (0x1)");
  }
  thread_safe_ = (table_->flags & GRADLAB_PLUGIN_THREAD_SAFE) != 0;
  if (!table_->name || table_->name[0] == '\0') {
    throw malformed("its table's name is " + std::string(table_->name ? "empty" : "NULL") +
                    ", expected a non-empty string");
  }
  plugin_name_ = printable(table_->name, kMaxTableString);
  if (!table_->version)
    throw malformed("its table's version is NULL, expected a string (\"\" if it has none)");
  plugin_version_ = printable(table_->version, kMaxTableString);
  if (!table_->gradient) throw malformed("its table's gradient function is NULL; it is required");
  if (!table_->problems || !table_->problems[0]) {
    throw malformed(
        "its table lists no problems; expected a NULL-terminated array of at least one catalog "
        "problem name (`gradlab list problems` prints them)");
  }

  const ProblemRegistry& catalog = ProblemRegistry::instance();
  for (std::size_t i = 0; table_->problems[i]; ++i) {
    if (i == kMaxProblems) {
      throw malformed("its problems array has more than " + std::to_string(kMaxProblems) +
                      " entries: is it NULL-terminated?");
    }
    const std::string listed(table_->problems[i], strnlen(table_->problems[i], kMaxTableString));
    const auto [problem, why_not] = catalog.look_up(listed);
    if (!problem) throw malformed("problems[" + std::to_string(i) + "] = " + quoted(listed) + why_not);
    const auto [it, added] = problems_.emplace(problem->name(), Listed{listed, static_cast<int>(i)});
    if (!added) throw malformed("its problems array lists " + quoted(problem->name()) + " twice");
    by_problem_.emplace_back(problem, &it->second);
  }

  // std::less, not <: < between pointers to unrelated objects is unspecified.
  std::sort(by_problem_.begin(), by_problem_.end(),
            [](const auto& a, const auto& b) { return std::less<>{}(a.first, b.first); });
  if (!thread_safe_) library_lock_ = lock_for_library(library_.get());
  call_init(where);
}

void PluginBackend::call_init(const std::string& where) {
  if (!table_->init) {
    initialized_ = true;
    return;
  }
  char error[kErrorBufferSize] = {};
  std::int32_t status;
  {
    std::unique_lock<std::mutex> guard;
    if (library_lock_) guard = std::unique_lock<std::mutex>(*library_lock_);
    status = table_->init(&context_, error, sizeof error);
  }
  if (status != 0) {
    const std::string message = printable(error, sizeof error - 1);
    throw ConfigError(where, "plugin \"" + plugin_name_ + "\" (" + resolved_path_ + "): its init returned " +
                                 std::to_string(status) +
                                 (message.empty() ? " without a message" : ": " + message));
  }
  initialized_ = true;
}

PluginBackend::~PluginBackend() {
  if (initialized_ && table_->finalize) {
    std::unique_lock<std::mutex> guard;
    if (library_lock_) guard = std::unique_lock<std::mutex>(*library_lock_);
    table_->finalize(context_);
  }
}

Json PluginBackend::settings() const {
  return {{"path", path_},
          {"resolved_path", resolved_path_},
          {"plugin", plugin_name_},
          {"plugin_version", plugin_version_},
          {"abi_version", GRADLAB_PLUGIN_ABI_VERSION_1},
          {"thread_safe", thread_safe_}};
}

const PluginBackend::Listed* PluginBackend::find_listed(const Problem& problem) const {
  const auto it =
      std::lower_bound(by_problem_.begin(), by_problem_.end(), &problem,
                       [](const auto& entry, const Problem* p) { return std::less<>{}(entry.first, p); });
  if (it != by_problem_.end() && it->first == &problem) return it->second;
  // Another object of the same name (a problem made outside the catalog).
  if (auto named = problems_.find(problem.name()); named != problems_.end()) return &named->second;
  return nullptr;
}

Status PluginBackend::applicable(const Problem& problem) const {
  if (find_listed(problem)) return Status::ok();
  std::vector<std::string> names;
  for (const auto& [catalog_name, listed] : problems_) names.push_back(catalog_name);
  return Status::not_applicable("plugin \"" + plugin_name_ + "\" does not implement " + problem.name() +
                                " (it lists " + join(names) + ")");
}

void PluginBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                            EvalCount& count, GradientExtras&) const {
  const Listed& listed = *find_listed(problem);
  // A component the plugin leaves unwritten then shows as non-finite, not
  // as whatever the caller's buffer held.
  std::fill(g.begin(), g.end(), std::numeric_limits<double>::quiet_NaN());
  char error[kErrorBufferSize] = {};
  std::int32_t status;
  {
    std::unique_lock<std::mutex> guard;
    if (library_lock_) guard = std::unique_lock<std::mutex>(*library_lock_);
    status = table_->gradient(context_, listed.plugin_spelling.c_str(), listed.index,
                              static_cast<std::int64_t>(x.size()), x.data(), g.data(), error, sizeof error);
  }
  ++count.gradient;
  if (status != 0) {
    const std::string message = printable(error, sizeof error - 1);
    throw BackendFailure("plugin \"" + plugin_name_ + "\" returned " + std::to_string(status) + " for " +
                         problem.name() + " at n = " + std::to_string(x.size()) +
                         (message.empty() ? " without a message" : ": " + message));
  }
}

}  // namespace gradlab
