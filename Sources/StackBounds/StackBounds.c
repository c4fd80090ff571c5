#define _GNU_SOURCE
#include <pthread.h>
#include "StackBounds.h"

uintptr_t krait_stack_low_address(void) {
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return 0;
    }
    void *address = 0;
    size_t size = 0;
    int failed = pthread_attr_getstack(&attr, &address, &size);
    pthread_attr_destroy(&attr);
    return failed ? 0 : (uintptr_t)address;
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    return (uintptr_t)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
#else
    return 0;
#endif
}
