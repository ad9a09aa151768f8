# Reading sys.stdin as text, lines, and bytes
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(4)))
print(repr(sys.stdin.buffer.read(3)))
for line in sys.stdin:
    print("line:", repr(line))
print(repr(sys.stdin.read()), sys.stdin.closed)
