#ifndef KRAIT_SPAWN_H
#define KRAIT_SPAWN_H

#include <sys/types.h>

/* What _posixsubprocess.fork_exec's child does between fork() and exec(), with
   every argument already converted in the parent: the child may only make
   async-signal-safe calls (and, when asked, run the preexec callback). */
typedef struct {
    /* NULL-terminated arrays of C strings; argv may be NULL, envp NULL means the
       parent's environment. */
    char *const *exec_array;
    char *const *argv;
    char *const *envp;
    const char *cwd;
    /* Sorted, kept open across exec (errpipe_write among them). */
    const int *fds_to_keep;
    long fds_to_keep_count;
    int close_fds;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite;
    int errpipe_read, errpipe_write;
    int restore_signals;
    int call_setsid;
    int pgid_to_set;
    int set_gid;
    gid_t gid;
    const gid_t *extra_groups;
    long extra_group_count;
    int set_uid;
    uid_t uid;
    int child_umask;
    /* Runs preexec_fn in the child; nonzero when it raised. NULL: none. */
    int (*preexec)(void *context);
    void *preexec_context;
} krait_spawn;

/* fork() and run the child's steps; returns the child's pid, or -1 with errno. A
   failure in the child is reported on errpipe_write as subprocess.py reads it
   ("OSError:<hex errno>:" with "noexec" when exec was never tried, or
   "SubprocessError:0:<message>"). */
pid_t krait_fork_exec(const krait_spawn *spawn);

#endif
