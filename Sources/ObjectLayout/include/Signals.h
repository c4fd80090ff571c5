#ifndef KRAIT_SIGNALS_H
#define KRAIT_SIGNALS_H

/* Signals as CPython handles them: the C handler only records that a signal came
   (async-signal-safe: atomic stores and one write(2)); the main thread runs the
   Python handlers at the interpreter's next safe point (`krait_eval_breaker`). */

/* Signal numbers run from 1 to KRAIT_NSIG - 1 (Linux's NSIG, CPython's Py_NSIG). */
#define KRAIT_NSIG 65

/* The C handler for signals with a Python handler. */
void krait_signal_handler(int signum);

/* What the handler does, for signals simulated without the kernel (CPython's
   `trip_signal`, as `_thread.interrupt_main` uses it). */
void krait_signal_trip(int signum);

/* Whether signal `signum` came since last asked; asking clears it. */
int krait_signal_take(int signum);

/* Whether any signal came since `krait_signals_clear_pending`. */
int krait_signals_are_pending(void);
void krait_signals_clear_pending(void);
void krait_signals_set_pending(void);

/* The wakeup fd (`signal.set_wakeup_fd`): each signal's number is written to it as a
   byte; -1 for none. A failed write leaves its errno for the main thread to report
   (0: none). */
void krait_signal_set_wakeup(int fd, int warn_on_full_buffer);
int krait_signal_wakeup_fd(void);
int krait_signal_take_wakeup_error(void);

/* A signal's disposition: 0 the default, 1 ignored, 2 `krait_signal_handler`, 3 some
   other handler (setting 3 is not allowed). Setting returns -1 with errno on failure;
   handlers are installed as CPython's `PyOS_setsig` does (SA_ONSTACK, no SA_RESTART). */
int krait_signal_action(int signum);
int krait_signal_set_action(int signum, int action);

/* `siginterrupt`: whether system calls the signal interrupts fail with EINTR (flag
   nonzero) or restart; -1 with errno on failure. */
int krait_signal_interrupts(int signum, int flag);

/* sigwaitinfo(2) and sigtimedwait(2) on a `sigset_t` (`set`), the `siginfo_t` fields
   CPython's struct_siginfo shows written to `fields`: signo, code, errno, pid, uid,
   status, band. `timeout` is a `struct timespec`. */
int krait_sigwaitinfo(const void *set, long fields[7]);
int krait_sigtimedwait(const void *set, const void *timeout, long fields[7]);

/* The pidfd_send_signal(2) system call (-1 with errno ENOSYS where it is unknown). */
int krait_pidfd_send_signal(int pidfd, int signum, void *info, unsigned int flags);

#endif
