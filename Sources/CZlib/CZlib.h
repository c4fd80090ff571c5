#ifndef KRAIT_CZLIB_H
#define KRAIT_CZLIB_H

/* The system zlib (zlib1g-dev), for the zlib module. deflateInit2 and inflateInit2
   are macros that pass the header's version and z_stream size, which Swift cannot
   call; these wrappers do it. */

#include <zlib.h>

static inline int krait_deflate_init(z_streamp stream, int level, int method, int wbits, int memLevel, int strategy) {
    return deflateInit2(stream, level, method, wbits, memLevel, strategy);
}

static inline int krait_inflate_init(z_streamp stream, int wbits) {
    return inflateInit2(stream, wbits);
}

static inline const char *krait_zlib_header_version(void) { return ZLIB_VERSION; }

#endif
