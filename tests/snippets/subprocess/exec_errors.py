# exec failures reach the parent as CPython's child reports them
import subprocess

for args, kw in [(["nope-no-such-program"], {}), (["./nope"], {}), (["/etc/passwd"], {}), (["/tmp"], {}),
                 (["true"], {"cwd": "/nonexistent-dir"}), (["true"], {"cwd": "/etc/passwd"}),
                 (["/no/such/dir/prog"], {})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(repr(e))
try:
    subprocess.run(["nope-no-such-program"], capture_output=True)
except FileNotFoundError as e:
    print(e)
try:
    subprocess.Popen("x", shell=True, executable="/nonexistent/sh")
except FileNotFoundError as e:
    print(e)
