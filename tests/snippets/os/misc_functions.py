import os, posix
print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.linesep == "\n", os.devnull)
print(sorted(posix._have_functions)[:3], len(posix._have_functions))
print(os.stat in os.supports_fd, os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks, os.mkdir in os.supports_dir_fd)
print(os.error is OSError, posix.error is OSError)
print(os.getcwd() == os.path.abspath("."), type(os.getcwdb()).__name__)
old = os.getcwd()
os.chdir("..")
print(os.getcwd() == os.path.dirname(old))
os.chdir(old)
print(os.getcwd() == old)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_CLOEXEC)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.EX_OK)
print(os.sched_param(5), os.sched_param(sched_priority=3).sched_priority)
print(os.fsencode("é"), os.fsdecode(b"\xff"), os.fsencode(os.fsdecode(b"\xff")))
print(os.get_exec_path()[:0], callable(os.register_at_fork))
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print(e)
print(os.system("exit 3") >> 8, os.system("true"))
