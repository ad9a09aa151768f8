# subprocess.run with captured output, return codes and CompletedProcess
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd[:2], repr(e.stdout), repr(e.stderr))
    print(e)
print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)
print(subprocess.run("exit 7", shell=True).returncode)
