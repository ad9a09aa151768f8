# sys.stdin.read() and readline()
import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
print(len(rest.splitlines()), "more lines")
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
