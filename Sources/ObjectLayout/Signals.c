#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "ObjectLayout.h"

_Static_assert(NSIG == KRAIT_NSIG, "KRAIT_NSIG must be the platform's NSIG");

static int tripped[KRAIT_NSIG];
static int pending;
static int wakeup_fd = -1;
static int wakeup_warn = 1;
static int wakeup_error;

void krait_signal_trip(int signum) {
    __atomic_store_n(&tripped[signum], 1, __ATOMIC_RELAXED);
    /* The flag and the breaker after the signal's own flag, so whoever sees them
       finds it. */
    __atomic_store_n(&pending, 1, __ATOMIC_SEQ_CST);
    krait_eval_breaker_set();
    int fd = __atomic_load_n(&wakeup_fd, __ATOMIC_RELAXED);
    if (fd != -1) {
        unsigned char byte = (unsigned char)signum;
        if (write(fd, &byte, 1) < 0) {
            int code = errno;
            /* A full pipe is expected unless asked to warn about it. */
            if (__atomic_load_n(&wakeup_warn, __ATOMIC_RELAXED) || (code != EAGAIN && code != EWOULDBLOCK)) {
                __atomic_store_n(&wakeup_error, code, __ATOMIC_RELAXED);
                krait_eval_breaker_set();
            }
        }
    }
}

void krait_signal_handler(int signum) {
    int saved = errno;
    krait_signal_trip(signum);
    errno = saved;
}

int krait_signal_take(int signum) { return __atomic_exchange_n(&tripped[signum], 0, __ATOMIC_SEQ_CST); }

int krait_signals_are_pending(void) {
    return __atomic_load_n(&pending, __ATOMIC_SEQ_CST) || __atomic_load_n(&wakeup_error, __ATOMIC_RELAXED);
}
void krait_signals_clear_pending(void) { __atomic_store_n(&pending, 0, __ATOMIC_SEQ_CST); }
void krait_signals_set_pending(void) {
    __atomic_store_n(&pending, 1, __ATOMIC_SEQ_CST);
    krait_eval_breaker_set();
}

void krait_signal_set_wakeup(int fd, int warn_on_full_buffer) {
    __atomic_store_n(&wakeup_warn, warn_on_full_buffer, __ATOMIC_RELAXED);
    __atomic_store_n(&wakeup_fd, fd, __ATOMIC_SEQ_CST);
}
int krait_signal_wakeup_fd(void) { return __atomic_load_n(&wakeup_fd, __ATOMIC_RELAXED); }
int krait_signal_take_wakeup_error(void) { return __atomic_exchange_n(&wakeup_error, 0, __ATOMIC_RELAXED); }

int krait_signal_action(int signum) {
    struct sigaction current;
    if (sigaction(signum, 0, &current) != 0) return 3;
    if (current.sa_flags & SA_SIGINFO) return 3;
    if (current.sa_handler == SIG_DFL) return 0;
    if (current.sa_handler == SIG_IGN) return 1;
    return current.sa_handler == krait_signal_handler ? 2 : 3;
}

int krait_signal_set_action(int signum, int action) {
    struct sigaction context;
    context.sa_handler = action == 0 ? SIG_DFL : action == 1 ? SIG_IGN : krait_signal_handler;
    sigemptyset(&context.sa_mask);
    /* Friendlier to code running on small alternate stacks (CPython's bpo-43390). */
    context.sa_flags = SA_ONSTACK;
    return sigaction(signum, &context, 0);
}

int krait_signal_interrupts(int signum, int flag) {
    struct sigaction current;
    (void)sigaction(signum, 0, &current);
    if (flag) {
        current.sa_flags &= ~SA_RESTART;
    } else {
        current.sa_flags |= SA_RESTART;
    }
    return sigaction(signum, &current, 0);
}

static void fill(const siginfo_t *info, long fields[7]) {
    fields[0] = info->si_signo;
    fields[1] = info->si_code;
    fields[2] = info->si_errno;
    fields[3] = info->si_pid;
    fields[4] = (long)info->si_uid;
    fields[5] = info->si_status;
    fields[6] = info->si_band;
}

int krait_sigwaitinfo(const void *set, long fields[7]) {
    siginfo_t info;
    int result = sigwaitinfo((const sigset_t *)set, &info);
    if (result != -1) fill(&info, fields);
    return result;
}

int krait_sigtimedwait(const void *set, const void *timeout, long fields[7]) {
    siginfo_t info;
    int result = sigtimedwait((const sigset_t *)set, &info, (const struct timespec *)timeout);
    if (result != -1) fill(&info, fields);
    return result;
}

int krait_pidfd_send_signal(int pidfd, int signum, void *info, unsigned int flags) {
#ifdef SYS_pidfd_send_signal
    return (int)syscall(SYS_pidfd_send_signal, pidfd, signum, info, flags);
#else
    errno = ENOSYS;
    return -1;
#endif
}
