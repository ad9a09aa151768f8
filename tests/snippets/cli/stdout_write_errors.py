# writing a non-str to sys.stdout/stderr is a TypeError
import sys
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stderr.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.write(""), sys.stdout.writable(), sys.stdin.readable())
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
