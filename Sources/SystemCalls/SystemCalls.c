#define _GNU_SOURCE
#include "SystemCalls.h"

#include <unistd.h>

int krait_ioctl_int(int fd, unsigned long request, int arg) { return ioctl(fd, request, arg); }

int krait_ioctl_pointer(int fd, unsigned long request, void *arg) { return ioctl(fd, request, arg); }

int krait_fcntl_int(int fd, int cmd, int arg) { return fcntl(fd, cmd, arg); }

int krait_fcntl_pointer(int fd, int cmd, void *arg) { return fcntl(fd, cmd, arg); }

int krait_accept4(int fd, struct sockaddr *address, socklen_t *length, int flags) {
    return accept4(fd, address, length, flags);
}

int krait_pipe2(int fds[2], int flags) { return pipe2(fds, flags); }

int krait_lock_record(int fd, int command, int type, int whence, long long start, long long length) {
    struct flock lock = {0};
    lock.l_type = (short)type;
    lock.l_whence = (short)whence;
    lock.l_start = (off_t)start;
    lock.l_len = (off_t)length;
    return fcntl(fd, command, &lock);
}

int krait_prlimit(int pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit) {
    return prlimit(pid, (__rlimit_resource_t)resource, new_limit, old_limit);
}

int krait_flock(int fd, int operation) { return flock(fd, operation); }
