#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "GIL.h"

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
/* Signalled when the lock is given up; waiters wait on it for a switch interval. */
static pthread_cond_t released;
/* Signalled when a thread takes the lock, for a thread that gave it up on request. */
static pthread_cond_t taken;
static int locked;
static unsigned long switches;
static int waiters;
static long interval_us = 5000;
static int *breaker_word;
static int drop_mask;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int finalizing;
static pthread_t finalizer;

static void initialize(void) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&released, &attr);
    pthread_cond_init(&taken, &attr);
    pthread_condattr_destroy(&attr);
}

void krait_gil_configure(int *breaker, int drop_bit) {
    pthread_once(&once, initialize);
    breaker_word = breaker;
    drop_mask = drop_bit;
}

static void set_drop_request(void) {
    if (breaker_word) __atomic_fetch_or(breaker_word, drop_mask, __ATOMIC_RELAXED);
}

static void clear_drop_request(void) {
    if (breaker_word) __atomic_fetch_and(breaker_word, ~drop_mask, __ATOMIC_RELAXED);
}

static int drop_requested(void) {
    return breaker_word && (__atomic_load_n(breaker_word, __ATOMIC_RELAXED) & drop_mask) != 0;
}

void krait_gil_take(void) {
    pthread_once(&once, initialize);
    pthread_mutex_lock(&mutex);
    if (finalizing && !pthread_equal(pthread_self(), finalizer)) {
        pthread_mutex_unlock(&mutex);
        for (;;) pause();
    }
    if (locked) {
        waiters++;
        while (locked) {
            unsigned long seen = switches;
            struct timespec deadline;
            clock_gettime(CLOCK_MONOTONIC, &deadline);
            long interval = interval_us < 1 ? 1 : interval_us;
            long ns = deadline.tv_nsec + (interval % 1000000) * 1000;
            deadline.tv_sec += interval / 1000000 + ns / 1000000000;
            deadline.tv_nsec = ns % 1000000000;
            int error = 0;
            while (locked && switches == seen && error != ETIMEDOUT) {
                error = pthread_cond_timedwait(&released, &mutex, &deadline);
            }
            /* A whole interval passed and the holder never let go: ask it to. */
            if (error == ETIMEDOUT && locked && switches == seen) set_drop_request();
        }
        waiters--;
    }
    locked = 1;
    switches++;
    clear_drop_request();
    pthread_cond_broadcast(&taken);
    pthread_mutex_unlock(&mutex);
}

static void drop(int on_request) {
    pthread_mutex_lock(&mutex);
    locked = 0;
    unsigned long mine = switches;
    pthread_cond_signal(&released);
    if (on_request && waiters > 0) {
        while (switches == mine && waiters > 0) pthread_cond_wait(&taken, &mutex);
    }
    pthread_mutex_unlock(&mutex);
}

void krait_gil_drop(void) {
    drop(0);
}

void krait_gil_finalize(void) {
    pthread_mutex_lock(&mutex);
    finalizer = pthread_self();
    finalizing = 1;
    pthread_mutex_unlock(&mutex);
}

int krait_gil_locked(void) {
    pthread_mutex_lock(&mutex);
    int value = locked;
    pthread_mutex_unlock(&mutex);
    return value;
}

void krait_gil_set_interval(long microseconds) {
    interval_us = microseconds;
}

long krait_gil_interval(void) {
    return interval_us;
}

/* Not inlined, and its registers spilled as in krait_stack_scan_below, so every value
   the callers hold is on the stack at or above the published address. */
__attribute__((noinline))
void krait_gil_released_call(uintptr_t *published, void (*body)(void *context), void *context) {
    __builtin_unwind_init();
    jmp_buf registers;
    memset(&registers, 0, sizeof registers);
    setjmp(registers);
    volatile uintptr_t marker = 0;
    uintptr_t here = (uintptr_t)&marker < (uintptr_t)&registers ? (uintptr_t)&marker : (uintptr_t)&registers;
    *(volatile uintptr_t *)published = here & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    drop(body == 0 || drop_requested());
    if (body) body(context);
    krait_gil_take();
    *(volatile uintptr_t *)published = 0;
    __asm__ volatile("" : : "r"(&registers) : "memory");
}

struct start {
    void (*body)(void *);
    void *context;
};

static void *run_start(void *argument) {
    struct start start = *(struct start *)argument;
    free(argument);
    start.body(start.context);
    return 0;
}

int krait_start_thread(size_t bytes, void (*body)(void *context), void *context, uint64_t *ident) {
    struct start *start = malloc(sizeof *start);
    if (!start) return ENOMEM;
    start->body = body;
    start->context = context;
    pthread_attr_t attr;
    int error = pthread_attr_init(&attr);
    if (error == 0 && bytes != 0) error = pthread_attr_setstacksize(&attr, bytes);
    if (error == 0) error = pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    if (error == 0) error = pthread_create(&thread, &attr, run_start, start);
    pthread_attr_destroy(&attr);
    if (error == 0) *ident = (uint64_t)thread;
    if (error != 0) free(start);
    return error;
}

int krait_semaphore_wait(sem_t *semaphore, const struct timespec *deadline) {
    int result = deadline ? sem_clockwait(semaphore, CLOCK_MONOTONIC, deadline) : sem_wait(semaphore);
    return result == 0 ? 0 : errno;
}
