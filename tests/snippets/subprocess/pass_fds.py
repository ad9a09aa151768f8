# pass_fds / close_fds / inheritable descriptors reach (or don't reach) a Python child
import os
import subprocess
import sys

r0, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
# A high number: a Krait child's own runtime opens files at low descriptor numbers.
r = 123
os.dup2(r0, r, inheritable=False)
os.close(r0)
code = f"import os\ntry:\n    print(os.read({r}, 100))\nexcept OSError as e:\n    print('errno', e.errno)"
print(subprocess.run([sys.executable, "-c", code], pass_fds=[r], capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", code], capture_output=True).stdout)
os.set_inheritable(r, True)
print(subprocess.run([sys.executable, "-c", code], close_fds=False, capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", code], close_fds=True, capture_output=True).stdout)
print(os.get_inheritable(r))
os.close(r)
print(subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b", "", "ü"], capture_output=True, text=True).stdout)
