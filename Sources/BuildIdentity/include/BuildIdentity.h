#ifndef KRAIT_BUILD_IDENTITY_H
#define KRAIT_BUILD_IDENTITY_H

#include <stddef.h>

/// Copies the GNU build ID of the running program (the linker's hash of its contents)
/// into `out`, at most `capacity` bytes, and returns its length; 0 when it has none.
size_t krait_build_id(unsigned char *out, size_t capacity);

#endif
