#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>
#include <setjmp.h>
#include <string.h>
#include "NativeStack.h"

/* Asking is costly (glibc reads /proc/self/maps for the main thread), so each thread
   asks once. */
static __thread uintptr_t cached_low;
static __thread uintptr_t cached_high;
static __thread int cached;

static void ask(void) {
    if (cached) {
        return;
    }
    cached = 1;
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return;
    }
    void *address = 0;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &address, &size) == 0) {
        cached_low = (uintptr_t)address;
        cached_high = (uintptr_t)address + size;
    }
    pthread_attr_destroy(&attr);
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    cached_high = (uintptr_t)pthread_get_stackaddr_np(self);
    cached_low = cached_high - pthread_get_stacksize_np(self);
#endif
}

uintptr_t krait_stack_low_address(void) {
    ask();
    return cached_low;
}

uintptr_t krait_stack_high_address(void) {
    ask();
    return cached_high;
}

/* Not inlined, so that its frame lies below every frame of the callers being scanned.
   __builtin_unwind_init makes the compiler save every callee-saved register in this
   frame (above its locals), and setjmp stores them once more: glibc's jmp_buf mangles
   some of them, the frame copy is plain. */
__attribute__((noinline))
void krait_stack_scan_below(uintptr_t limit, void (*visit)(const uintptr_t *slot, void *context), void *context) {
    __builtin_unwind_init();
    jmp_buf registers;
    memset(&registers, 0, sizeof registers);
    setjmp(registers);
    uintptr_t high = krait_stack_high_address();
    if (limit != 0 && limit < high) {
        high = limit;
    }
    volatile uintptr_t marker = 0;
    uintptr_t here = (uintptr_t)&marker < (uintptr_t)&registers ? (uintptr_t)&marker : (uintptr_t)&registers;
    if (high == 0 || high <= here) {
        return;
    }
    for (uintptr_t p = here & ~(uintptr_t)(sizeof(uintptr_t) - 1); p + sizeof(uintptr_t) <= high;
         p += sizeof(uintptr_t)) {
        visit((const uintptr_t *)p, context);
    }
}

void krait_stack_scan(void (*visit)(const uintptr_t *slot, void *context), void *context) {
    krait_stack_scan_below(0, visit, context);
}

/* Zeroes up to `bytes` of the stack below the caller's frame, keeping 64 KiB clear of
   the stack's end. Frames that returned leave words there that a later call's frames
   may not overwrite; a conservative scan would take them for references. */
__attribute__((noinline))
void krait_stack_clear_below(size_t bytes) {
    volatile char marker = 0;
    uintptr_t here = (uintptr_t)&marker;
    uintptr_t low = krait_stack_low_address();
    const uintptr_t reserve = 64 * 1024;
    if (low != 0) {
        uintptr_t room = here > low + reserve ? here - low - reserve : 0;
        if (bytes > room) {
            bytes = room;
        }
    }
    if (bytes == 0) {
        return;
    }
    char *area = __builtin_alloca(bytes);
    memset(area, 0, bytes);
    __asm__ volatile("" : : "r"(area) : "memory");
}

/* Frames are linked through their saved frame pointers: a word between a callee's frame
   record and its caller's lies in the caller's frame, whose code the callee's record
   returns to. */
__attribute__((noinline))
uintptr_t krait_stack_function_holding(uintptr_t address, uintptr_t *image_base, uintptr_t *frame_pointer) {
    uintptr_t *record = (uintptr_t *)__builtin_frame_address(0);
    uintptr_t high = krait_stack_high_address();
    while (record != 0 && (uintptr_t)record < high) {
        uintptr_t *caller = (uintptr_t *)record[0];
        if ((uintptr_t)caller <= (uintptr_t)record) {
            return 0;
        }
        if (address > (uintptr_t)record && address < (uintptr_t)caller) {
            Dl_info info;
            *image_base = dladdr((void *)record[1], &info) != 0 ? (uintptr_t)info.dli_fbase : 0;
            *frame_pointer = (uintptr_t)caller;
            return record[1];
        }
        record = caller;
    }
    return 0;
}

__attribute__((noinline))
int krait_stack_frame_around(uintptr_t address, uintptr_t *low, uintptr_t *high) {
    uintptr_t *record = (uintptr_t *)__builtin_frame_address(0);
    uintptr_t top = krait_stack_high_address();
    while (record != 0 && (uintptr_t)record < top) {
        uintptr_t *caller = (uintptr_t *)record[0];
        if ((uintptr_t)caller <= (uintptr_t)record) {
            return 0;
        }
        if (address > (uintptr_t)record && address < (uintptr_t)caller) {
            *low = (uintptr_t)(record + 2);
            *high = (uintptr_t)caller;
            return 1;
        }
        record = caller;
    }
    return 0;
}

static void *run_body(void *body) {
    ((void (*)(void))body)();
    return 0;
}

int krait_run_with_stack(size_t bytes, void (*body)(void)) {
    pthread_attr_t attr;
    int error = pthread_attr_init(&attr);
    if (error == 0) error = pthread_attr_setstacksize(&attr, bytes);
    pthread_t thread;
    if (error == 0) error = pthread_create(&thread, &attr, run_body, (void *)body);
    pthread_attr_destroy(&attr);
    if (error == 0) {
        /* The waiting thread takes no signals, so those sent to the process reach the
           interpreter's thread and interrupt its blocking calls (EINTR). */
        sigset_t all;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, 0);
        error = pthread_join(thread, 0);
    }
    return error;
}
