import os
for st in [0, 256, 512 + 0, 0x7f00 + 0x7f, 9, 0x80 + 11, 0xffff, 0x137f]:
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st),
          os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st))
    try:
        print("  ", os.waitstatus_to_exitcode(st))
    except ValueError as e:
        print("  ", e)
print(os.WIFEXITED(status=256), os.WNOHANG, os.WUNTRACED)
try:
    os.WCOREDUMP(status=1)
except TypeError as e:
    print(e)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(259, 70000))
