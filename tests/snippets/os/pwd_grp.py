import pwd, grp, os
r = pwd.getpwuid(0)
print(r.pw_name, r.pw_uid, r.pw_gid, type(r).__name__, len(r), r[0] == r.pw_name)
print(pwd.getpwnam("root") == r, type(pwd.getpwall()).__name__, r in pwd.getpwall())
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam("root") == g, g in grp.getgrall())
for f, a in [(pwd.getpwnam, "no_such_user_krait"), (pwd.getpwuid, 987654), (grp.getgrgid, 987654), (grp.getgrnam, "no_such_group_krait"), (pwd.getpwuid, -5)]:
    try:
        f(a)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    pwd.getpwnam(3)
except TypeError as e:
    print(e)
print(pwd.struct_passwd.n_fields, grp.struct_group.n_fields, pwd.struct_passwd.__module__)
print(repr(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e"))))
