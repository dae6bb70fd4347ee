/*
 * An example gradlab plugin in C99: hand-written gradients of five catalog
 * problems, exactly as functions/classic/<name>.cpp defines them. docs/plugins.md
 * walks through it. Build it alone with
 *
 *   gcc -std=c99 -O2 -Wall -Wextra -pedantic -fPIC -shared -I include \
 *       -o libgradlab_example_plugin.so examples/plugins/c/example_plugin.c
 *
 * It keeps no state, so every call is independent and it says it is
 * thread-safe; it needs neither init nor finalize.
 */
#include <stdio.h>

#include "gradlab/gradient_plugin.h"

/* Positions in kProblems below: the gradient call passes the index, so a
   switch needs no string comparison. */
enum { kRosenbrock, kSphere, kBeale, kBooth, kHimmelblau };

static const char* const kProblems[] = {"rosenbrock", "sphere", "beale", "booth", "himmelblau", NULL};

/* f = sum_{i<n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2 (chained form). */
static void rosenbrock(int64_t n, const double* x, double* g) {
  int64_t i;
  for (i = 0; i < n; ++i) g[i] = 0.0;
  for (i = 0; i + 1 < n; ++i) {
    const double a = x[i + 1] - x[i] * x[i];
    g[i] += -400.0 * x[i] * a - 2.0 * (1.0 - x[i]);
    g[i + 1] += 200.0 * a;
  }
}

/* f = sum x_i^2. */
static void sphere(int64_t n, const double* x, double* g) {
  int64_t i;
  for (i = 0; i < n; ++i) g[i] = 2.0 * x[i];
}

/* f = sum_{k=1}^{3} (c_k - x1 + x1 x2^k)^2, c = (1.5, 2.25, 2.625). */
static void beale(const double* x, double* g) {
  const double y = x[1], y2 = y * y, y3 = y2 * y;
  const double r1 = 1.5 - x[0] + x[0] * y;
  const double r2 = 2.25 - x[0] + x[0] * y2;
  const double r3 = 2.625 - x[0] + x[0] * y3;
  g[0] = 2.0 * (r1 * (y - 1.0) + r2 * (y2 - 1.0) + r3 * (y3 - 1.0));
  g[1] = 2.0 * x[0] * (r1 + 2.0 * r2 * y + 3.0 * r3 * y2);
}

/* f = (x1 + 2 x2 - 7)^2 + (2 x1 + x2 - 5)^2. */
static void booth(const double* x, double* g) {
  const double r1 = x[0] + 2.0 * x[1] - 7.0;
  const double r2 = 2.0 * x[0] + x[1] - 5.0;
  g[0] = 2.0 * r1 + 4.0 * r2;
  g[1] = 4.0 * r1 + 2.0 * r2;
}

/* f = (x1^2 + x2 - 11)^2 + (x1 + x2^2 - 7)^2. */
static void himmelblau(const double* x, double* g) {
  const double r1 = x[0] * x[0] + x[1] - 11.0;
  const double r2 = x[0] + x[1] * x[1] - 7.0;
  g[0] = 4.0 * x[0] * r1 + 2.0 * r2;
  g[1] = 2.0 * r1 + 4.0 * x[1] * r2;
}

static int32_t gradient(void* context, const char* problem, int32_t problem_index, int64_t n, const double* x,
                        double* g, char* error, size_t error_size) {
  (void)context;
  if (problem_index != kRosenbrock && problem_index != kSphere && n != 2) {
    snprintf(error, error_size, "%s is defined for n = 2 only, got n = %lld", problem, (long long)n);
    return 1;
  }
  switch (problem_index) {
    case kRosenbrock: rosenbrock(n, x, g); return 0;
    case kSphere: sphere(n, x, g); return 0;
    case kBeale: beale(x, g); return 0;
    case kBooth: booth(x, g); return 0;
    case kHimmelblau: himmelblau(x, g); return 0;
  }
  snprintf(error, error_size, "unknown problem %s (index %d)", problem, (int)problem_index);
  return 1;
}

static const struct gradlab_plugin_v1 kPlugin = {
    GRADLAB_PLUGIN_ABI_VERSION_1, /* abi_version */
    GRADLAB_PLUGIN_THREAD_SAFE,   /* flags */
    "example-c",                  /* name */
    "1.0.0",                      /* version */
    kProblems,                    /* problems */
    NULL,                         /* init */
    NULL,                         /* finalize */
    gradient,                     /* gradient */
};

const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void) { return &kPlugin; }
