# A working directory removed while the shell was in it: a relative script can't be opened (named as given, exit
# status 2), -m still runs (with no folder first on sys.path), and -c puts '' first as always.
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
os.chdir(d)
os.rmdir(d)
r = subprocess.run([sys.executable, 'x.py'], capture_output=True, text=True)
print(r.returncode, r.stderr.split(': ', 1)[1].strip())
r = subprocess.run([sys.executable, '-m', 'json.tool'], input='[1, 2]', capture_output=True, text=True)
print(r.returncode, r.stdout.split(), r.stderr)
r = subprocess.run([sys.executable, '-c', 'import sys; print(repr(sys.path[0]))'], capture_output=True, text=True)
print(r.returncode, r.stdout.strip(), r.stderr)
