# feeding a child: input=, stdin=PIPE with communicate, stdin from a file and from DEVNULL
import os
import subprocess

print(subprocess.run(["cat"], input=b"bytes in\n", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="text in\n", capture_output=True, text=True).stdout)
p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"x" * 100000)
print(out.strip(), err, p.returncode)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
with open("_stdin_input.tmp", "w") as f:
    f.write("from a file\n")
with open("_stdin_input.tmp") as f:
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
with open("_stdin_input.tmp", "rb") as f:
    print(subprocess.run(["cat"], stdin=f.fileno(), capture_output=True).stdout)
os.remove("_stdin_input.tmp")
