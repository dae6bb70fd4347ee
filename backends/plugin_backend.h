// Gradients from a shared library implementing the C ABI of
// include/gradlab/gradient_plugin.h (docs/plugins.md): someone's compiled
// C, C++, Fortran or Rust code, checked without rebuilding gradlab. The
// library runs in-process; the external-process backend isolates code that
// may crash.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "backends/backend.h"

struct gradlab_plugin_v1;

namespace gradlab {

class PluginBackend final : public Backend {
 public:
  // Loads the library at `path` (relative to the current directory), checks
  // its table and calls its init. Throws ConfigError(where, ...) naming the
  // file and what was expected when any of that fails.
  PluginBackend(std::string name, const std::string& path, const std::string& where);
  ~PluginBackend() override;
  PluginBackend(const PluginBackend&) = delete;
  PluginBackend& operator=(const PluginBackend&) = delete;

  std::string_view kind() const override { return "external-plugin"; }
  BackendFamily family() const override { return BackendFamily::kExternal; }
  // A plugin usually holds a hand-written or AD gradient in double, so it is
  // held to the analytic backend's tolerance; one that approximates needs a
  // tolerance in the config.
  double default_tolerance() const override { return 1e-12; }
  Json settings() const override;

 protected:
  Status applicable(const Problem& problem) const override;
  void compute(const Problem& problem, std::span<const double> x, std::span<double> g, EvalCount& count,
               GradientExtras& extras) const override;

 private:
  struct LibraryCloser {
    void operator()(void* handle) const;
  };
  struct Listed {
    std::string plugin_spelling;  // passed back to the plugin as it wrote it
    int index;
  };

  void call_init(const std::string& where);
  // What the plugin listed for `problem`, or null.
  const Listed* find_listed(const Problem& problem) const;

  // Declared first so that it is released last, after finalize has run.
  std::unique_ptr<void, LibraryCloser> library_;
  std::string path_;
  std::string resolved_path_;
  const gradlab_plugin_v1* table_ = nullptr;
  std::string plugin_name_;
  std::string plugin_version_;
  bool thread_safe_ = false;
  // Catalog name -> what the plugin listed.
  std::map<std::string, Listed, std::less<>> problems_;
  // The same by the catalog's own Problem object, sorted: the suites pass
  // those, and comparing names on every call cost more than the call into
  // the plugin.
  std::vector<std::pair<const Problem*, const Listed*>> by_problem_;
  // Shared by every instance loaded from the same library when the plugin is
  // not thread-safe; null otherwise.
  std::shared_ptr<std::mutex> library_lock_;
  void* context_ = nullptr;
  bool initialized_ = false;
};

}  // namespace gradlab
