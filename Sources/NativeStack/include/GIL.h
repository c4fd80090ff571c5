#ifndef KRAIT_GIL_H
#define KRAIT_GIL_H

#include <stddef.h>
#include <stdint.h>
#include <semaphore.h>
#include <time.h>

/* The global interpreter lock (DESIGN.md §8), CPython's design: one thread runs Python
   code at a time; a thread that has waited a switch interval for the lock raises a
   drop request, which the running thread sees at its next safe point (the word and bit
   given to `krait_gil_configure`, the interpreter's pending-work flags) and answers by
   letting the waiter run first. */

/* `breaker` is the word the interpreter polls; `drop_bit` the bit meaning "give the
   lock up". Called once, before any thread takes the lock. */
void krait_gil_configure(int *breaker, int drop_bit);

/* Blocks until the calling thread holds the lock. */
void krait_gil_take(void);

/* Gives the lock up. */
void krait_gil_drop(void);

/* Whether some thread holds the lock. */
int krait_gil_locked(void);

/* The switch interval, in microseconds (5000 at start). */
void krait_gil_set_interval(long microseconds);
long krait_gil_interval(void);

/* Runs `body(context)` without the lock (NULL: none, just let a waiting thread run).
   First the callee-saved registers are spilled onto this frame, and the lowest address
   of the frame is stored in `*published`, so a collector running on another thread
   meanwhile can scan this thread's stack from there up; `*published` is 0 again when
   the lock is back. A drop request is answered by waiting until another thread took
   the lock, so a busy thread cannot take it straight back. */
void krait_gil_released_call(uintptr_t *published, void (*body)(void *context), void *context);

/* sem_wait, or with a CLOCK_MONOTONIC deadline sem_clockwait (NULL: none): 0 when
   taken, else the error number (ETIMEDOUT, EINTR). Called without the GIL. */
int krait_semaphore_wait(sem_t *semaphore, const struct timespec *deadline);

/* From now on only the calling thread gets the lock: any other thread that asks for it
   waits for ever (interpreter shutdown, when daemon threads must not run Python code
   while the modules are torn down; the process's exit ends them). */
void krait_gil_finalize(void);

/* Starts a detached thread with a stack of `bytes` (0: the system's default) that runs
   `body(context)`; 0 when it started, else the error number. `*ident` is the thread's
   pthread_t, as the new thread's pthread_self() will give it. */
int krait_start_thread(size_t bytes, void (*body)(void *context), void *context, uint64_t *ident);

#endif
