/* The ABI header as strict C99 (-std=c99 -pedantic-errors -Werror): the
   layout C sees, for the test to compare with C++'s. */
#include <stddef.h>

#include "gradlab/gradient_plugin.h"

size_t gradlab_c99_plugin_layout(size_t* offsets, size_t count);

size_t gradlab_c99_plugin_layout(size_t* offsets, size_t count) {
  const size_t all[8] = {
      offsetof(struct gradlab_plugin_v1, abi_version), offsetof(struct gradlab_plugin_v1, flags),
      offsetof(struct gradlab_plugin_v1, name),        offsetof(struct gradlab_plugin_v1, version),
      offsetof(struct gradlab_plugin_v1, problems),    offsetof(struct gradlab_plugin_v1, init),
      offsetof(struct gradlab_plugin_v1, finalize),    offsetof(struct gradlab_plugin_v1, gradient)};
  size_t i;
  for (i = 0; i < count && i < 8; ++i) offsets[i] = all[i];
  return sizeof(struct gradlab_plugin_v1);
}
