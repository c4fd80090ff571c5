#ifndef KRAIT_CEXPAT_H
#define KRAIT_CEXPAT_H

/* The system libexpat (libexpat1-dev), for the pyexpat module. */

#include <expat.h>

#endif
