# pass_fds / close_fds / inheritable descriptors reach (or don't reach) the child
import os
import subprocess

r0, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
r = 123  # a descriptor number nothing else in the parent uses
os.dup2(r0, r, inheritable=False)
os.close(r0)
script = "cat /proc/self/fd/123 2>/dev/null || echo closed"
print(subprocess.run(["sh", "-c", script], pass_fds=[r], capture_output=True).stdout)
print(subprocess.run(["sh", "-c", script], capture_output=True).stdout)
os.set_inheritable(r, True)
print(subprocess.run(["sh", "-c", "ls /proc/self/fd/123 >/dev/null 2>&1 && echo open || echo closed"], close_fds=False, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "ls /proc/self/fd/123 >/dev/null 2>&1 && echo open || echo closed"], close_fds=True, capture_output=True).stdout)
print(os.get_inheritable(r))
os.close(r)
print(subprocess.run(["sh", "-c", 'printf "[%s]" "$@"', "sh", "a b", "", "ü"], capture_output=True, text=True).stdout)
