# stdout/stderr to files, fds, DEVNULL and STDOUT
import os
import subprocess

with open("_redirect.tmp", "w") as f:
    subprocess.run(["echo", "into the file"], stdout=f)
    subprocess.run(["sh", "-c", "echo error line >&2"], stderr=f)
with open("_redirect.tmp") as f:
    print(f.read())
fd = os.open("_redirect.tmp", os.O_WRONLY | os.O_TRUNC)
subprocess.run(["echo", "via fd"], stdout=fd)
os.close(fd)
with open("_redirect.tmp") as f:
    print(f.read())
os.remove("_redirect.tmp")
print(subprocess.run(["sh", "-c", "echo quiet; echo loud >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr)
r = subprocess.run(["sh", "-c", "echo 1; echo 2 >&2; echo 3"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
big = subprocess.run(["sh", "-c", "head -c 200000 /dev/zero; head -c 150000 /dev/zero >&2"], capture_output=True)
print(len(big.stdout), len(big.stderr))
