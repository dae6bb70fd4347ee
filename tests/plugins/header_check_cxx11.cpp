// The ABI header as C++11 (-std=c++11 -pedantic-errors -Werror): the layout
// it sees, for the test to compare with C's and C++20's.
#include <cstddef>

#include "gradlab/gradient_plugin.h"

extern "C" std::size_t gradlab_cxx11_plugin_layout(std::size_t* offsets, std::size_t count);

extern "C" std::size_t gradlab_cxx11_plugin_layout(std::size_t* offsets, std::size_t count) {
  const std::size_t all[8] = {
      offsetof(gradlab_plugin_v1, abi_version), offsetof(gradlab_plugin_v1, flags),
      offsetof(gradlab_plugin_v1, name),        offsetof(gradlab_plugin_v1, version),
      offsetof(gradlab_plugin_v1, problems),    offsetof(gradlab_plugin_v1, init),
      offsetof(gradlab_plugin_v1, finalize),    offsetof(gradlab_plugin_v1, gradient)};
  for (std::size_t i = 0; i < count && i < 8; ++i) offsets[i] = all[i];
  return sizeof(gradlab_plugin_v1);
}
