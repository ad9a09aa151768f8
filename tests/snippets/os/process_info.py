import os
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, os.getuid() == os.geteuid(), os.getgid() == os.getegid())
print(isinstance(os.getgroups(), list), os.getpgrp() >= 0, os.getsid(0) >= 0)  # 0 when the session leader is outside our PID namespace (containers)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, u.__class__.__module__)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0)
print(os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0), len(os.getrandom(8)))
old = os.umask(0o22)
print(oct(os.umask(old)))
print(os.getloadavg().__class__.__name__, len(os.sysconf_names) > 50, os.sysconf("SC_PAGESIZE") > 0)
print(os.sysconf(os.sysconf_names["SC_CLK_TCK"]) == os.sysconf("SC_CLK_TCK"))
try:
    os.sysconf("SC_NOT_A_NAME")
except ValueError as e:
    print(e)
print(os.confstr("CS_PATH") is not None, os.pathconf(".", "PC_NAME_MAX") > 0, os.fpathconf(0, "PC_PIPE_BUF") > 0 or True)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.get_terminal_size.__name__, os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(e.errno)
print(os.sched_getaffinity(0) <= set(range(1024)), os.sched_get_priority_max(os.SCHED_FIFO))
