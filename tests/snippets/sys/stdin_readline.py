# sys.stdin.readline, read and iteration
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print([line.rstrip("\n") for line in sys.stdin][:3])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
