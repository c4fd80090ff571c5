/* libb2, the reference BLAKE2 library, for the _blake2 module (libb2-dev). */
#include <blake2.h>
