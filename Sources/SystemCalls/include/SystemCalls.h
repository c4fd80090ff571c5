#ifndef KRAIT_SYSTEM_CALLS_H
#define KRAIT_SYSTEM_CALLS_H

/* The Linux interfaces the native modules (select, _socket, fcntl, resource, …)
   need that Swift's Glibc module leaves out, and C wrappers of variadic calls. */

#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <fcntl.h>

#include "Spawn.h"

/* ioctl(2) with an int argument, and with a pointer to a buffer. */
int krait_ioctl_int(int fd, unsigned long request, int arg);
int krait_ioctl_pointer(int fd, unsigned long request, void *arg);

/* accept4(2), which glibc declares only with _GNU_SOURCE. */
int krait_accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);

/* fcntl(2) record locking (lockf's): a struct flock of `type` (F_RDLCK, F_WRLCK,
   F_UNLCK) over `length` bytes from `start` relative to `whence`. */
int krait_lock_record(int fd, int command, int type, int whence, long long start, long long length);

/* flock(2), whose name Swift gives to struct flock. */
int krait_flock(int fd, int operation);

/* prlimit(2), another _GNU_SOURCE declaration. */
int krait_prlimit(int pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit);

/* pipe2(2), also _GNU_SOURCE only. */
int krait_pipe2(int fds[2], int flags);

/* fcntl(2) with an int argument, and with a pointer to a buffer. */
int krait_fcntl_int(int fd, int cmd, int arg);
int krait_fcntl_pointer(int fd, int cmd, void *arg);

#endif
