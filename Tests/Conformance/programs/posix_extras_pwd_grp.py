# pwd and grp: lookups by id and name, the struct sequences, and the errors.
import grp
import pwd


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


root = pwd.getpwuid(0)
print(type(root).__name__, root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root), root == pwd.getpwnam("root"))
print(pwd.struct_passwd.__module__, pwd.struct_passwd.n_fields, pwd.struct_passwd.pw_dir.__doc__)
print(pwd.struct_passwd.__doc__.splitlines()[0])
every = pwd.getpwall()
print(type(every).__name__, root in every, all(type(e) is pwd.struct_passwd for e in every))
print(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e")))
attempt(lambda: pwd.struct_passwd((1,)))
attempt(lambda: pwd.getpwnam("no-such-user-krait"))
attempt(lambda: pwd.getpwuid(99999))
attempt(lambda: pwd.getpwuid(-5))
attempt(lambda: pwd.getpwuid(-1))
attempt(lambda: pwd.getpwuid(4294967295))
attempt(lambda: pwd.getpwuid(4294967294))
attempt(lambda: pwd.getpwuid(1 << 40))
attempt(lambda: pwd.getpwuid("x"))
attempt(lambda: pwd.getpwuid(1.5))
attempt(lambda: pwd.getpwnam(1))
attempt(lambda: pwd.getpwnam("a\0b"))
attempt(lambda: pwd.getpwnam())
attempt(lambda: pwd.getpwall(1))
print(pwd.getpwuid(True) == pwd.getpwuid(1))

group = grp.getgrgid(0)
print(type(group).__name__, group.gr_name, group.gr_gid, type(group.gr_mem).__name__, group == grp.getgrnam(group.gr_name))
print(grp.getgrgid(id=0) == group, grp.getgrnam(name="root").gr_gid)
print(grp.struct_group.n_fields, grp.struct_group.gr_mem.__doc__, grp.struct_group.__doc__.splitlines()[0])
print(group in grp.getgrall(), all(type(g) is grp.struct_group for g in grp.getgrall()))
attempt(lambda: grp.getgrnam("no-such-group-krait"))
attempt(lambda: grp.getgrgid(99999))
attempt(lambda: grp.getgrgid(-1))
attempt(lambda: grp.getgrgid(4294967295))
attempt(lambda: grp.getgrgid(-5))
attempt(lambda: grp.getgrgid(1 << 40))
attempt(lambda: grp.getgrgid(1 << 70))
attempt(lambda: grp.getgrgid("x"))
attempt(lambda: grp.getgrgid(1.5))
attempt(lambda: grp.getgrnam(1))
attempt(lambda: grp.getgrnam("a\0b"))
attempt(lambda: grp.getgrnam())
attempt(lambda: grp.getgrgid())
attempt(lambda: grp.getgrgid(0, x=1))
print(pwd.__doc__.splitlines()[0], grp.__doc__.splitlines()[0])
