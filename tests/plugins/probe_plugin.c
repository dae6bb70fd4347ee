/*
 * A plugin that checks how gradlab calls it, for tests/plugin_backend_test.cpp:
 * it counts init and finalize calls, checks that every gradient call gets
 * init's context, counts calls that overlap in time, and answers some
 * problems with deliberate failures (trid: a gradient with only its first
 * component written). Built once without and once with
 * GRADLAB_PLUGIN_THREAD_SAFE (PROBE_FLAGS).
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "gradlab/gradient_plugin.h"

static atomic_int in_flight, overlaps, inits, finalizes;
static int context_token;

enum { kSphere, kBooth, kBeale, kRosenbrock, kHimmelblau, kZakharov, kTrid };
static const char* const kProblems[] = {"sphere",     "booth",    "beale", "rosenbrock",
                                        "himmelblau", "zakharov", "trid",  NULL};

static int32_t probe_init(void** context, char* error, size_t error_size) {
  (void)error;
  (void)error_size;
  atomic_fetch_add(&inits, 1);
  *context = &context_token;
  return 0;
}

static void probe_finalize(void* context) {
  if (context == &context_token) atomic_fetch_add(&finalizes, 1);
}

static int32_t probe_gradient(void* context, const char* problem, int32_t problem_index, int64_t n,
                              const double* x, double* g, char* error, size_t error_size) {
  int64_t i;
  (void)problem;
  if (context != &context_token) {
    snprintf(error, error_size, "context %p is not the one init stored", context);
    return 9;
  }
  switch (problem_index) {
    case kSphere: {
      /* Long enough that concurrent calls overlap even on one core. */
      const struct timespec pause = {0, 200000};
      if (atomic_fetch_add(&in_flight, 1) > 0) atomic_fetch_add(&overlaps, 1);
      nanosleep(&pause, NULL);
      for (i = 0; i < n; ++i) g[i] = 2.0 * x[i];
      atomic_fetch_sub(&in_flight, 1);
      return 0;
    }
    case kBooth: memset(error, 'x', error_size); return 1; /* no NUL anywhere */
    case kBeale: return 2;                                 /* no message */
    case kRosenbrock:
      for (i = 0; i < n; ++i) g[i] = 0.0;
      g[n - 1] = NAN;
      return 0;
    case kHimmelblau: snprintf(error, error_size, "first line\nsecond\tline\n"); return 4;
    case kZakharov: snprintf(error, error_size, "deliberate failure at n = %lld", (long long)n); return 7;
    case kTrid: g[0] = 1.0; return 0;
  }
  snprintf(error, error_size, "unexpected problem index %d", (int)problem_index);
  return 8;
}

static const struct gradlab_plugin_v1 kPlugin = {
    GRADLAB_PLUGIN_ABI_VERSION_1,
    PROBE_FLAGS,
    "probe",
    "0.0.1",
    kProblems,
    probe_init,
    probe_finalize,
    probe_gradient,
};

const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void) { return &kPlugin; }

/* Read by the test through its own dlopen of the same file. */
GRADLAB_PLUGIN_EXPORT int probe_overlaps(void) { return atomic_load(&overlaps); }
GRADLAB_PLUGIN_EXPORT int probe_inits(void) { return atomic_load(&inits); }
GRADLAB_PLUGIN_EXPORT int probe_finalizes(void) { return atomic_load(&finalizes); }
