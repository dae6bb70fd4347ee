/*
 * Plugins that break the load-time contract of gradlab/gradient_plugin.h in
 * one way each (BROKEN_<MODE>, see CMakeLists.txt): gradlab must refuse each
 * with a ConfigError naming the file and what it expected.
 */
#include <stdio.h>

#include "gradlab/gradient_plugin.h"

#if !defined(BROKEN_NULL_GRADIENT)
static int32_t sphere_gradient(void* context, const char* problem, int32_t problem_index, int64_t n,
                               const double* x, double* g, char* error, size_t error_size) {
  int64_t i;
  (void)context;
  (void)problem;
  (void)problem_index;
  (void)error;
  (void)error_size;
  for (i = 0; i < n; ++i) g[i] = 2.0 * x[i];
  return 0;
}
#endif

#if defined(BROKEN_INIT_FAILS)
static int32_t failing_init(void** context, char* error, size_t error_size) {
  (void)context;
  snprintf(error, error_size, "no licence server at localhost:27000");
  return 3;
}
#endif

#if defined(BROKEN_UNKNOWN_PROBLEM)
static const char* const kProblems[] = {"sphere", "rosenbrok", NULL};
#elif defined(BROKEN_DUPLICATE_PROBLEM)
static const char* const kProblems[] = {"sphere", "booth", "sphere", NULL};
#elif defined(BROKEN_NO_PROBLEMS)
static const char* const kProblems[] = {NULL};
#else
static const char* const kProblems[] = {"sphere", NULL};
#endif

static const struct gradlab_plugin_v1 kPlugin = {
#if defined(BROKEN_ABI_MISMATCH)
    2,
#else
    GRADLAB_PLUGIN_ABI_VERSION_1,
#endif
#if defined(BROKEN_UNKNOWN_FLAGS)
    0x6u,
#else
    GRADLAB_PLUGIN_THREAD_SAFE,
#endif
    "broken",
    "0",
    kProblems,
#if defined(BROKEN_INIT_FAILS)
    failing_init,
#else
    NULL,
#endif
    NULL,
#if defined(BROKEN_NULL_GRADIENT)
    NULL,
#else
    sphere_gradient,
#endif
};

#if defined(BROKEN_V2_ONLY)
/* What a plugin built for a newer gradlab would export. */
GRADLAB_PLUGIN_EXPORT const void* gradlab_plugin_entry_v2(void) { return &kPlugin; }
#elif defined(BROKEN_NO_ENTRY)
GRADLAB_PLUGIN_EXPORT const void* not_a_gradlab_plugin(void) { return &kPlugin; }
#elif defined(BROKEN_NULL_TABLE)
const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void) {
  (void)kPlugin;
  return NULL;
}
#else
const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void) { return &kPlugin; }
#endif
