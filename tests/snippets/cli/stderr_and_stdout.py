# stdout and stderr are separate streams, each keeps its own order
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stdout.write("out 2\n")
sys.stderr.write("err 2\n")
print("err 3", "with", "sep", sep="|", file=sys.stderr)
n = sys.stdout.write("written count ")
print(n)
print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdin.isatty())
print(sys.stdout.encoding, sys.stderr.errors)
