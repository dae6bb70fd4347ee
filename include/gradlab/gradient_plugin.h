/*
 * gradlab gradient plugin ABI, version 1.
 *
 * A plugin is a shared library holding someone's gradient code (C, C++,
 * Fortran, Rust, anything that can export a C function). gradlab loads it by
 * path from a config ({"kind": "external-plugin", "path": "..."}), checks its
 * gradients against the catalog's 50-digit reference and times them, without
 * being rebuilt. This header is the whole contract; docs/plugins.md walks
 * through an example and gives the Fortran and Rust declarations that match.
 *
 * THE ENTRY POINT
 *
 *   const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void);
 *
 * The library exports this one symbol (C linkage, default visibility). gradlab
 * calls it once per load, right after dlopen, and reads the table it returns.
 * The table and everything it points to must stay valid and unchanged until
 * the library is unloaded (a static const table is the natural choice).
 * Returning NULL refuses the load.
 *
 * The ABI version is in the symbol's name, so a gradlab that speaks version 1
 * only ever calls a function of exactly this type, and a plugin can serve
 * several gradlab generations by exporting several entry points
 * (gradlab_plugin_entry_v1, a future gradlab_plugin_entry_v2, ...). The table
 * repeats the version in abi_version as a check that it was filled from this
 * header.
 *
 * THE TABLE (struct gradlab_plugin_v1)
 *
 *   abi_version  GRADLAB_PLUGIN_ABI_VERSION_1.
 *   flags        bitwise OR of GRADLAB_PLUGIN_* flags below; every other bit 0.
 *   name         non-empty NUL-terminated UTF-8: the plugin's name, shown in
 *                messages and recorded with every result.
 *   version      NUL-terminated UTF-8 (may be empty): the plugin's own version,
 *                recorded with every result.
 *   problems     a NULL-terminated array of at least one catalog problem
 *                instance name, as `gradlab list problems` prints them
 *                ("rosenbrock", "beale") or with parameters
 *                ("shekel(m=7)"); no duplicates. gradlab rejects a name its
 *                catalog does not know, and reports the problems not listed
 *                as not applicable to this plugin.
 *   init         optional (may be NULL). Called once per gradlab backend
 *                instance made from the plugin, before any gradient call;
 *                it may store a context pointer in *context (which starts as
 *                NULL). Returns 0, or nonzero with a message in error (see
 *                ERRORS): the config is then rejected with that message.
 *   finalize     optional (may be NULL). Called once when that backend
 *                instance is destroyed, with its context; not called when
 *                init failed.
 *   gradient     required; see below.
 *
 * THE GRADIENT CALL
 *
 *   int32_t gradient(void* context, const char* problem, int32_t problem_index,
 *                    int64_t n, const double* x, double* g,
 *                    char* error, size_t error_size);
 *
 *   context        what init stored (NULL without init).
 *   problem        the problem's name exactly as the table lists it.
 *   problem_index  its position in the table's problems array (0-based):
 *                  switch on whichever of the two is more convenient.
 *   n              the dimension, >= 1. Scalable problems arrive with any n
 *                  the config asks for; refuse one you do not support with
 *                  an error.
 *   x              n doubles, the point (read only).
 *   g              n doubles: write the gradient of f at x here, every
 *                  component. NaN or infinity is reported as a non-finite
 *                  gradient.
 *   error, error_size  see ERRORS.
 *   Returns 0 on success, anything else on failure.
 *
 * x and g do not overlap and are valid only during the call: keep no pointer
 * to them. f must be the catalog's function exactly (same formula, same
 * constants; see the problem's source in functions/ or `gradlab list problems
 * --json`), or the gradients will rightly fail the accuracy check.
 *
 * ERRORS
 *
 * A failing init or gradient returns nonzero and writes a short NUL-terminated
 * UTF-8 message into error, which holds error_size bytes (at least 256). The
 * buffer is zeroed before each call; gradlab reads at most error_size - 1
 * bytes even if the message is not terminated, and replaces control
 * characters with spaces. A failed gradient call becomes that case's error
 * record, with the plugin's name, the problem, n and the message; the run goes
 * on and later calls are made as usual.
 *
 * The plugin runs inside the gradlab process: a crash, an abort, exit(), a
 * longjmp or a C++ exception leaving any of these functions takes the whole
 * run down. C++ plugins must catch everything at the boundary. Code that may
 * crash belongs in the external-process backend (docs/protocol.md), which
 * isolates it.
 *
 * THREADS
 *
 * gradlab runs cases on several threads. With GRADLAB_PLUGIN_THREAD_SAFE in
 * flags, gradient may be called concurrently from any number of threads, with
 * the same or different contexts. Without it, gradlab never makes two calls
 * (init, gradient or finalize) into the same library file at once, across
 * all backend instances made from it, so global or SAVEd state is safe. init
 * and finalize are never called concurrently with a gradient call of their
 * own instance.
 *
 * VERSIONING
 *
 * Version 1 is frozen: the table's layout, the meaning of its fields and the
 * function types above never change. Any change a version-1 plugin could
 * notice makes a new version with a new table type and a new entry symbol,
 * declared beside version 1 in this header; gradlab keeps loading version-1
 * plugins, and a release that stops doing so says so in its notes. New flag
 * bits are a change too: gradlab rejects bits it does not know rather than
 * ignore a request it cannot honour.
 *
 * This header is C99 and C++ (any standard) compatible and uses fixed-width
 * types: int32_t, int64_t, uint32_t, double, size_t (the C type of a buffer
 * length: Fortran's c_size_t, Rust's usize).
 */
#ifndef GRADLAB_GRADIENT_PLUGIN_H
#define GRADLAB_GRADIENT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#define GRADLAB_PLUGIN_ABI_VERSION_1 1

/* The entry symbol's name, for dlsym. */
#define GRADLAB_PLUGIN_ENTRY_V1_NAME "gradlab_plugin_entry_v1"

/* flags: gradient may be called concurrently (see THREADS). */
#define GRADLAB_PLUGIN_THREAD_SAFE ((uint32_t)1u)

/* The size of the error buffer gradlab passes is at least this. */
#define GRADLAB_PLUGIN_MIN_ERROR_SIZE 256

#if defined(__GNUC__)
#define GRADLAB_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define GRADLAB_PLUGIN_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef int32_t (*gradlab_plugin_init_v1)(void** context, char* error, size_t error_size);
typedef void (*gradlab_plugin_finalize_v1)(void* context);
typedef int32_t (*gradlab_plugin_gradient_v1)(void* context, const char* problem, int32_t problem_index,
                                              int64_t n, const double* x, double* g, char* error,
                                              size_t error_size);

struct gradlab_plugin_v1 {
  uint32_t abi_version;
  uint32_t flags;
  const char* name;
  const char* version;
  const char* const* problems;
  gradlab_plugin_init_v1 init;
  gradlab_plugin_finalize_v1 finalize;
  gradlab_plugin_gradient_v1 gradient;
};

/* Defined by the plugin; declared here so the compiler checks its type. */
GRADLAB_PLUGIN_EXPORT const struct gradlab_plugin_v1* gradlab_plugin_entry_v1(void);

#ifdef __cplusplus
}
#endif

#endif /* GRADLAB_GRADIENT_PLUGIN_H */
