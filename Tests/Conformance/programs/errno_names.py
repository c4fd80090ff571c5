# errno: every name and value, errorcode (one name per number, in order), aliases, the module's doc
import errno
names = [n for n in vars(errno) if n.startswith("E")]
print(len(names), names)
print([(n, getattr(errno, n)) for n in names])
print(len(errno.errorcode), list(errno.errorcode.items()))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN], errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.EDEADLK])
print(errno.__name__, errno.__doc__.splitlines()[0], [k for k in vars(errno) if not k.startswith("E")][-1])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names), sorted(set(errno.errorcode.values())) == sorted(errno.errorcode.values()))
