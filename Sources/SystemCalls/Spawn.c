#define _GNU_SOURCE
#include "Spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* write(2) until done, retrying EINTR; errors are ignored (nothing can be done). */
static void write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        data += n;
        size -= (size_t)n;
    }
}

static int set_inheritable(int fd, int inheritable) {
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return -1;
    int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (wanted != flags && fcntl(fd, F_SETFD, wanted) < 0) return -1;
    return 0;
}

/* Closes [low, high] (high may be ~0): close_range(2) if the kernel has it, else
   one descriptor at a time up to the descriptor limit. */
static void close_span(unsigned int low, unsigned int high) {
    if (low > high) return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, low, high, 0) == 0) return;
#endif
    struct rlimit limit;
    unsigned long last = 65535;
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) last = limit.rlim_cur - 1;
    if (high < last) last = high;
    for (unsigned long fd = low; fd <= last; fd++) close((int)fd);
}

/* Every descriptor from 3 on but those kept. */
static void close_open_fds(const krait_spawn *s) {
    unsigned int start = 3;
    for (long i = 0; i < s->fds_to_keep_count; i++) {
        int keep = s->fds_to_keep[i];
        if (keep < (int)start) continue;
        if ((unsigned int)keep > start) close_span(start, (unsigned int)keep - 1);
        start = (unsigned int)keep + 1;
    }
    close_span(start, ~0U);
}

/* The child's steps; returns only on failure, with errno set (0 when preexec_fn
   raised) and *before_exec telling whether exec had yet to be tried. */
static void child(const krait_spawn *s, int *reached_preexec, const char **message) {
    int p2cread = s->p2cread, c2pwrite = s->c2pwrite, errwrite = s->errwrite;
    for (long i = 0; i < s->fds_to_keep_count; i++) {
        if (s->fds_to_keep[i] == s->errpipe_write) continue;
        if (set_inheritable(s->fds_to_keep[i], 1) < 0) return;
    }
    if (s->p2cwrite != -1 && close(s->p2cwrite) < 0) return;
    if (s->c2pread != -1 && close(s->c2pread) < 0) return;
    if (s->errread != -1 && close(s->errread) < 0) return;
    if (close(s->errpipe_read) < 0) return;

    /* Move a pipe end out of the way of the standard descriptor it would clobber. */
    if (c2pwrite == 0) {
        if ((c2pwrite = dup(c2pwrite)) < 0 || set_inheritable(c2pwrite, 0) < 0) return;
    }
    while (errwrite == 0 || errwrite == 1) {
        if ((errwrite = dup(errwrite)) < 0 || set_inheritable(errwrite, 0) < 0) return;
    }
    /* dup2() clears close-on-exec, but does nothing when the descriptors match. */
    if (p2cread == 0) {
        if (set_inheritable(p2cread, 1) < 0) return;
    } else if (p2cread != -1 && dup2(p2cread, 0) < 0) return;
    if (c2pwrite == 1) {
        if (set_inheritable(c2pwrite, 1) < 0) return;
    } else if (c2pwrite != -1 && dup2(c2pwrite, 1) < 0) return;
    if (errwrite == 2) {
        if (set_inheritable(errwrite, 1) < 0) return;
    } else if (errwrite != -1 && dup2(errwrite, 2) < 0) return;

    if (s->cwd && chdir(s->cwd) < 0) return;
    if (s->child_umask >= 0) umask((mode_t)s->child_umask);
    if (s->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (s->call_setsid && setsid() < 0) return;
    if (s->pgid_to_set >= 0 && setpgid(0, s->pgid_to_set) < 0) return;
    if (s->extra_group_count > 0 && setgroups((size_t)s->extra_group_count, s->extra_groups) < 0) return;
    if (s->set_gid && setregid(s->gid, s->gid) < 0) return;
    if (s->set_uid && setreuid(s->uid, s->uid) < 0) return;

    *reached_preexec = 1;
    if (s->preexec && s->preexec(s->preexec_context) != 0) {
        *message = "Exception occurred in preexec_fn.";
        errno = 0;
        return;
    }
    /* After preexec_fn, which may have opened descriptors. */
    if (s->close_fds) close_open_fds(s);

    /* The PATH search of os._execvpe: the first error other than "not there". */
    int first_error = 0;
    for (long i = 0; s->exec_array[i]; i++) {
        if (s->envp) {
            execve(s->exec_array[i], s->argv, s->envp);
        } else {
            execv(s->exec_array[i], s->argv);
        }
        if (errno != ENOENT && errno != ENOTDIR && first_error == 0) first_error = errno;
    }
    if (first_error) errno = first_error;
}

pid_t krait_fork_exec(const krait_spawn *s) {
    pid_t pid = fork();
    if (pid != 0) return pid;

    int reached_preexec = 0;
    const char *message = "";
    child(s, &reached_preexec, &message);
    int failure = errno;
    if (failure) {
        /* "OSError:<hex errno>:", without strerror (not async-signal-safe). */
        char hex[2 * sizeof(int) + 1];
        char *cursor = hex + sizeof(hex);
        unsigned int value = (unsigned int)failure;
        while (value != 0 && cursor != hex) {
            *--cursor = "0123456789abcdef"[value % 16];
            value /= 16;
        }
        write_all(s->errpipe_write, "OSError:", 8);
        write_all(s->errpipe_write, cursor, (size_t)(hex + sizeof(hex) - cursor));
        write_all(s->errpipe_write, ":", 1);
        if (!reached_preexec) write_all(s->errpipe_write, "noexec", 6);
    } else {
        write_all(s->errpipe_write, "SubprocessError:0:", 18);
        write_all(s->errpipe_write, message, strlen(message));
    }
    /* 255, as CPython's child, without running atexit handlers or flushing stdio. */
    _exit(255);
}
