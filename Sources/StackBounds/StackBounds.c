#define _GNU_SOURCE
#include <pthread.h>
#include "StackBounds.h"

/* Asking is costly (glibc reads /proc/self/maps for the main thread), so each thread
   asks once. */
static __thread uintptr_t cached_low;
static __thread int cached;

uintptr_t krait_stack_low_address(void) {
    if (cached) {
        return cached_low;
    }
    cached = 1;
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return 0;
    }
    void *address = 0;
    size_t size = 0;
    int failed = pthread_attr_getstack(&attr, &address, &size);
    pthread_attr_destroy(&attr);
    cached_low = failed ? 0 : (uintptr_t)address;
    return cached_low;
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    cached_low = (uintptr_t)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
    return cached_low;
#else
    return 0;
#endif
}
